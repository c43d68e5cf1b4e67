// The BullMQ queue between ingest and the workers: its name, job payload schema, producer and depth check.
import { randomUUID } from 'node:crypto';
import { Queue, type JobsOptions } from 'bullmq';
import { waitForReplicas, type RedisClient } from '../store/redis-connection.js';
import { z } from 'zod';
import { QUEUE_STATES } from '../core/ops-status.js';
import { AcceptedUpdateSchema, type AcceptedUpdate } from '../core/update.js';
import type { RedisKeys } from '../store/keys.js';

/** Queuing failed; `partly` when one of the two queues took its part of the request. */
export class PartialEnqueueError extends Error {
  override name = 'PartialEnqueueError';
  constructor(
    readonly partly: boolean,
    cause: unknown,
  ) {
    super(partly ? 'some updates were queued, others not' : 'nothing was queued', { cause });
  }
}

export const UPDATE_QUEUE_NAME = 'updates';
/**
 * The urgent lane: priority-1 (extreme) jobs. Every worker process serves it with slots of its own, so an extreme
 * alert never waits for a slot held by a batch of routine updates.
 */
export const URGENT_QUEUE_NAME = 'updates-urgent';
/** The queue UpdateProducer.warmUp adds one job to and empties: no worker serves it. */
export const WARM_UP_QUEUE_NAME = 'updates-warm-up';
/** Job priority that goes to the urgent lane (classify's priorityOf: extreme = 1). */
export const URGENT_PRIORITY = 1;
/**
 * Priority on the urgent lane of an update that is extreme only by its publisher's hint (within the publisher's
 * budget): behind every update whose own text is extreme.
 */
export const URGENT_HINT_PRIORITY = 2;

/**
 * What one job carries: accepted updates of one request at one priority (validated again by the worker). One job
 * per batch, not per update, so queue overhead is paid per batch. `{ update }` is the one-update form that
 * earlier versions queued; the worker still takes it.
 */
export const UpdateJobSchema = z.union([
  z.object({ updates: z.array(AcceptedUpdateSchema).min(1) }),
  z.object({ update: AcceptedUpdateSchema }).transform(({ update }) => ({ updates: [update] })),
]);
export type UpdateJob = z.input<typeof UpdateJobSchema>;

/**
 * Most updates one job carries: a job holds a worker slot until its last update is stored, so an extreme alert
 * queued behind a backlog waits for a slot about as long as one job takes.
 */
export const MAX_UPDATES_PER_JOB = 50;

/** A job of one update is named after it, so a repeated id while its job exists is not queued twice (no ':' in BullMQ ids). */
export function jobIdFor(updateId: string): string {
  return `u-${updateId}`;
}

/** A batch job gets a fresh name: the store's idempotency still alerts a repeated id once. */
function jobIdOf(updates: readonly AcceptedUpdate[]): string {
  const [first] = updates;
  return updates.length === 1 && first ? jobIdFor(first.id) : `b-${randomUUID()}`;
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
  connection: RedisClient;
  keys: RedisKeys;
  /**
   * How long a depth reading is reused (ms): the backpressure check must not cost a Redis call per request.
   * @defaultValue 250
   */
  depthCacheMs?: number;
  /**
   * Replicas that must have the queued jobs before enqueue resolves (SIRENA_REDIS_MIN_REPLICAS, Redis WAIT), and
   * how long it waits; fewer in time: enqueue throws ReplicaAckError. @defaultValue { min: 0 }: it does not wait
   */
  replicas?: { min: number; timeoutMs: number };
  /**
   * Where the queue's figures are read (status, the readiness check, Bull Board) when `connection` may be held by a
   * WAIT for replicas. @defaultValue connection
   */
  readConnection?: RedisClient;
}

/**
 * Adds accepted updates to the queue.
 * @example await producer.enqueue([{ update, priority: 1 }]);
 */
export class UpdateProducer {
  readonly queue: Queue<UpdateJob>;
  readonly urgentQueue: Queue<UpdateJob>;
  /** The routine queue on the read connection: its figures, never held up behind a WAIT on the write connection. */
  readonly readQueue: Queue<UpdateJob>;
  private readonly depthCacheMs: number;
  private readonly connection: RedisClient;
  private readonly keys: RedisKeys;
  private readonly replicas: { min: number; timeoutMs: number };
  private depthReading: { at: number; value: number } | undefined;
  private depthRefresh: Promise<number> | undefined;
  /** Updates this producer has queued, ever: what a depth read that was on its way missed is the difference. */
  private enqueued = 0;

