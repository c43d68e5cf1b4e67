// SIRENA_REDIS_MIN_REPLICAS on a Redis without replicas: nothing is acknowledged. Ingest answers 503 unavailable with
// Retry-After and the ids to retry with; the worker stores the alert but never calls its job done.
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
