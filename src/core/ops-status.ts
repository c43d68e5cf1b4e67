// The ops view (GET /admin/ops): queue, workers, history and topics at a glance; `sirena stats` prints it.
import { z } from 'zod';
import { TopicIdSchema } from './topic.js';

const count = z.number().int().nonnegative();

/** The BullMQ job states the ops view reports, in pipeline order. */
export const QUEUE_STATES = ['wait', 'prioritized', 'delayed', 'active', 'completed', 'failed'] as const;

export const OpsStatusSchema = z.object({
  queue: z.object({
    /** Updates not yet picked up (wait + prioritized + delayed): what backpressure compares with the limit. */
    depth: count,
    /** The ingest limit (SIRENA_MAX_QUEUE_DEPTH). */
    maxDepth: count,
    /** Jobs by state (completed and failed are what BullMQ still keeps). */
    jobs: z.object(Object.fromEntries(QUEUE_STATES.map((state) => [state, count])) as Record<(typeof QUEUE_STATES)[number], typeof count>),
    /** Worker connections BullMQ sees. */
    workers: count,
  }),
  history: z.object({
    /** The newest seq handed out (0 when none). */
    latestSeq: count,
    /** The oldest seq still stored, or null when empty. */
    oldestSeq: count.nullable(),
    epoch: z.string(),
  }),
  topics: z.array(z.object({ id: TopicIdSchema, name: z.string(), count })),
  /** Receipts and Web Push: per-alert delivery figures, newest first (see src/push/delivery-figures.ts). */
  delivery: z.object({
    /** Web Push subscriptions stored. */
    pushSubscriptions: count,
    /** Jobs in the push queue by state. */
    pushJobs: z.object(Object.fromEntries(QUEUE_STATES.map((state) => [state, count])) as Record<(typeof QUEUE_STATES)[number], typeof count>),
    recent: z.array(
      z.object({
        seq: count,
        /** The alert's id ('' when it is past retention). */
        id: z.string(),
        socketsSent: count,
        acks: count,
        pushTargets: count,
        pushSent: count,
        pushFailed: count,
        pushGone: count,
        pushRetried: count,
        pushSuppressed: count,
      }),
    ),
  }),
});
export type OpsStatus = z.infer<typeof OpsStatusSchema>;