  constructor(options: UpdateProducerOptions) {
    const queueOptions = { connection: options.connection, prefix: options.keys.bullPrefix, defaultJobOptions: UPDATE_JOB_OPTIONS };
    this.queue = new Queue<UpdateJob>(UPDATE_QUEUE_NAME, queueOptions);
    this.urgentQueue = new Queue<UpdateJob>(URGENT_QUEUE_NAME, queueOptions);
    const readConnection = options.readConnection ?? options.connection;
    this.readQueue = readConnection === options.connection ? this.queue : new Queue<UpdateJob>(UPDATE_QUEUE_NAME, { ...queueOptions, connection: readConnection });
    this.depthCacheMs = options.depthCacheMs ?? 250;
    this.replicas = options.replicas ?? { min: 0, timeoutMs: 0 };
    this.connection = options.connection;
    this.keys = options.keys;
  }

  /**
   * Queues updates in one round trip, one job per lane and priority (and per MAX_UPDATES_PER_JOB updates), keeping
   * their order. `priority`: 1 is most urgent (see classify's priorityOf); `urgent`: the urgent lane's queue
   * (default: for priority 1).
   */
  async enqueue(items: readonly { update: AcceptedUpdate; priority: number; urgent?: boolean }[]): Promise<void> {
    const byLane = new Map<string, { urgent: boolean; priority: number; updates: AcceptedUpdate[] }>();
    for (const { update, priority, urgent = priority === URGENT_PRIORITY } of items) {
      const lane = `${urgent} ${priority}`;
      const group = byLane.get(lane);
      if (group) group.updates.push(update);
      else byLane.set(lane, { urgent, priority, updates: [update] });
    }
    const jobs = [...byLane.values()].flatMap(({ urgent, priority, updates }) =>
      Array.from({ length: Math.ceil(updates.length / MAX_UPDATES_PER_JOB) }, (_, i) => {
        const chunk = updates.slice(i * MAX_UPDATES_PER_JOB, (i + 1) * MAX_UPDATES_PER_JOB);
        return { urgent, job: { name: 'updates', data: { updates: chunk }, opts: { jobId: jobIdOf(chunk), priority } } };
      }),
    );
    const urgent = jobs.filter((job) => job.urgent).map(({ job }) => job);
    const routine = jobs.filter((job) => !job.urgent).map(({ job }) => job);
    const added = await Promise.allSettled([
      urgent.length > 0 && this.urgentQueue.addBulk(urgent),
      routine.length > 0 && this.queue.addBulk(routine),
    ]);
    const failed = added.filter((result) => result.status === 'rejected');
    if (failed.length > 0) {
      // Each addBulk is all-or-nothing, but the two queues are separate: one may have taken its part.
      throw new PartialEnqueueError(failed.length < added.length, (failed[0] as PromiseRejectedResult).reason);
    }
    // Workers count stored updates back down (see createUpdateWorker). Best effort: the jobs are queued already,
    // so a failure here must not turn into "nothing was accepted"; an empty queue resets any drift.
    // `enqueued` moves in the same tick as the INCRBY is sent, so a depth read sent on this connection either sees
    // both or neither (see depth()).
    this.enqueued += items.length;
    const counted = this.connection.incrby(this.keys.queuedUpdates, items.length);
    // Count what we just queued into the cached reading, so a burst within one cache period cannot overshoot the limit.
    if (this.depthReading) this.depthReading.value += items.length;
    await counted.catch(() => undefined);
    // The jobs are on the primary; with SIRENA_REDIS_MIN_REPLICAS they must be on replicas too before a 202.
    if (this.replicas.min > 0) await waitForReplicas(this.connection, this.keys.queuedUpdates, this.replicas);
  }

