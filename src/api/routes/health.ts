// /healthz (process up), /readyz (Redis and the role's own dependencies answer), /metrics (Prometheus text).
import { Router } from 'express';
import type { Redis } from 'ioredis';
import type { Metrics } from '../../observability/metrics.js';

/** A named readiness check: resolves when fine, throws (with a reason) when not. */
export type ReadinessCheck = [name: string, check: () => Promise<void>];

export function healthRouter(options: { redis: Redis; metrics: Metrics; checks?: ReadinessCheck[] }): Router {
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

  router.get('/metrics', async (_req, res) => {
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
