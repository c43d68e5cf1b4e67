// The BullMQ queue between ingest and the workers: its name, job payload schema, producer and depth check.
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { QUEUE_STATES } from '../core/ops-status.js';
import { AcceptedUpdateSchema, type AcceptedUpdate } from '../core/update.js';
import type { RedisKeys } from '../store/keys.js';

export const UPDATE_QUEUE_NAME = 'updates';

/** What one job carries: the accepted update (validated again by the worker). */
export const UpdateJobSchema = z.object({ update: AcceptedUpdateSchema });
export type UpdateJob = z.infer<typeof UpdateJobSchema>;

/** One job per update id, so a repeated id while its job exists is not queued twice (BullMQ ids must not contain ':'). */
export function jobIdFor(updateId: string): string {
  return `u-${updateId}`;
}

export const UPDATE_JOB_OPTIONS: JobsOptions = {
  // Retries survive worker crashes and Redis blips; the store's idempotency makes a retry harmless.
  attempts: 20,
  backoff: { type: 'exponential', delay: 200 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export interface UpdateProducerOptions {
  /** A connection for the queue (it may be shared with the store). */
  connection: Redis;
  keys: RedisKeys;
  /**
   * How long a depth reading is reused (ms): the backpressure check must not cost a Redis call per request.
   * @defaultValue 250
   */
  depthCacheMs?: number;
}

/**
 * Adds accepted updates to the queue.
 * @example await producer.enqueue([{ update, priority: 1 }]);
 */
export class UpdateProducer {
  readonly queue: Queue<UpdateJob>;
  private readonly depthCacheMs: number;
  private depthReading: { at: number; value: Promise<number> } | undefined;

  constructor(options: UpdateProducerOptions) {
    this.queue = new Queue<UpdateJob>(UPDATE_QUEUE_NAME, {
      connection: options.connection,
      prefix: options.keys.bullPrefix,
      defaultJobOptions: UPDATE_JOB_OPTIONS,
    });
    this.depthCacheMs = options.depthCacheMs ?? 250;
  }

  /** Queues updates in one round trip. `priority`: 1 is most urgent (see classify's priorityOf). */
  async enqueue(items: readonly { update: AcceptedUpdate; priority: number }[]): Promise<void> {
    await this.queue.addBulk(
      items.map(({ update, priority }) => ({
        name: 'update',
        data: { update },
        opts: { jobId: jobIdFor(update.id), priority },
      })),
    );
    // Count what we just queued into the cached reading, so a burst within one cache period cannot overshoot the limit.
    const reading = this.depthReading;
    if (reading) this.depthReading = { at: reading.at, value: reading.value.then((n) => n + items.length) };
  }

  /** Updates waiting to be classified (a cached reading, at most depthCacheMs old). */
  depth(): Promise<number> {
    const now = Date.now();
    if (!this.depthReading || now - this.depthReading.at > this.depthCacheMs) {
      const value = this.queue
        .getJobCounts('wait', 'prioritized', 'delayed')
        .then((counts) => Object.values(counts).reduce((sum, n) => sum + n, 0));
      value.catch(() => {
        this.depthReading = undefined;
      });
      this.depthReading = { at: now, value };
    }
    return this.depthReading.value;
  }

  /** Jobs by state and the worker connections BullMQ sees: what the ops view and /metrics report. */
  async status(): Promise<{ jobs: Record<(typeof QUEUE_STATES)[number], number>; workers: number }> {
    const [counts, workers] = await Promise.all([this.queue.getJobCounts(...QUEUE_STATES), this.queue.getWorkers()]);
    const jobs = Object.fromEntries(QUEUE_STATES.map((state) => [state, counts[state] ?? 0]));
    return { jobs: jobs as Record<(typeof QUEUE_STATES)[number], number>, workers: workers.length };
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
