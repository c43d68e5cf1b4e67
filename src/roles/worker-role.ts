// The worker process: classifies queued updates and stores them as alerts.
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { Queue } from 'bullmq';
import type { RedisClient } from '../store/redis-connection.js';
import { createIncidentMatcher } from '../classify/incident-matcher.js';
import { MAX_INCIDENT_CANDIDATES, createUpdateProcessor, warmUpProcessor } from '../queue/update-processor.js';
import { URGENT_QUEUE_NAME } from '../queue/update-queue.js';
import { UrgentGate } from '../queue/urgent-gate.js';
import { createUpdateWorker } from '../queue/update-worker.js';
import { AlertStore } from '../store/alert-store.js';
import { RedisKeys } from '../store/keys.js';
import { RecentAlerts } from '../store/recent-alerts.js';
import { createRedisConnection, waitForReady } from '../store/redis-connection.js';
import { announceWorkerReady, createRoleClassifier, type RoleContext, type RunningRole } from './role-runtime.js';
import { startPushWorker } from '../push/push-worker.js';

/** Urgent-lane jobs one worker process handles at once (they are rare and small). */
const URGENT_CONCURRENCY = 4;

/** BullMQ worker names on the urgent queue: a worker that serves the lane, and a routine worker standing in. */
const URGENT_WORKER_NAME = 'urgent';
const URGENT_FALLBACK_NAME = 'urgent-fallback';
/** How often a routine-only worker checks that some worker serves the urgent lane. */
const URGENT_CHECK_MS = 2_000;
/** Checks in a row without one before a routine worker stands in (a starting urgent worker gets time to connect). */
const URGENT_MISSES = 2;

interface LaneSpec {
  name: string;
  lane: 'routine' | 'urgent';
  queueName?: string;
  concurrency: number;
  workerName: string;
}

interface RunningLane {
  close(): Promise<void>;
}

