// The Alert: what clients receive, what the store keeps and what the gateway fans out.
import { z } from 'zod';
import { SeveritySchema, type Severity } from './severity.js';
import { TopicIdSchema } from './topic.js';

/** Ids of updates and alerts: a publisher's idempotency key or a server-made ULID. */
export const ALERT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
export const AlertIdSchema = z
  .string()
  .regex(ALERT_ID_PATTERN, 'ids are 1-128 characters: letters, digits and . _ - (starting with a letter or digit)');

/** CAP 1.2 msgType of an alert version. */
export const MsgTypeSchema = z.enum(['alert', 'update', 'cancel']);
export type MsgType = z.infer<typeof MsgTypeSchema>;

export const AlertSchema = z.object({
  id: AlertIdSchema,
  /** Global, strictly increasing per deployment: the resume cursor. */
  seq: z.number().int().positive(),
  topics: z.array(TopicIdSchema).min(1),
  severity: SeveritySchema,
  title: z.string(),
  text: z.string(),
  source: z.string().optional(),
  url: z.string().optional(),
  lang: z.string().optional(),
  publishedAt: z.string(),
  receivedAt: z.string(),
  classifiedAt: z.string(),
  reasons: z.array(z.string()),
  incidentId: z.string(),
  /** Its update's position in the batch it was posted in (batches only): the order posted breaks ties of time. */
  batchIndex: z.number().int().nonnegative().optional(),
  /** CAP msgType: "alert" for the first version, "update" for an editor's revision, "cancel" for its cancellation. */
  msgType: MsgTypeSchema.optional(),
  /** 0 for the first version, then 1, 2… for each revision under the same id (each with a seq of its own). */
  revision: z.number().int().nonnegative().optional(),
  /** The editor's note on a revision or cancellation. */
  note: z.string().optional(),
  /**
   * On a revision: every topic any version of the alert had and the highest severity any had. Subscriptions match
   * on it, so whoever was told of a version hears of its correction and cancellation.
   */
  reach: z.object({ topics: z.array(TopicIdSchema).min(1), severity: SeveritySchema }).optional(),
});
export type Alert = z.infer<typeof AlertSchema>;

/** The topics and severity a subscription matches an alert on: its reach for a revision, else its own. */
export function alertReach(alert: Pick<Alert, 'topics' | 'severity' | 'reach'>): { topics: readonly string[]; severity: Severity } {
  return alert.reach ?? alert;
}

/** GET /v1/alerts/:id: the latest version, and the earlier ones (oldest first) when editors revised it. */
export const AlertWithRevisionsSchema = AlertSchema.extend({ revisions: z.array(AlertSchema) });
export type AlertWithRevisions = z.infer<typeof AlertWithRevisionsSchema>;

/** An alert before the store gives it its seq. */
export type UnsequencedAlert = Omit<Alert, 'seq'>;

/** GET /v1/alerts: a page of alerts and the cursor of the next page (null when this was the last). */
export const AlertPageSchema = z.object({
  alerts: z.array(AlertSchema),
  next: z.union([z.object({ after: z.number().int() }), z.object({ before: z.number().int() })]).nullable(),
});
export type AlertPage = z.infer<typeof AlertPageSchema>;

/**
 * GET /v1/incidents/:id: one page of the stored reports of one event, oldest first, and the cursor of the next page
 * (null on the last). Empty only when `after` is at or past its last report.
 */
export const IncidentSchema = z.object({
  id: z.string(),
  alerts: z.array(AlertSchema),
  next: z.object({ after: z.number().int() }).nullable(),
});
export type Incident = z.infer<typeof IncidentSchema>;
