// Alert revisions: an editor's correction or cancellation turned into the alert's next version (pure).
import { z } from 'zod';
import type { Alert, MsgType, UnsequencedAlert } from '../core/alert.js';
import { maxSeverity, SeveritySchema } from '../core/severity.js';
import { TopicIdSchema } from '../core/topic.js';

const NoteSchema = z.string().trim().min(1, 'a note saying why is required').max(1000);

/** POST /v1/alerts/:id/revisions: what changes (each optional) and why (required). */
export const RevisionRequestSchema = z
  .object({
    severity: SeveritySchema.optional(),
    topics: z.array(TopicIdSchema).min(1).max(64).optional(),
    title: z.string().trim().min(1).max(500).optional(),
    note: NoteSchema,
  })
  .strict();
export type RevisionRequest = z.infer<typeof RevisionRequestSchema>;

/** POST /v1/alerts/:id/cancel: why. */
export const CancelRequestSchema = z.object({ note: NoteSchema }).strict();
export type CancelRequest = z.infer<typeof CancelRequestSchema>;

/** A change an editor makes to the latest version of an alert. */
export type AlertChange = ({ kind: 'update' } & RevisionRequest) | ({ kind: 'cancel' } & CancelRequest);

/** True when no further change may be made to the alert (its latest version cancels it). */
export function isCancelled(alert: Pick<Alert, 'msgType'>): boolean {
  return alert.msgType === 'cancel';
}

/**
 * The version after `latest`: the same id and publishedAt, the change applied, msgType update/cancel, the next
 * revision number, the note, a reason quoting it, and the reach of every version so far (who must hear of it).
 * @example const next = nextVersion(latest, { kind: 'update', severity: 'minor', note: 'exercise, not an attack' }, new Date());
 */
export function nextVersion(latest: Alert, change: AlertChange, now: Date): UnsequencedAlert {
  const { seq: _seq, ...rest } = latest;
  const msgType: MsgType = change.kind;
  const topics = change.kind === 'update' && change.topics ? [...new Set(change.topics)] : latest.topics;
  const severity = change.kind === 'update' && change.severity ? change.severity : latest.severity;
  const title = change.kind === 'update' && change.title ? change.title : latest.title;
  const before = latest.reach ?? { topics: latest.topics, severity: latest.severity };
  const at = now.toISOString();
  return {
    ...rest,
    topics,
    severity,
    title,
    // This version was made (classified) now; publishedAt and receivedAt stay the report's (the order it was posted
    // in, which area states break ties by).
    classifiedAt: at,
    reasons: [...latest.reasons, `${change.kind === 'cancel' ? 'cancelled' : 'revised'} by an editor: ${JSON.stringify(change.note)}`],
    msgType,
    revision: (latest.revision ?? 0) + 1,
    note: change.note,
    reach: { topics: [...new Set([...before.topics, ...topics])], severity: maxSeverity(before.severity, severity) },
  };
}