export async function startWorkerRole(ctx: RoleContext): Promise<RunningRole> {
  const { config, logger } = ctx;
  if (config.workerLanes === 'routine') lowerPriority(logger);
  if (config.workerLanes === 'push') lowerPriority(logger, PUSH_NICENESS);
  if (config.workerLanes === 'push') return startPushOnly(ctx);
  const { topicsFile, classifier, fingerprint } = await createRoleClassifier(ctx);
  const keys = new RedisKeys(config.keyPrefix);
  const routineSpec: LaneSpec = { name: 'worker', lane: 'routine', concurrency: config.workerConcurrency, workerName: 'routine' };
  const urgentSpec: LaneSpec = {
    name: 'worker-urgent',
    lane: 'urgent',
    queueName: URGENT_QUEUE_NAME,
    concurrency: URGENT_CONCURRENCY,
    workerName: URGENT_WORKER_NAME,
  };
  // A process of its own for the urgent lane (SIRENA_WORKER_LANES=urgent) is best: the OS wakes an idle process at
  // once, while a routine worker's thread is busy with batches and its process shares the cores with the others.
  const specs = [routineSpec, urgentSpec].filter(({ lane }) => config.workerLanes === 'all' || config.workerLanes === lane);
  const incidentWindowMs = config.incidentWindowSeconds * 1000;
  // One classifier and matcher for every lane (they are synchronous, and the matcher's memo serves all).
  const matcher = createIncidentMatcher({
    windowMs: incidentWindowMs,
    topics: topicsFile,
    maxReports: config.incidentBounds.maxReports,
    maxSpanMs: config.incidentBounds.maxSpanSeconds * 1000,
  });
  // In a process that serves both lanes, routine jobs step aside for urgent ones and hand the thread back every
  // few milliseconds. A routine-only process does so only while it stands in on the urgent lane (see below); an
  // urgent-only one has nothing to make way for.
  const gate = config.workerLanes === 'urgent' ? undefined : new UrgentGate(2, config.workerLanes === 'all');
  const store = (redis: RedisClient) =>
    new AlertStore({ redis, keys, retention: config.retention, idempotencySeconds: config.idempotencySeconds, replicas: config.replicas });

  // Incident candidates for every lane, in memory, read from the feed as each job starts (on a connection of its own,
  // so a job's feed read never waits behind a lane's appends).
  const feedConnection = createRedisConnection({ target: config.redis, name: 'worker-feed', logger });
  const candidates = new RecentAlerts({
    store: store(feedConnection),
    connection: feedConnection,
    logger,
    topics: classifier.topics.map((topic) => topic.id),
    windowMs: incidentWindowMs,
    perTopic: MAX_INCIDENT_CANDIDATES,
  });
  try {
    await waitForReady(feedConnection, 10_000);
    await candidates.start();
    // Before any lane takes a job: "worker ready" means the first alert pays for nothing a later one does not.
    await warmUpProcessor(
      { store: store(feedConnection), candidates, classifier, matcher, incidentWindowMs },
      classifier.topics.map((topic) => topic.id),
    );
  } catch (error) {
    await candidates.stop().catch(() => undefined);
    throw error;
  }

  // Each lane has connections of its own: Redis runs one connection's commands in order, so an extreme alert's reads
  // and append would otherwise wait behind the hundreds of routine appends a backlog keeps in flight.
  const startLane = async (spec: LaneSpec): Promise<RunningLane & { connection: RedisClient }> => {
    const connection = createRedisConnection({ target: config.redis, name: spec.name, logger });
    // The store's own connection: a job's appends leave in one write instead of one syscall each.
    const storeConnection = createRedisConnection({ target: config.redis, name: `${spec.name}-store`, logger, autoPipelining: true });
    const quit = () => Promise.all([connection, storeConnection].map((c) => c.quit().catch(() => undefined)));
    try {
      await Promise.all([waitForReady(connection, 10_000), waitForReady(storeConnection, 10_000)]);
      const worker = createUpdateWorker({
        connection,
        keys,
        concurrency: spec.concurrency,
        lockMs: config.jobLockMs,
        logger,
        name: spec.workerName,
        ...(spec.queueName && { queueName: spec.queueName }),
        process: createUpdateProcessor({
          store: store(storeConnection),
          // The job's incident reads go out at once, beside its feed read, while it is classified.
          reads: store(feedConnection),
          candidates,
          classifier,
          classifierFingerprint: fingerprint,
          matcher,
          incidentWindowMs,
          ...(gate && { gate: { gate, lane: spec.lane } }),
        }),
      });
      await worker.waitUntilReady();
      return {
        connection,
        async close() {
          // Finishes the jobs in flight, takes no new ones.
          await worker.close();
          await quit();
        },
      };
    } catch (error) {
      await quit();
      throw error;
    }
  };

  const lanes = await Promise.all(specs.map(startLane)).catch(async (error: unknown) => {
    await candidates.stop();
    throw error;
  });
  // Web Push sending (src/push/) runs in a worker serving all lanes; `npm start` gives it a process of its own
  // (SIRENA_WORKER_LANES=push), so that encrypting thousands of pushes never holds up a classification.
  const push =
    config.workerLanes !== 'all'
      ? undefined
      : await startPushWorker({ config, keys, store, logger }).catch(async (error: unknown) => {
          await Promise.all(lanes.map((lane) => lane.close()));
          await candidates.stop();
          throw error;
        });
  logger.info({ lanes: specs.map(({ lane, concurrency }) => ({ lane, concurrency })), push: push !== undefined }, 'worker ready');
  announceWorkerReady();
  const standIn = config.workerLanes === 'routine' ? watchUrgentLane(lanes[0]!.connection) : undefined;
  return {
    async close() {
      await standIn?.stop();
      await push?.close();
      await Promise.all(lanes.map((lane) => lane.close()));
      await candidates.stop();
    },
  };

  /**
   * A routine-only worker never takes extreme alerts while another worker serves the urgent lane; if none has for
   * two checks in a row (every urgent worker crashed, or none was started), it serves the lane itself, at its lower
   * priority, until one is back. Extreme alerts then still go out, a little slower, instead of waiting in the queue.
   */
  function watchUrgentLane(connection: RedisClient): { stop(): Promise<void> } {
    const urgentQueue = new Queue(URGENT_QUEUE_NAME, { connection, prefix: keys.bullPrefix });
    let misses = 0;
    let fallback: RunningLane | undefined;
    let checking: Promise<void> | undefined;
    let stopped = false;
    const check = async () => {
      const workers = (await urgentQueue.getWorkers()) as { rawname?: string }[];
      const served = workers.some((worker) => worker.rawname?.endsWith(`:w:${URGENT_WORKER_NAME}`));
      if (served) {
        misses = 0;
        if (fallback) {
          const standing = fallback;
          fallback = undefined;
          await standing.close();
          if (gate) gate.slicing = false;
          logger.info('an urgent-lane worker is back: this routine worker no longer serves the urgent lane');
        }
      } else if (!fallback && ++misses >= URGENT_MISSES && !stopped) {
        fallback = await startLane({ ...urgentSpec, name: 'worker-urgent-fallback', workerName: URGENT_FALLBACK_NAME });
        if (gate) gate.slicing = true;
        logger.warn('no worker serves the urgent lane: this routine worker serves it until one is back');
      }
    };
    const timer = setInterval(() => {
      checking ??= check()
        .catch((error: Error) => logger.warn({ err: error.message }, 'urgent-lane check failed'))
        .finally(() => {
          checking = undefined;
        });
    }, URGENT_CHECK_MS);
    timer.unref();
    return {
      async stop() {
        stopped = true;
        clearInterval(timer);
        await checking;
        await fallback?.close();
        await urgentQueue.close();
      },
    };
  }
}

