// The HTTP process: the API, the WebSocket gateway, or both on one port (what `npm start` runs).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import { AppError } from '../core/app-error.js';
import { priorityOf, topicSummaries } from '../classify/classifier.js';
import { loadTopicsFile } from '../classify/topics-file.js';
import { AreaStates } from '../lifecycle/area-states.js';
import { DEFAULT_AREAS } from '../lifecycle/areas.js';
import { revisionsRouter } from '../api/routes/revisions.js';
import { finishApp } from '../api/error-handler.js';
import { healthRouter, type ReadinessCheck } from '../api/routes/health.js';
import type { Gateway } from '../gateway/create-gateway.js';
import { createMetrics } from '../observability/metrics.js';
import { TrustedProxies } from '../proxy/trusted-proxies.js';
import type { UpdateProducer } from '../queue/update-queue.js';
import { createRedisConnection, waitForReady, type RedisClient } from '../store/redis-connection.js';
import { RedisKeys } from '../store/keys.js';
import { AlertStore } from '../store/alert-store.js';
import { createRoleClassifier, type RoleContext, type RunningRole } from './role-runtime.js';
import { ReadAccess } from '../access/topic-grant.js';
import { DeliveryFigures } from '../push/delivery-figures.js';
import { watchDeliveryMetrics } from '../push/delivery-metrics.js';
import { DevicePresence } from '../push/device-presence.js';
import { EndpointPolicy } from '../push/endpoint-policy.js';
import { pushRouter } from '../push/push-router.js';
import { PushSubscriptions } from '../push/push-subscriptions.js';
import { VapidKeyring } from '../push/vapid-keys.js';

export interface HttpRoles {
  api: boolean;
  gateway: boolean;
}

export interface RunningHttpRole extends RunningRole {
  /** The Express app (tests walk its routes). */
  app: Express;
  /** The port it listens on (PORT=0 picks one). */
  port: number;
}

/**
 * @param extraChecks readiness checks of what the process runs beside the HTTP roles (npm start's workers).
 */
