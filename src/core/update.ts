// The update a publisher posts (wire shape of POST /v1/updates) and the accepted form that travels on the queue.
import { z } from 'zod';
import { AlertIdSchema } from './alert.js';
import { SeveritySchema } from './severity.js';
import { TopicIdSchema } from './topic.js';

export const MAX_TEXT_LENGTH = 20_000;
export const MAX_BATCH_SIZE = 1000;

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * Free text: trimmed, at most `max` characters, well-formed Unicode without NUL. Lone surrogates cannot be encoded
 * as UTF-8 (strict decoders in other languages reject the whole alert) and NUL truncates strings in C-based tools.
 */
const freeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !/[\p{Cs}\u0000]/u.test(value), 'must be well-formed Unicode without NUL characters');

export const UpdateInputSchema = z.strictObject({
  text: freeText(MAX_TEXT_LENGTH).min(1, 'text must not be empty'),
  title: freeText(500).optional(),
  /** Idempotency key: a repeat is accepted but not re-alerted. */
  id: AlertIdSchema.optional(),
  source: freeText(200).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  publishedAt: isoDateTime.optional(),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'lang is a BCP 47 tag such as "en" or "uk"')
    .optional(),
  /** Publisher hints: the classifier adds these topics. */
  topics: z.array(TopicIdSchema).min(1).max(16).optional(),
  /** Publisher hint: the alert is at least this severe. */
  severity: SeveritySchema.optional(),
});
export type UpdateInput = z.infer<typeof UpdateInputSchema>;

/** POST /v1/updates takes one update, or a batch in this envelope. */
export const UpdateBatchSchema = z.strictObject({
  updates: z.array(UpdateInputSchema).min(1).max(MAX_BATCH_SIZE),
});
export type UpdateBatch = z.infer<typeof UpdateBatchSchema>;

/** One update as a batch of one (built once: making a schema costs more than parsing with it). */
const SingleUpdateSchema = UpdateInputSchema.transform((update) => ({ updates: [update] }));

/** Parses a POST /v1/updates body: an object with `updates` is a batch, anything else one update. */
export function parseUpdatesBody(
  body: unknown,
): { success: true; updates: UpdateInput[] } | { success: false; issues: z.core.$ZodIssue[] } {
  const isBatch = body !== null && typeof body === 'object' && !Array.isArray(body) && 'updates' in body;
  const parsed = isBatch ? UpdateBatchSchema.safeParse(body) : SingleUpdateSchema.safeParse(body);
  return parsed.success ? { success: true, updates: parsed.data.updates } : { success: false, issues: parsed.error.issues };
}

/** An update after ingest: it has its id and receivedAt, and is what a queue job carries. */
export const AcceptedUpdateSchema = UpdateInputSchema.extend({
  id: AlertIdSchema,
  receivedAt: isoDateTime,
  /** Its position in the batch it was posted in (batches only): the order posted, among updates received together. */
  batchIndex: z.number().int().nonnegative().optional(),
  /**
   * The topics ingest's quick classification (the one that orders the queue) found. Only a head start: the worker
   * reads these topics' incident candidates while it classifies the update itself, and its own topics decide.
   */
  ingestTopics: z.array(z.string().max(64)).max(64).optional(),
  /**
   * Ingest's classification of the update as posted (hints included), with the fingerprint of the classifier that
   * made it (`by`): a worker whose classifier has the same fingerprint stores it as is instead of classifying again.
   * One that does not parse is dropped (the worker classifies), never a reason to fail the job.
   */
  classification: z
    .strictObject({
      by: z.string().min(1).max(128),
      topics: z.array(z.string().max(64)).min(1).max(64),
      severity: SeveritySchema,
      reasons: z.array(z.string()),
    })
    .optional()
    .catch(undefined),
});
export type AcceptedUpdate = z.infer<typeof AcceptedUpdateSchema>;

export const AcceptedResponseSchema = z.object({
  accepted: z.number().int().nonnegative(),
  ids: z.array(AlertIdSchema),
});
export type AcceptedResponse = z.infer<typeof AcceptedResponseSchema>;