  /**
   * Updates waiting to be classified. A reading at most depthCacheMs old answers at once. An older one answers at
   * once too while a fresh one is read in the background, behind the request's own commands (so no request waits
   * on it, and none finds its queue write behind it). `fresh` (asked before refusing anything) and having no
   * reading wait for a read. A failed read drops the reading, so the next caller sees the failure.
   */
  depth(options: { fresh?: boolean } = {}): Promise<number> {
    const reading = this.depthReading;
    if (reading && !options.fresh && Date.now() - reading.at <= this.depthCacheMs) return Promise.resolve(reading.value);
    if (!reading || options.fresh) return this.refreshDepth(false);
    this.refreshDepth(true).catch(() => undefined);
    return Promise.resolve(reading.value);
  }

  /** One depth read at a time; `later`: sent once the current task's commands (the caller's enqueue) are out. */
  private refreshDepth(later: boolean): Promise<number> {
    this.depthRefresh ??= (async () => {
      try {
        if (later) await new Promise((resolve) => setImmediate(resolve));
        // What this producer queues while the read is on its way is not in it: added when it lands.
        const mark = this.enqueued;
        const value = (await this.readDepth()) + (this.enqueued - mark);
        this.depthReading = { at: Date.now(), value };
        return value;
      } catch (error) {
        this.depthReading = undefined;
        throw error;
      } finally {
        this.depthRefresh = undefined;
      }
    })();
    return this.depthRefresh;
  }

  private async readDepth(): Promise<number> {
    const [counts, urgentCounts, queued] = await Promise.all([
      this.queue.getJobCounts('wait', 'prioritized', 'delayed', 'active'),
      this.urgentQueue.getJobCounts('wait', 'prioritized', 'delayed', 'active'),
      this.connection.get(this.keys.queuedUpdates),
    ]);
    const jobs = [...Object.values(counts), ...Object.values(urgentCounts)].reduce((sum, n) => sum + n, 0);
    // The counter can drift (a process killed between queue and counter writes): a queue with nothing waiting or
    // running resets it (running jobs still count themselves down when they finish).
    if (jobs === 0) {
      if (Number(queued) !== 0) await this.connection.set(this.keys.queuedUpdates, 0);
      return 0;
    }
    return Math.max(jobs, Number(queued ?? 0));
  }

  /** Jobs by state and the worker connections BullMQ sees: what the ops view and /metrics report. */
  async status(): Promise<{ jobs: Record<(typeof QUEUE_STATES)[number], number>; workers: number }> {
    const [counts, workers] = await Promise.all([this.readQueue.getJobCounts(...QUEUE_STATES), this.readQueue.getWorkers()]);
    const jobs = Object.fromEntries(QUEUE_STATES.map((state) => [state, counts[state] ?? 0]));
    return { jobs: jobs as Record<(typeof QUEUE_STATES)[number], number>, workers: workers.length };
  }

  /**
   * Runs the queueing code once before the first real request needs it (its first run compiles and encodes lazily,
   * several milliseconds): a job is added to a queue of its own on the same connection, which no worker serves, and
   * removed with that queue. The queue has one fixed name, emptied before and after, so a process that died midway
   * leaves nothing that piles up. Also reads the depth that backpressure starts from.
   */
  async warmUp(): Promise<void> {
    const warmUpQueue = new Queue<UpdateJob>(WARM_UP_QUEUE_NAME, { connection: this.connection, prefix: this.keys.bullPrefix });
    try {
      await warmUpQueue.obliterate({ force: true });
      const update: AcceptedUpdate = { id: `warm-up-${randomUUID()}`, text: 'warm-up', receivedAt: new Date().toISOString() };
      await warmUpQueue.addBulk([{ name: 'updates', data: { updates: [update] }, opts: { jobId: jobIdFor(update.id), priority: URGENT_PRIORITY } }]);
      await warmUpQueue.obliterate({ force: true });
    } catch {
      // Two API processes starting together share the queue: one's obliterate can find it un-paused by the other's
      // ("Cannot obliterate non-paused queue"). The code paths ran either way, and the depth read below still
      // fails start-up when the queue is unreachable; whatever is left is emptied by the next warm-up.
    } finally {
      await warmUpQueue.close();
    }
    await this.depth({ fresh: true });
  }

  async close(): Promise<void> {
    await Promise.all([this.queue.close(), this.urgentQueue.close(), ...(this.readQueue === this.queue ? [] : [this.readQueue.close()])]);
  }
}
