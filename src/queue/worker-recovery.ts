// Jobs a worker was handed while its connection to Redis broke, and never heard of: given back at once on reconnect.
import { Job, type Worker } from 'bullmq';
import { Cluster } from 'ioredis';
import type { Logger } from '../observability/logger.js';
import type { RedisClient } from '../store/redis-connection.js';

/**
 * How long after a reconnect the sweep waits before it reads: the connection's own commands first (a fetch ioredis
 * sends again after the reconnect hands its job over before the sweep's read is answered, as Redis answers one
 * connection in order); after a Cluster node's loss, the slot's new master time to be known.
 */
export const ORPHAN_SWEEP_SETTLE_MS = 1_000;

/** Sweeps that fail (Redis away again, a slot still moving) are tried again this many times, a settle time apart. */
const SWEEP_TRIES = 5;

/**
 * Gives back, after each reconnect, the jobs Redis holds as this worker's that the worker never received.
 *
 * A worker's fetch moves a job to `active` and locks it with the worker's token in one script. When the connection
 * breaks after the script ran and before its reply arrived (Redis restarted with AOF, a failover, a reset), the job
 * stays active under a lock that nothing renews or releases: BullMQ's stalled-job check takes it back only once that
 * lock lapses, 10-15 s later (SIRENA_JOB_LOCK_MS plus up to half of it), and every update in it waits so long. A fault
 * test saw this in about a third of its Redis restarts: 50 updates alerted ~13 s late. After a reconnect (for a
 * Redis Cluster connection, after the loss of a node: its connection to the cluster as a whole stays up), the sweep
 * reads the queue's active jobs and moves each one locked with this worker's token, that this worker was not handed
 * (BullMQ announces every job it hands over with `active` before it runs), back to the front of the waiting jobs, as
 * the stalled-job check would: no attempt is counted, and any worker takes it next.
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
  let sweeping = false;
  let timer: NodeJS.Timeout | undefined;
  const giveBack = async (id: string, token: string): Promise<boolean> => {
    const job = await Job.fromId(worker, id);
    if (!job) return false;
    try {
      // Checks the lock is this token's, and puts the job at the front of its priority, as the stalled-job check does.
      await job.moveToWait(token);
    } catch (failure) {
      // Its lock changed meanwhile (the stalled-job check took it, or it finished): nothing is left to give back.
      logger.debug({ jobId: id, queue: worker.name, err: String(failure) }, 'orphaned job: already moved on');
      return false;
    }
    // A prioritized job put back so leaves no wake-up mark (BullMQ's script does that only for unprioritized ones):
    // set its priority again, which marks the queue, so an idle worker takes it now rather than at its next poll.
    if (job.priority > 0) await job.changePriority({ priority: job.priority }).catch(() => undefined);
    return true;
  };
  const sweep = async () => {
    // Handed over before the read went out, so the read lists them while they are active (one connection, in order).
    const handedBefore = [...started];
    const ids = await connection.lrange(worker.toKey('active'), 0, -1);
    const active = new Set(ids);
    // One of those the read no longer lists ended without BullMQ announcing it (a reply lost on completion). A job
    // handed over since the read went out is not judged by it.
    for (const id of handedBefore) if (!active.has(id)) started.delete(id);
    const candidates = ids.filter((id) => !started.has(id));
    if (candidates.length === 0) return;
    const tokens = await connection.mget(candidates.map((id) => `${worker.toKey(id)}:lock`));
    const ownToken = `${worker.id}:`;
    for (const [at, id] of candidates.entries()) {
      const token = tokens[at];
      if (stopped || !token?.startsWith(ownToken) || started.has(id)) continue;
      if (await giveBack(id, token)) logger.warn({ jobId: id, queue: worker.name }, 'took back a job this worker was handed while Redis was away');
    }
  };
  const schedule = (tries = SWEEP_TRIES) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (stopped) return;
      if (sweeping || connection.status !== 'ready') {
        if (tries > 1) schedule(tries - 1);
        return;
      }
      sweeping = true;
      sweep()
        .catch((error: unknown) => {
          if (tries > 1) schedule(tries - 1);
          else logger.warn({ err: String(error), queue: worker.name }, 'could not look for jobs lost with the connection; the stalled-job check takes them back');
        })
        .finally(() => (sweeping = false));
    }, settleMs);
    timer.unref();
  };
  let broken = false;
  const onClose = () => {
    broken = true;
    clearTimeout(timer);
  };
  const onReady = () => {
    if (!broken || stopped) return;
    broken = false;
    schedule();
  };
  const onNodeLost = () => {
    if (!stopped) schedule();
  };
  connection.on('close', onClose);
  connection.on('ready', onReady);
  if (connection instanceof Cluster) connection.on('-node', onNodeLost);
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    connection.off('close', onClose);
    connection.off('ready', onReady);
    connection.off('-node', onNodeLost);
    worker.off('active', onActive);
    worker.off('completed', onDone);
    worker.off('failed', onDone);
  };
  worker.once('closing', stop);
  return stop;
}
