// The push side of a worker process: the BullMQ worker of the `push` queue (concurrency-limited sends, never in a
// gateway) and the dispatcher that turns stored alerts into fanout jobs.
import { UnrecoverableError, Worker } from 'bullmq';
import type { Config } from '../config.js';
import type { Logger } from '../observability/logger.js';
import { takeBackOrphanedJobs } from '../queue/worker-recovery.js';
import type { AlertStore } from '../store/alert-store.js';
import type { RedisKeys } from '../store/keys.js';
import { createRedisConnection, waitForReady, type RedisClient } from '../store/redis-connection.js';
import { DeliveryFigures } from './delivery-figures.js';
import { DevicePresence } from './device-presence.js';
import { EndpointPolicy } from './endpoint-policy.js';
import { PushDelivery } from './push-delivery.js';
import { PushDispatcher } from './push-dispatcher.js';
import { PUSH_QUEUE_NAME, PushJobSchema, createPushQueue, type PushJob } from './push-queue.js';
import { PushSubscriptions } from './push-subscriptions.js';
import { VapidKeyring } from './vapid-keys.js';
import { WebPushSender } from './web-push-sender.js';

export interface PushWorkerDeps {
  config: Config;
  keys: RedisKeys;
  /** Builds an AlertStore on a connection. */
  store: (redis: RedisClient) => AlertStore;
  logger: Logger;
}

/** Push jobs one process runs at once; each holds up to SENDS_PER_JOB sends, which share SIRENA_PUSH_CONCURRENCY. */
const JOB_CONCURRENCY = 8;

/**
 * @example const push = await startPushWorker({ config, keys, store, logger }); … await push.close();
 */
export async function startPushWorker(deps: PushWorkerDeps): Promise<{ close(): Promise<void> }> {
  const { config, keys, logger } = deps;
  const connection = createRedisConnection({ target: config.redis, name: 'push', logger });
  const feedConnection = createRedisConnection({ target: config.redis, name: 'push-feed', logger });
  const quit = () => Promise.all([connection, feedConnection].map((c) => c.quit().catch(() => undefined)));
  try {
    await Promise.all([waitForReady(connection, 10_000), waitForReady(feedConnection, 10_000)]);
  } catch (error) {
    await quit();
    throw error;
  }
  const store = deps.store(connection);
  const queue = createPushQueue({ connection, keys });
  const figures = new DeliveryFigures({ redis: connection, keys });
  const sender = new WebPushSender({
    vapid: new VapidKeyring(config.push.vapidKeys, connection, keys),
    subject: config.push.vapidSubject,
    policy: new EndpointPolicy(config.push.endpointHosts),
    maxSockets: config.push.concurrency,
  });
  const delivery = new PushDelivery({
    redis: connection,
    keys,
    store,
    subscriptions: new PushSubscriptions({ redis: connection, keys }),
    presence: new DevicePresence({ redis: connection, keys }),
    figures,
    queue,
    senders: [sender],
    minSeverity: config.push.minSeverity,
    escalateMs: config.push.escalateMs,
    concurrency: config.push.concurrency,
    pushedTtlSeconds: config.retention.seconds,
    logger,
  });
  const worker = new Worker<PushJob>(
    PUSH_QUEUE_NAME,
    async (job) => {
      const parsed = PushJobSchema.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError(`malformed push job: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      await delivery.run(parsed.data);
    },
    { connection, prefix: keys.bullPrefix, concurrency: JOB_CONCURRENCY, name: 'push', lockDuration: 30_000, stalledInterval: 10_000 },
  );
  worker.on('failed', (job, error) => logger.warn({ jobId: job?.id, attempt: job?.attemptsMade, err: error.message }, 'push job failed'));
  worker.on('error', (error) => logger.warn({ err: error.message }, 'push worker error'));
  takeBackOrphanedJobs({ worker, connection, logger });
  await worker.waitUntilReady();
  const dispatcher = new PushDispatcher({ feedConnection, redis: connection, keys, store, queue, minSeverity: config.push.minSeverity, logger });
  try {
    await dispatcher.start();
  } catch (error) {
    await worker.close();
    await queue.close();
    sender.close();
    await quit();
    throw error;
  }
  return {
    async close() {
      await dispatcher.stop();
      await worker.close();
      await queue.close();
      await figures.close();
      sender.close();
      await quit();
    },
  };
}
