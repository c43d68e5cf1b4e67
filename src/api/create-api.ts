// Express router factory for the HTTP API: ingest, history, topics, incidents, health and metrics.
import { Router } from 'express';
import type { RedisClient } from '../store/redis-connection.js';
import type { Classifier } from '../classify/classifier.js';
import type { Config } from '../config.js';
import type { Severity } from '../core/severity.js';
import type { AreaStates } from '../lifecycle/area-states.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { UpdateProducer } from '../queue/update-queue.js';
import type { AlertStore } from '../store/alert-store.js';
import type { RedisKeys } from '../store/keys.js';
import { adminRouter } from './routes/admin.js';
import { alertsRouter } from './routes/alerts.js';
import { docsRouter } from './routes/docs.js';
import { revisionsRouter } from './routes/revisions.js';
import { healthRouter, type ReadinessCheck } from './routes/health.js';
import { updatesRouter } from './routes/updates.js';

/** A connection for writes that are waited on until replicas have them, and the store over it. */
export interface WriteConnection {
  redis: RedisClient;
  store: AlertStore;
}

export interface ApiDeps {
  config: Config;
  /** The request-path connection (fails fast while Redis is down). */
  redis: RedisClient;
  keys: RedisKeys;
  store: AlertStore;
  /**
   * Where ingest's id claims and editors' revisions write, and wait (SIRENA_REDIS_MIN_REPLICAS) for replicas: WAIT
   * holds the connection it runs on, so with replicas required it is a connection of its own (see startHttpRole);
   * without, `{ redis, store }`.
   */
  writes: WriteConnection;
  producer: UpdateProducer;
  classifier: Classifier;
  /**
   * The classifier's fingerprint (classifierFingerprint): when set, each queued update carries ingest's classification
   * under it, and a worker with the same fingerprint stores that instead of classifying again.
   */
  classifierFingerprint?: string;
  /** The air-raid state of each area (GET /v1/state). */
  areaStates: AreaStates;
  /** Queue priority for a severity (1 = most urgent). */
  priorityOf: (severity: Severity) => number;
  logger: Logger;
  metrics: Metrics;
  /** Extra readiness checks (the queue's is added here). */
  checks?: ReadinessCheck[];
}

/**
 * @example const app = createApi({ config, redis, keys, store, writes: { redis, store }, producer, classifier, priorityOf, logger, metrics });
 */
export function createApi(deps: ApiDeps): Router {
  // A router, not a sub-app: mounted on the role's app, its routes stay visible (the OpenAPI test walks them).
  const app = Router();
  app.use((req, res, next) => {
    res.on('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
      deps.metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  });
  app.use(
    healthRouter({
      redis: deps.redis,
      metrics: deps.metrics,
      metricsToken: deps.config.metricsToken,
      checks: [['queue', async () => void (await deps.producer.readQueue.getJobCounts('wait'))], ...(deps.checks ?? [])],
    }),
  );
  app.use(updatesRouter(deps));
  app.use(alertsRouter(deps));
  app.use(revisionsRouter({ ...deps, topics: deps.classifier.topics }));
  app.use(adminRouter(deps));
  app.use(docsRouter());
  deps.metrics.onScrape(async () => {
    const { jobs, workers } = await deps.producer.status();
    for (const [state, n] of Object.entries(jobs)) deps.metrics.queueJobs.set({ state }, n);
    deps.metrics.queueWorkers.set(workers);
  });
  return app;
}
