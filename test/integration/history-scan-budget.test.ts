// GET /v1/alerts with a filter that matches little: each request reads at most HISTORY_SCAN_BUDGET stored alerts and
// ends its page early (perhaps empty) with `next` where it stopped; paging on still returns every match once.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Alert, AlertPage } from '../../src/core/alert.js';
import { HISTORY_SCAN_BUDGET, type AlertsQuery } from '../../src/core/alerts-query.js';
import { AlertStore } from '../../src/store/alert-store.js';
import { RedisKeys } from '../../src/store/keys.js';
import { unsequencedAlert } from '../helpers/alert-fixture.js';
import { request, startSystem, type TestSystem } from '../helpers/system.js';

const STORED = 2_500;

let sys: TestSystem;
let redis: Redis;
let store: AlertStore;
beforeAll(async () => {
  sys = await startSystem({ gateways: 0, workers: 0 });
  redis = new Redis(sys.redisUrl);
  store = new AlertStore({ redis, keys: new RedisKeys(sys.prefix), retention: { count: 100_000, seconds: 3600 }, idempotencySeconds: 3600 });
  // One extreme troops alert, the oldest, under 2,500 moderate ones.
  await store.append(unsequencedAlert({ id: 'the-extreme', severity: 'extreme' }));
  await Promise.all(Array.from({ length: STORED }, (_, i) => store.append(unsequencedAlert({ id: `routine-${i}` }))));
});
afterAll(async () => {
  redis?.disconnect();
  await sys?.stop();
});

/** Pages through a query as a client would, counting the stored alerts each request reads. */
async function pageThrough(query: AlertsQuery): Promise<{ found: Alert[]; pages: number; mostRead: number }> {
  const hmget = vi.spyOn(redis, 'hmget');
  const found: Alert[] = [];
  let mostRead = 0;
  let cursor: AlertPage['next'] = null;
  for (let pages = 1; ; pages++) {
    hmget.mockClear();
    const page: AlertPage = await store.historyPage({ ...query, ...cursor });
    const read = hmget.mock.calls.reduce((sum, call) => sum + call.length - 1, 0);
    mostRead = Math.max(mostRead, read);
    found.push(...page.alerts);
    cursor = page.next;
    if (!cursor) {
      hmget.mockRestore();
      return { found, pages, mostRead };
    }
  }
}

describe('a history query that matches little', () => {
  it('reads at most the scan budget per request, and paging on finds every match once', async () => {
    for (const order of ['desc', 'asc'] as const) {
      const { found, pages, mostRead } = await pageThrough({ topics: ['troops'], minSeverity: 'extreme', limit: 50, order });
      expect(found.map((alert) => alert.id)).toEqual(['the-extreme']);
      expect(mostRead).toBeLessThanOrEqual(HISTORY_SCAN_BUDGET);
      expect(pages).toBe(Math.ceil((STORED + 1) / HISTORY_SCAN_BUDGET));
    }
  });

  it('answers an empty page with `next` over HTTP, where the whole history used to be read', async () => {
    const first = await request<AlertPage>(sys.api.url, 'GET', '/v1/alerts?topic=troops&minSeverity=extreme');
    expect(first.status).toBe(200);
    expect(first.body.alerts).toEqual([]);
    const newest = STORED + 1;
    expect(first.body.next).toEqual({ before: newest - HISTORY_SCAN_BUDGET + 1 });
  });

  it('leaves unfiltered and well-matched pages as they were', async () => {
    const { found, mostRead } = await pageThrough({ topics: ['troops'], limit: 1000, order: 'asc' });
    expect(found).toHaveLength(STORED + 1);
    expect(mostRead).toBeLessThanOrEqual(1001);
    const page = await store.historyPage({ topics: ['troops'], minSeverity: 'moderate', limit: 10, order: 'desc' });
    expect(page.alerts).toHaveLength(10);
    expect(page.next).toEqual({ before: page.alerts[9]!.seq });
  });
});
