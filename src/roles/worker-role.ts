// The worker process: classifies queued updates and stores them as alerts.
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { createClassifier } from '../classify/classifier.js';
import { createIncidentMatcher } from '../classify/incident-matcher.js';
import { loadTopicsFile } from '../classify/topics-file.js';
import { createUpdateProcessor } from '../queue/update-processor.js';
import { URGENT_QUEUE_NAME } from '../queue/update-queue.js';
import { UrgentGate } from '../queue/urgent-gate.js';
import { createUpdateWorker } from '../queue/update-worker.js';
import { AlertStore } from '../store/alert-store.js';
import { RedisKeys } from '../store/keys.js';
import { createRedisConnection, waitForReady } from '../store/redis-connection.js';
import type { RoleContext, RunningRole } from './role-runtime.js';

/** Urgent-lane jobs one worker process handles at once (they are rare and small). */
const URGENT_CONCURRENCY = 4;

export async function startWorkerRole(ctx: RoleContext): Promise<RunningRole> {
  const { config, logger } = ctx;
  if (config.workerLanes === 'routine') lowerPriority(logger);
  const topicsFile = await loadTopicsFile(config.topicsFile);
  const keys = new RedisKeys(config.keyPrefix);
  // The urgent lane has connections of its own: Redis runs one connection's commands in order, so an extreme
  // alert's reads and append would otherwise wait behind the hundreds of routine appends a backlog keeps in flight.
  // A process of its own for the urgent lane (SIRENA_WORKER_LANES=urgent) is best: the OS wakes an idle process at
  // once, while a routine worker's thread is busy with batches and its process shares the cores with the others.
  const lanes = [
    { name: 'worker', lane: 'routine' as const, queueName: undefined, concurrency: config.workerConcurrency },
    { name: 'worker-urgent', lane: 'urgent' as const, queueName: URGENT_QUEUE_NAME, concurrency: URGENT_CONCURRENCY },
  ]
    .filter(({ lane }) => config.workerLanes === 'all' || config.workerLanes === lane)
    .map((lane) => ({
    ...lane,
    connection: createRedisConnection({ url: config.redisUrl, name: lane.name, logger }),
    // The store's own connection: a job's appends leave in one write instead of one syscall each.
    storeConnection: createRedisConnection({ url: config.redisUrl, name: `${lane.name}-store`, logger, autoPipelining: true }),
  }));
  const connections = lanes.flatMap((lane) => [lane.connection, lane.storeConnection]);
  await Promise.all(connections.map((connection) => waitForReady(connection, 10_000)));
  const incidentWindowMs = config.incidentWindowSeconds * 1000;
  // One classifier and matcher for both lanes (they are synchronous, and the matcher's memo serves both).
  const classifier = createClassifier(topicsFile);
  const matcher = createIncidentMatcher({ windowMs: incidentWindowMs, topics: topicsFile });
  // In a process that serves both lanes, routine jobs step aside for urgent ones and hand the thread back every
  // few milliseconds; a single-lane process has nothing to make way for.
  const gate = lanes.length > 1 ? new UrgentGate() : undefined;
  const workers = lanes.map((lane) =>
    createUpdateWorker({
      connection: lane.connection,
      keys,
      concurrency: lane.concurrency,
      logger,
      ...(lane.queueName && { queueName: lane.queueName }),
      process: createUpdateProcessor({
        store: new AlertStore({
          redis: lane.storeConnection,
          keys,
          retention: config.retention,
          idempotencySeconds: config.idempotencySeconds,
        }),
        classifier,
        matcher,
        incidentWindowMs,
        ...(gate && { gate: { gate, lane: lane.lane } }),
      }),
    }),
  );
  await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  logger.info({ lanes: lanes.map(({ lane, concurrency }) => ({ lane, concurrency })) }, 'worker ready');
  return {
    async close() {
      // Finishes the jobs in flight, takes no new ones.
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all(connections.map((connection) => connection.quit().catch(() => undefined)));
    },
  };
}

/** How much nicer (in `nice` steps) a routine-only worker makes itself. */
const ROUTINE_NICENESS = 10;

/**
 * A routine-only worker is batch work: it lowers its own CPU priority so that, when the cores are busy with a
 * backlog, the OS runs the API, the gateways, Redis and the urgent-lane worker first. On Linux a priority belongs to
 * a thread, so every thread the process has now (V8's and libuv's helpers) is lowered, and threads started later
 * inherit it from the main thread. Nothing is lost when it cannot (a container may forbid it): the worker just runs
 * at the normal priority.
 */
function lowerPriority(logger: RoleContext['logger']): void {
  try {
    const nice = Math.min(19, getPriority() + ROUTINE_NICENESS);
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
    logger.info({ nice: getPriority(), threads: threads.length }, 'routine worker: lower CPU priority');
  } catch (error) {
    logger.warn({ err: (error as Error).message }, 'could not lower the routine worker\'s CPU priority');
  }
}
