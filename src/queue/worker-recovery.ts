// Jobs a worker was handed while its connection to Redis broke, and never heard of: given back at once on reconnect.
import { Job, type Worker } from 'bullmq';
import type { Logger } from '../observability/logger.js';
import type { RedisClient } from '../store/redis-connection.js';

/**
 * How long after a reconnect the sweep waits before it reads: a fetch whose reply arrives just after the reconnect
 * (ioredis sends again what was in flight) has its job handed to the worker by then.
 */
export const ORPHAN_SWEEP_SETTLE_MS = 1_000;

/** The error a job taken back is moved on with (its retry follows the queue's backoff, like any failed attempt). */
export const ORPHANED_JOB_MESSAGE = 'taken back: this worker was handed the job while its connection to Redis broke';

/**
 * Gives back, after each reconnect, the jobs Redis holds as this worker's that the worker never received.
 *
 * A worker's fetch moves a job to `active` and locks it with the worker's token in one script. When the connection
 * breaks after the script ran and before its reply arrived (Redis restarted with AOF, a failover, a reset), the job
 * stays active under a lock that nothing renews or releases: BullMQ's stalled-job check takes it back only once that
 * lock lapses, 10-15 s later (SIRENA_JOB_LOCK_MS plus up to half of it), and every update in it waits so long. A fault
 * test saw this in about a third of its Redis restarts: 50 updates alerted ~13 s late. After a reconnect (and
 * ORPHAN_SWEEP_SETTLE_MS, for replies still on their way), the sweep reads the queue's active jobs and moves each one
 * locked with this worker's token, that this worker has not started, on as a failed attempt: it is retried after the
 * queue's backoff (200 ms), by any worker. Should the worker have started it after all, in a race with the sweep, the
 * job runs twice; that is safe, as the update processor stores each update id once.
 * @returns stops the sweeps (closing the worker stops them too).
 * @example takeBackOrphanedJobs({ worker, connection: options.connection, logger });
 */
export function takeBackOrphanedJobs(options: { worker: Worker; connection: RedisClient; logger: Logger; settleMs?: number }): () => void {
  const { worker, connection, logger } = options;
  const settleMs = options.settleMs ?? ORPHAN_SWEEP_SETTLE_MS;
  /** Jobs this worker was handed and has not finished (BullMQ's `active` event comes when a fetch hands one over). */
  const started = new Set<string>();
  const onActive = (job: Job) => job.id !== undefined && started.add(job.id);
  const onDone = (job: Job | undefined) => job?.id !== undefined && started.delete(job.id);
  worker.on('active', onActive);
  worker.on('completed', onDone);
  worker.on('failed', onDone);

  let stopped = false;
  let broken = false;
  let timer: NodeJS.Timeout | undefined;
  const sweep = async () => {
    const ids = await connection.lrange(worker.toKey('active'), 0, -1);
    const ownToken = `${worker.id}:`;
    for (const id of ids) {
      if (stopped || started.has(id)) continue;
      const token = await connection.get(`${worker.toKey(id)}:lock`);
      if (!token?.startsWith(ownToken) || started.has(id)) continue;
      const job = await Job.fromId(worker, id);
      if (!job) continue;
      const error = new Error(ORPHANED_JOB_MESSAGE);
      try {
        await job.moveToFailed(error, token, false);
      } catch (failure) {
        // Its lock changed meanwhile (the stalled-job check took it, or it finished): nothing is left to give back.
        logger.debug({ jobId: id, queue: worker.name, err: String(failure) }, 'orphaned job: already moved on');
        continue;
      }
      logger.warn({ jobId: id, queue: worker.name }, 'took back a job this worker was handed while Redis was away');
      // As for any failed attempt: the worker's own listeners log it (and settle it, if that was its last attempt).
      worker.emit('failed', job, error, 'active');
    }
  };
  const onClose = () => {
    broken = true;
  };
  const onReady = () => {
    if (!broken || stopped) return;
    broken = false;
    clearTimeout(timer);
    timer = setTimeout(() => {
      // A sweep that fails (Redis away again) is made after the next reconnect.
      sweep().catch((error: unknown) => logger.debug({ err: String(error), queue: worker.name }, 'orphaned-job sweep failed'));
    }, settleMs);
    timer.unref();
  };
  connection.on('close', onClose);
  connection.on('ready', onReady);
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    connection.off('close', onClose);
    connection.off('ready', onReady);
    worker.off('active', onActive);
    worker.off('completed', onDone);
    worker.off('failed', onDone);
  };
  worker.once('closing', stop);
  return stop;
}
