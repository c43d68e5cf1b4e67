// SIRENA_REDIS_MIN_REPLICAS on a Redis without replicas: nothing is acknowledged. Ingest answers 503 unavailable with
// Retry-After and the ids to retry with; the worker stores the alert but never calls its job done.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import { postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ gateways: 0, workers: 1, env: { SIRENA_REDIS_MIN_REPLICAS: '1', SIRENA_REDIS_WAIT_TIMEOUT_MS: '50' } });
});
afterAll(async () => {
  await sys?.stop();
});

describe('SIRENA_REDIS_MIN_REPLICAS=1 without a replica', () => {
  it('answers 503 unavailable with Retry-After and the ids; the job retries instead of completing', async () => {
    const posted = await postUpdate(sys, { updates: [{ id: 'wait-1', text: 'Troops rotated near the border', topics: ['troops'] }] });
    expect(posted.status).toBe(503);
    expect(posted.headers.get('retry-after')).toBe('1');
    expect(posted.body).toMatchObject({
      error: { code: 'unavailable', issues: [{ path: 'updates.0.id', code: 'retry_with_id', message: 'wait-1' }] },
    });
    expect((posted.body as unknown as { error: { message: string } }).error.message).toMatch(/0 of 1 replicas/);
    // The update was queued on the primary, so it may still be stored; its job fails for want of a replica.
    await waitUntil(() => sys.workers[0]!.output.some((line) => line.includes('replicas acknowledged')), 'the job to fail on WAIT');
    const stored = await request<Alert>(sys.api.url, 'GET', '/v1/alerts/wait-1');
    expect(stored.status).toBe(200);
  });
});

describe('SIRENA_REDIS_MIN_REPLICAS: WAIT holds only the write connection', () => {
  let slow: TestSystem;
  beforeAll(async () => {
    slow = await startSystem({ gateways: 0, workers: 1, env: { SIRENA_REDIS_MIN_REPLICAS: '1', SIRENA_REDIS_WAIT_TIMEOUT_MS: '3000' } });
  });
  afterAll(async () => {
    await slow?.stop();
  });

  it('reads, state and readiness answer while an update waits for a replica', async () => {
    const started = performance.now();
    const posting = postUpdate(slow, { updates: [{ id: 'wait-slow-1', text: 'Troops rotated near the border', topics: ['troops'] }] });
    // Sent once the POST's WAIT (3 s without a replica) holds the API's write connection.
    const redis = new Redis(slow.redisUrl);
    try {
      await waitUntil(async () => ((await redis.call('CLIENT', 'LIST')) as string).split('\n').some((line) => line.includes('name=sirena-api-writes') && line.includes('cmd=wait')), 'the POST to wait for a replica');
    } finally {
      await redis.quit();
    }
    const timed = async (path: string) => {
      const at = performance.now();
      const { status } = await request(slow.api.url, 'GET', path);
      return { path, status, ms: performance.now() - at };
    };
    const reads = await Promise.all([timed('/v1/alerts'), timed('/v1/state'), timed('/readyz')]);
    const posted = await posting;
    expect(posted.status).toBe(503);
    // The POST took the whole WAIT; the reads did not queue behind it (they would have taken the rest of it, ~2.8 s).
    expect(performance.now() - started).toBeGreaterThanOrEqual(2900);
    for (const read of reads) {
      expect(read.status, read.path).toBe(200);
      expect(read.ms, read.path).toBeLessThan(1500);
    }
  });
});