/** A worker that only sends Web Push (SIRENA_WORKER_LANES=push): no classifier, no update queue. */
async function startPushOnly(ctx: RoleContext): Promise<RunningRole> {
  const { config, logger } = ctx;
  const keys = new RedisKeys(config.keyPrefix);
  const store = (redis: RedisClient) => new AlertStore({ redis, keys, retention: config.retention, idempotencySeconds: config.idempotencySeconds, replicas: config.replicas });
  const push = await startPushWorker({ config, keys, store, logger });
  logger.info({ lanes: [], push: true }, 'worker ready');
  announceWorkerReady();
  return push;
}

/** How much nicer (in `nice` steps) a routine-only worker makes itself. */
const ROUTINE_NICENESS = 10;
/**
 * A push-only worker is nicer still: it encrypts and sends for devices that no socket reaches, on the cores the
 * gateways, API and classification leave idle, so socket delivery does not slow down while thousands of pushes go out.
 */
const PUSH_NICENESS = 19;

/**
 * A routine-only worker is batch work: it lowers its own CPU priority so that, when the cores are busy with a
 * backlog, the OS runs the API, the gateways, Redis and the urgent-lane worker first. On Linux a priority belongs to
 * a thread, so every thread the process has now (V8's and libuv's helpers) is lowered, and threads started later
 * inherit it from the main thread. Nothing is lost when it cannot (a container may forbid it): the worker just runs
 * at the normal priority.
 */
function lowerPriority(logger: RoleContext['logger'], niceness = ROUTINE_NICENESS): void {
  try {
    const nice = Math.min(19, getPriority() + niceness);
    let threads: number[] = [];
    try {
      threads = readdirSync('/proc/self/task').map(Number).filter((tid) => Number.isInteger(tid) && tid > 0);
    } catch {
      // No /proc (not Linux): the process priority is all there is.
    }
    setPriority(nice);
    for (const tid of threads) {
      try {
        setPriority(tid, nice);
      } catch {
        // The thread ended meanwhile.
      }
    }
    logger.info({ nice: getPriority(), threads: threads.length }, 'batch worker: lower CPU priority');
  } catch (error) {
    logger.warn({ err: (error as Error).message }, 'could not lower the routine worker\'s CPU priority');
  }
}
