// The durable `push` BullMQ queue: fanout jobs (one alert version → its subscriptions) and send jobs (a batch of
// subscriptions to push one alert version to), processed by worker processes only.
import { Queue, type JobsOptions } from 'bullmq';
import type { RedisClient } from '../store/redis-connection.js';
import { z } from 'zod';
import type { RedisKeys } from '../store/keys.js';
import { AlertIdSchema } from '../core/alert.js';

export const PUSH_QUEUE_NAME = 'push';

export const PushJobSchema = z.discriminatedUnion('kind', [
  /** Find the subscriptions an alert version goes to and queue their sends. */
  z.object({ kind: z.literal('fanout'), seq: z.number().int().positive(), id: AlertIdSchema.optional() }),
  /**
   * Push one alert version to these subscriptions. `escalation`: they belong to devices that had a socket open, so a
   * device that acked meanwhile is skipped. `attempt`: 0 for the first try, then each retry of what failed.
   */
  z.object({
    kind: z.literal('send'),
    seq: z.number().int().positive(),
    /** The alert at `seq` when the fanout ran: a version whose seq now names another alert (a failover) is not sent. */
    id: AlertIdSchema.optional(),
    ids: z.array(z.string()).min(1),
    escalation: z.boolean(),
    attempt: z.number().int().nonnegative(),
  }),
]);
export type PushJob = z.infer<typeof PushJobSchema>;

/** Subscriptions one send job carries: small enough that a retried job repeats little, large enough to batch reads. */
export const SENDS_PER_JOB = 100;

export const PUSH_JOB_OPTIONS: JobsOptions = {
  // Job-level retries are for Redis or process failures; failed pushes are retried per subscription (see PushDelivery).
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * @example
 * const queue = createPushQueue({ connection, keys });
 * await queue.add('fanout', { kind: 'fanout', seq: 42, id: alert.id }, { jobId: fanoutJobId(alert) });
 */
export function createPushQueue(deps: { connection: RedisClient; keys: RedisKeys }): Queue<PushJob> {
  return new Queue<PushJob>(PUSH_QUEUE_NAME, { connection: deps.connection, prefix: deps.keys.bullPrefix, defaultJobOptions: PUSH_JOB_OPTIONS });
}

/** One fanout per alert version: two dispatchers handing over add the same job once. */
export function fanoutJobId(alert: { seq: number; id: string }): string {
  return `f-${alert.seq}-${alert.id}`;
}
