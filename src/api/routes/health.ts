// /healthz (process up), /readyz (Redis and the role's own dependencies answer), /metrics (Prometheus text).
import { Router } from 'express';
import type { RedisClient } from '../../store/redis-connection.js';
import { AppError } from '../../core/app-error.js';
import type { Metrics } from '../../observability/metrics.js';
import { bearerToken, createSecretMatcher } from '../../access/bearer.js';

/** A named readiness check: resolves when fine, throws (with a reason) when not. */
export type ReadinessCheck = [name: string, check: () => Promise<void>];

/**
 * @param options.metricsToken SIRENA_METRICS_TOKEN: when set, /metrics needs `Authorization: Bearer <it>` (queue
 * depth, workers and subscribers per topic are no one else's business).
 */
export function healthRouter(options: { redis: RedisClient; metrics: Metrics; checks?: ReadinessCheck[]; metricsToken?: string | undefined }): Router {
  const router = Router();
  const checks: ReadinessCheck[] = [
    ['redis', async () => void (await withTimeout(options.redis.ping(), 1000))],
    ...(options.checks ?? []),
  ];

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      checks.map(async ([name, check]) => {
        try {
          await withTimeout(check(), 1500);
          return [name, 'ok'] as const;
        } catch (error) {
          return [name, error instanceof Error ? error.message : String(error)] as const;
        }
      }),
    );
    const failed = results.filter(([, result]) => result !== 'ok');
    const body = { status: failed.length === 0 ? 'ready' : 'unavailable', checks: Object.fromEntries(results) };
    if (failed.length === 0) {
      res.json(body);
      return;
    }
    res.setHeader('Retry-After', '2');
    res.status(503).json({
      ...body,
      error: { code: 'unavailable', message: `not ready: ${failed.map(([name, why]) => `${name}: ${why}`).join('; ')}` },
    });
  });

  const metricsToken = options.metricsToken;
  const matchesMetricsToken = createSecretMatcher(metricsToken === undefined ? [] : [metricsToken]);
  router.get('/metrics', async (req, res) => {
    if (metricsToken !== undefined) {
      const presented = bearerToken(req.get('authorization'));
      if (presented === undefined) throw new AppError('unauthorized', '/metrics needs Authorization: Bearer <SIRENA_METRICS_TOKEN>');
      if (!matchesMetricsToken(presented)) throw new AppError('unauthorized', 'the metrics token is not valid');
    }
    await options.metrics.refresh();
    res.setHeader('Content-Type', options.metrics.registry.contentType);
    res.send(await options.metrics.registry.metrics());
  });
  return router;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
