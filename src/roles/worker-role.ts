// The worker process: classifies queued updates and stores them as alerts.
import { createClassifier } from '../classify/classifier.js';
import { createIncidentMatcher } from '../classify/incident-matcher.js';
import { loadTopicsFile } from '../classify/topics-file.js';
import { createUpdateProcessor } from '../queue/update-processor.js';
import { createUpdateWorker } from '../queue/update-worker.js';
import { AlertStore } from '../store/alert-store.js';
import { RedisKeys } from '../store/keys.js';
import { createRedisConnection, waitForReady } from '../store/redis-connection.js';
import type { RoleContext, RunningRole } from './role-runtime.js';

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
  const worker = createUpdateWorker({
    connection,
    keys,
    concurrency: config.workerConcurrency,
    logger,
    process: createUpdateProcessor({
      store,
      classifier: createClassifier(topicsFile),
      matcher: createIncidentMatcher({ windowMs: incidentWindowMs, topics: topicsFile }),
      incidentWindowMs,
    }),
  });
  await worker.waitUntilReady();
  logger.info({ concurrency: config.workerConcurrency }, 'worker ready');
  return {
    async close() {
      // Finishes the jobs in flight, takes no new ones.
      await worker.close();
      await Promise.all([connection.quit().catch(() => undefined), storeConnection.quit().catch(() => undefined)]);
    },
  };
}