export async function startHttpRole(ctx: RoleContext, roles: HttpRoles, extraChecks: ReadinessCheck[] = []): Promise<RunningHttpRole> {
  const { config, logger } = ctx;
  const name = roles.api && roles.gateway ? 'server' : roles.api ? 'api' : 'gateway';
  // The API classifies at ingest; a gateway alone needs only the topic list, not the compiled rules and model.
  const built = roles.api ? await createRoleClassifier(ctx) : undefined;
  const classifier = built?.classifier;
  const topics = classifier?.topics ?? topicSummaries(await loadTopicsFile(config.topicsFile));
  const metrics = createMetrics(name);
  const keys = new RedisKeys(config.keyPrefix);
  // Request paths fail fast (503) while Redis is away instead of queueing forever.
  const redis = createRedisConnection({ target: config.redis, name, logger, maxRetriesPerRequest: 2 });
  await waitForReady(redis, 10_000);
  const storeOn = (connection: RedisClient) =>
    new AlertStore({ redis: connection, keys, retention: config.retention, idempotencySeconds: config.idempotencySeconds, replicas: config.replicas });
  const store = storeOn(redis);
  // SIRENA_REDIS_MIN_REPLICAS: WAIT holds the connection it runs on until replicas have that connection's writes (up to
  // SIRENA_REDIS_WAIT_TIMEOUT_MS while they lag). Queued updates, id claims and revisions are written, and waited
  // for, on a connection of their own, so reads, rate limits, state and /readyz on the shared one never queue behind it.
  const writer = config.replicas.min > 0 ? createRedisConnection({ target: config.redis, name: `${name}-writes`, logger, maxRetriesPerRequest: 2 }) : redis;
  if (writer !== redis) await waitForReady(writer, 10_000);
  const writes = { redis: writer, store: writer === redis ? store : storeOn(writer) };

  // One per process, shared by its API and gateway: each applies alert versions in seq order.
  const areas = DEFAULT_AREAS.filter((area) => topics.some((topic) => topic.id === area.topic));
  const areaStates = new AreaStates({ redis, keys, store, areas, maxHours: config.alertMaxHours });

  const app = express();
  app.disable('x-powered-by');
  // Express believes X-Forwarded-* (req.secure: the admin cookie's Secure flag) from SIRENA_TRUSTED_PROXIES only.
  const proxies = new TrustedProxies(config.trustedProxies);
  app.set('trust proxy', (address: string) => proxies.trusts(address));
  const httpServer = createServer(app);
  let stopping = false;
  // Requests that arrive on kept-alive connections while stopping are told to go elsewhere.
  app.use((_req, _res, next) => {
    if (stopping) throw new AppError('shutting_down', 'this instance is stopping; retry', { retryAfter: 1 });
    next();
  });

  let gateway: Gateway | undefined;
  if (roles.gateway) {
    // Socket.IO and the gateway's modules load only in a process that serves sockets (~60 ms of an API's start).
    const { createGateway } = await import('../gateway/create-gateway.js');
    const feedConnection = createRedisConnection({ target: config.redis, name: `${name}-feed`, logger });
    gateway = await createGateway({
      httpServer,
      config,
      store,
      feedConnection,
      topics,
      areaStates,
      logger,
      metrics,
      // Acks and per-alert socket counts are written in batches (every 50 ms), presence at once.
      receipts: { presence: new DevicePresence({ redis, keys }), figures: new DeliveryFigures({ redis, keys, flushMs: 50, ackTtlSeconds: ackTtlSeconds(config) }) },
    });
  }
  // A gateway is ready only while it tails the feed, whether it runs alone or beside the API.
  const tail = gateway?.tail;
  const checks: ReadinessCheck[] = [
    ...(tail
      ? [
          [
            'feed',
            async () => {
              if (!tail.isRunning) throw new Error('feed tail stopped');
            },
          ] satisfies ReadinessCheck,
        ]
      : []),
    // The write connection (SIRENA_REDIS_MIN_REPLICAS): its state only, so the check never queues behind a WAIT.
    ...(writer !== redis
      ? [
          [
            'redis-writes',
            async () => {
              if (writer.status !== 'ready') throw new Error(`the write connection is ${writer.status}`);
            },
          ] satisfies ReadinessCheck,
        ]
      : []),
    ...extraChecks,
  ];

  let producer: UpdateProducer | undefined;
  if (classifier) {
    // The API's modules (BullMQ's queue, the admin UI, the docs) load only in a process that serves the API.
    const [{ createApi }, { UpdateProducer }] = await Promise.all([import('../api/create-api.js'), import('../queue/update-queue.js')]);
    producer = new UpdateProducer({ connection: writer, readConnection: redis, keys, replicas: config.replicas });
    const classifierFingerprint = built?.fingerprint;
    app.use(
      createApi({ config, redis, keys, store, writes, producer, classifier, ...(classifierFingerprint && { classifierFingerprint }), areaStates, priorityOf, logger, metrics, checks }),
    );
  } else {
    app.use(healthRouter({ redis, metrics, checks, metricsToken: config.metricsToken }));
  }
  if (gateway) app.use(gateway.router);
  // Web Push (src/push/): the VAPID key, subscriptions and receipts, on the API and every gateway (the console posts
  // to the gateway that served it). Sending happens in the worker processes.
  const ackFigures = new DeliveryFigures({ redis, keys, ackTtlSeconds: ackTtlSeconds(config) });
  app.use(
    pushRouter({
      redis,
      store,
      keys,
      knownTopics: new Set(topics.map((topic) => topic.id)),
      access: new ReadAccess(config),
      policy: new EndpointPolicy(config.push.endpointHosts),
      vapid: new VapidKeyring(config.push.vapidKeys, redis, keys),
      figures: ackFigures,
      proxies,
      subscribeRatePerMinute: config.push.subscribeRatePerMinute,
    }),
  );
  if (roles.api) watchDeliveryMetrics({ metrics, figures: ackFigures, subscriptions: new PushSubscriptions({ redis, keys }), store });
  // A gateway alone takes editors' revisions too: its console's editor buttons post to it.
  if (gateway && !roles.api) app.use(revisionsRouter({ config, topics, keys, writes }));
  finishApp(app, logger);
  // Paid before the port opens, so /readyz never answers 200 while the first update would still pay for it.
  if (producer && classifier) await (await import('../api/warm-up.js')).warmUpApi({ producer, classifier, maxBodyBytes: config.maxBodyBytes });
  // The JWT library is loaded on demand (src/access/topic-grant.ts); with a secret set, before the first client needs it.
  if (config.jwtSecret) await import('jose');

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  logger.info({ port, host: config.host, roles }, `listening on http://${config.host}:${port}`);
  if (roles.api && config.publishKeys.length === 0) {
    logger.warn('SIRENA_PUBLISH_KEYS is unset: POST /v1/updates is open, but only to loopback clients');
  }
  if (roles.gateway && !config.jwtSecret) {
    logger.warn('SIRENA_JWT_SECRET is unset: any client may subscribe to any topic');
  }

  return {
    app,
    port,
    async close() {
      stopping = true;
      // Stop accepting first; in-flight HTTP requests finish; sockets get a reconnect hint.
      const serverClosed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      if (gateway) await gateway.close();
      await serverClosed;
      if (producer) await producer.close();
      await redis.quit().catch(() => undefined);
      if (writer !== redis) await writer.quit().catch(() => undefined);
    },
  };
}

/** How long an alert's acks are kept (s): well beyond the escalation delay. */
function ackTtlSeconds(config: RoleContext['config']): number {
  return Math.max(3600, Math.ceil((config.push.escalateMs * 2) / 1000));
}
