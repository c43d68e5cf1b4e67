// The worker process: classifies queued updates and stores them as alerts.
import { createClassifier } from '../classify/classifier.js';
import { createIncidentMatcher } from '../classify/incident-matcher.js';
import { loadTopicsFile } from '../classify/topics-file.js';
import { createUpdateProcessor } from '../queue/update-processor.js';
import { URGENT_QUEUE_NAME } from '../queue/update-queue.js';
import { createUpdateWorker } from '../queue/update-worker.js';
import { AlertStore } from '../store/alert-store.js';
import { RedisKeys } from '../store/keys.js';
import { createRedisConnection, waitForReady } from '../store/redis-connection.js';
import type { RoleContext, RunningRole } from './role-runtime.js';

/** Urgent-lane jobs one worker process handles at once (they are rare and small). */
const URGENT_CONCURRENCY = 4;

export async function startWorkerRole(ctx: RoleContext): Promise<RunningRole> {
  const { config, logger } = ctx;
  const topicsFile = await loadTopicsFile(config.topicsFile);
  const keys = new RedisKeys(config.keyPrefix);
  const connection = createRedisConnection({ url: config.redisUrl, name: 'worker', logger });
  // The store's own connection: a job's appends leave in one write instead of one syscall each.
  const storeConnection = createRedisConnection({ url: config.redisUrl, name: 'worker-store', logger, autoPipelining: true });
  await Promise.all([waitForReady(connection, 10_000), waitForReady(storeConnection, 10_000)]);
  const store = new AlertStore({
    redis: storeConnection,
    keys,
    retention: config.retention,
    idempotencySeconds: config.idempotencySeconds,
  });
  const incidentWindowMs = config.incidentWindowSeconds * 1000;
  const processUpdates = createUpdateProcessor({
    store,
    classifier: createClassifier(topicsFile),
    matcher: createIncidentMatcher({ windowMs: incidentWindowMs, topics: topicsFile }),
    incidentWindowMs,
  });
  const workers = [
    createUpdateWorker({ connection, keys, concurrency: config.workerConcurrency, logger, process: processUpdates }),
    // Slots of its own for extreme alerts, so a backlog of routine batches never holds them up.
    createUpdateWorker({ connection, keys, concurrency: URGENT_CONCURRENCY, logger, process: processUpdates, queueName: URGENT_QUEUE_NAME }),
  ];
  await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  logger.info({ concurrency: config.workerConcurrency, urgentConcurrency: URGENT_CONCURRENCY }, 'worker ready');
  return {
    async close() {
      // Finishes the jobs in flight, takes no new ones.
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all([connection.quit().catch(() => undefined), storeConnection.quit().catch(() => undefined)]);
    },
  };
}
