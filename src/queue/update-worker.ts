// The BullMQ worker of the updates queue: validates each job and hands it to the update processor.
import { UnrecoverableError, Worker } from 'bullmq';
import type { RedisClient } from '../store/redis-connection.js';
import type { Logger } from '../observability/logger.js';
import type { RedisKeys } from '../store/keys.js';
import type { createUpdateProcessor } from './update-processor.js';
import { takeBackOrphanedJobs } from './worker-recovery.js';
import { UPDATE_QUEUE_NAME, UpdateJobSchema, type UpdateJob } from './update-queue.js';

export interface UpdateWorkerOptions {
  /** A connection with maxRetriesPerRequest: null (BullMQ requires it for workers). */
  connection: RedisClient;
  keys: RedisKeys;
  process: ReturnType<typeof createUpdateProcessor>;
  concurrency: number;
  logger: Logger;
  /** Which queue: the routine one or the urgent lane. @defaultValue UPDATE_QUEUE_NAME */
  queueName?: string;
  /** How long a job's lock lasts unrenewed (SIRENA_JOB_LOCK_MS). @defaultValue 10000 */
  lockMs?: number;
  /** The worker's name, as Redis's client list shows it (`…:w:<name>`): how other workers tell what serves a queue. */
  name?: string;
}

/**
 * @example const worker = createUpdateWorker({ connection, keys, process, concurrency: 16, logger });
 */
export function createUpdateWorker(options: UpdateWorkerOptions): Worker<UpdateJob> {
  const { logger } = options;
  const worker = new Worker<UpdateJob>(
    options.queueName ?? UPDATE_QUEUE_NAME,
    async (job) => {
      // The job's feed read goes out first: the job's check runs while it is on its way.
      const started = options.process.begin();
      const parsed = UpdateJobSchema.safeParse(job.data);
      // A malformed job can never succeed: fail it for good (it stays in the failed set for inspection).
      if (!parsed.success) throw new UnrecoverableError(`malformed job: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      const results = await options.process(parsed.data.updates, started);
      for (const { seq, duplicate, alert } of results) {
        if (duplicate) logger.info({ id: alert.id, seq }, 'repeated update id: not alerted again');
        else logger.debug({ id: alert.id, seq, severity: alert.severity, topics: alert.topics }, 'alert stored');
      }
      return results.map(({ seq, duplicate }) => ({ seq, duplicate }));
    },
    {
      connection: options.connection,
      prefix: options.keys.bullPrefix,
      concurrency: options.concurrency,
      ...(options.name !== undefined && { name: options.name }),
      // Short locks (SIRENA_JOB_LOCK_MS, 10 s by default) so a killed worker's jobs are picked up by another soon after
      // the lock lapses, at the next stalled-job check (every half lock).
      lockDuration: options.lockMs ?? 10_000,
      stalledInterval: Math.ceil((options.lockMs ?? 10_000) / 2),
      maxStalledCount: 10,
    },
  );
  // Ingest's backpressure counts updates, not jobs: a job that is done for good takes its updates off.
  const settled = (data: UpdateJob) => {
    const size = 'updates' in data && Array.isArray(data.updates) ? data.updates.length : 1;
    options.connection.decrby(options.keys.queuedUpdates, size).catch(() => undefined);
  };
  worker.on('completed', (job) => settled(job.data));
  worker.on('failed', (job, error) => {
    logger.warn({ jobId: job?.id, attempt: job?.attemptsMade, err: error.message }, 'update job failed');
    if (job?.finishedOn) settled(job.data);
  });
  worker.on('error', (error) => logger.warn({ err: error.message }, 'worker error'));
  takeBackOrphanedJobs({ worker, connection: options.connection, logger });
  return worker;
}
