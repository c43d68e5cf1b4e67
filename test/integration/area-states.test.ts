// AreaStates against a real Redis: versions applied once under the cursor whichever process reads them first,
// catch-up from history, and bounded event hashes.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import { AreaStates, MAX_AREA_EVENTS } from '../../src/lifecycle/area-states.js';
import { DEFAULT_AREAS } from '../../src/lifecycle/areas.js';
import { AlertStore } from '../../src/store/alert-store.js';
import { RedisKeys } from '../../src/store/keys.js';
import { unsequencedAlert } from '../helpers/alert-fixture.js';
import { testRedisUrl, uniquePrefix, waitUntil } from '../helpers/system.js';

let redis: Redis;
beforeAll(() => {
  redis = new Redis(testRedisUrl());
});
afterAll(async () => {
  await redis.quit();
});

function setUp() {
  const keys = new RedisKeys(uniquePrefix());
  const store = new AlertStore({ redis, keys, retention: { count: 10_000, seconds: 86_400 }, idempotencySeconds: 3600 });
  const states = () => new AreaStates({ redis, keys, store, areas: DEFAULT_AREAS, maxHours: 24 });
  return { keys, store, states };
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
async function append(store: AlertStore, text: string, publishedAt: string, severity: Alert['severity'] = 'extreme'): Promise<Alert> {
  const alert = unsequencedAlert({ topics: ['kyiv-air-raids'], severity, text, title: '', publishedAt });
  const { seq } = await store.append(alert);
  return { ...alert, seq };
}

describe('AreaStates', () => {
  it('a process that was not following catches up from history; two processes apply each version once', async () => {
    const { store, states } = setUp();
    const alert = await append(store, 'Air-raid alert in Kyiv, take shelter', minutesAgo(10));
    const api = states();
    expect((await api.snapshot()).areas[0]).toMatchObject({ area: 'kyiv-city', status: 'alert', alertId: alert.id });
    const clear = await append(store, 'All clear in Kyiv', minutesAgo(5), 'minor');
    // A gateway hands the same version on from the feed after the API caught up: nothing changes twice.
    const gateway = states();
    await gateway.sync();
    expect((await gateway.apply(clear))[0]).toMatchObject({ status: 'clear', alertId: clear.id });
    expect((await api.apply(clear))[0]).toMatchObject({ status: 'clear', alertId: clear.id });
    expect((await api.snapshot()).seq).toBe(clear.seq);
  });

  it('a version the live path never saw (stored while a gateway started, or a failed write) is not lost', async () => {
    const { store, states } = setUp();
    const gateway = states();
    await gateway.sync();
    // Stored, but never handed to this process's apply(): the start-up window, or a write that failed.
    const missed = await append(store, 'Air-raid alert in Kyiv region, Brovary: take shelter', minutesAgo(5));
    const next = await append(store, 'Air-raid alert in Kyiv, take shelter', minutesAgo(4));
    await gateway.apply(next);
    const { areas } = await states().snapshot();
    expect(areas.find((area) => area.area === 'kyiv-oblast')).toMatchObject({ status: 'alert', alertId: missed.id });
    expect(areas.find((area) => area.area === 'kyiv-city')).toMatchObject({ status: 'alert', alertId: next.id });
  });

  it('keeps at most MAX_AREA_EVENTS events an area, and the state is the newest one', async () => {
    const { keys, store, states } = setUp();
    const area = states();
    let last: Alert | undefined;
    for (let i = MAX_AREA_EVENTS + 20; i > 0; i -= 1) last = await append(store, i % 2 ? 'All clear in Kyiv' : 'Air-raid alert in Kyiv, take shelter', minutesAgo(i), i % 2 ? 'minor' : 'extreme');
    const { areas } = await area.snapshot();
    expect(areas[0]).toMatchObject({ alertId: last!.id });
    await waitUntil(async () => (await redis.hlen(keys.areaEvents('kyiv-city'))) <= MAX_AREA_EVENTS, 'pruned');
    expect((await area.read())[0]).toMatchObject({ alertId: last!.id });
  });
});
