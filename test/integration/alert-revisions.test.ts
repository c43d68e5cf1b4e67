// AlertRevisions against a real Redis: the invariants replay, history and retention rely on, version after version.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import { AlertRevisions } from '../../src/lifecycle/alert-revisions.js';
import { AlertStore } from '../../src/store/alert-store.js';
import { RedisKeys } from '../../src/store/keys.js';
import { unsequencedAlert } from '../helpers/alert-fixture.js';
import { testRedisUrl, uniquePrefix } from '../helpers/system.js';

let redis: Redis;
beforeAll(() => {
  redis = new Redis(testRedisUrl());
});
afterAll(async () => {
  await redis.quit();
});

function setUp(count = 1000) {
  const keys = new RedisKeys(uniquePrefix());
  const store = new AlertStore({ redis, keys, retention: { count, seconds: 3600 }, idempotencySeconds: 3600 });
  const revisions = new AlertRevisions({ redis, keys, store, incidentTtlSeconds: 3600 });
  return { keys, store, revisions };
}

async function everything(store: AlertStore, query: { topics?: string[]; after?: number } = {}): Promise<Alert[]> {
  const out: Alert[] = [];
  for await (const page of store.pages({ ...query, order: 'asc', limit: 0, pageSize: 3 })) out.push(...page);
  return out;
}

describe('AlertRevisions.apply', () => {
  it('stores each version under a new seq on the feed; replay reads every version, history the latest once', async () => {
    const { store, revisions } = setUp();
    const original = unsequencedAlert({ topics: ['kyiv-air-raids'], severity: 'extreme', msgType: 'alert', revision: 0 });
    await store.append(original);
    const other = await store.append(unsequencedAlert({ topics: ['troops'] }));
    const one = await revisions.apply(original.id, { kind: 'update', severity: 'minor', note: 'a drill' });
    const two = await revisions.apply(original.id, { kind: 'update', topics: ['general'], note: 'not a raid' });
    expect([one.seq, two.seq]).toEqual([3, 4]);
    expect(two.reach).toEqual({ topics: ['kyiv-air-raids', 'general'], severity: 'extreme' });

    // Replay: every version, each in every topic any version had, in seq order.
    expect((await everything(store)).map((alert) => [alert.seq, alert.revision ?? 0])).toEqual([
      [1, 0],
      [other.seq, 0],
      [3, 1],
      [4, 2],
    ]);
    expect((await everything(store, { topics: ['kyiv-air-raids'] })).map((alert) => alert.seq)).toEqual([1, 3, 4]);
    expect((await everything(store, { topics: ['general'] })).map((alert) => alert.seq)).toEqual([4]);
    // The live feed has them in order too.
    expect((await store.readFeed(redis, 0, undefined)).map((entry) => [entry.seq, [...entry.topics]])).toEqual([
      [1, ['kyiv-air-raids']],
      [2, ['troops']],
      [3, ['kyiv-air-raids']],
      [4, ['kyiv-air-raids', 'general']],
    ]);
    // History: once, at its latest version; the single alert with its earlier versions.
    const page = await store.historyPage({ order: 'desc', limit: 10 } as never);
    expect(page.alerts.map((alert) => alert.seq)).toEqual([4, other.seq]);
    expect((await store.get(original.id))?.seq).toBe(4);
    expect((await store.earlierVersions(two)).map((alert) => alert.seq)).toEqual([1, 3]);
    // A later append of the same id (a publisher's repeat) stays a duplicate.
    expect((await store.append(original)).duplicate).toBe(true);
  });

  it('history (latest versions only) pages past a run of earlier versions longer than a page', async () => {
    const { store, revisions } = setUp();
    const first = unsequencedAlert();
    await store.append(first);
    for (let i = 0; i < 12; i += 1) await revisions.apply(first.id, { kind: 'update', note: `edit ${i}` });
    const last = await store.append(unsequencedAlert());
    for (const order of ['asc', 'desc'] as const) {
      const seen: number[] = [];
      for await (const page of store.pages({ order, limit: 0, pageSize: 3, latestOnly: true })) seen.push(...page.map((alert) => alert.seq));
      expect(seen).toEqual(order === 'asc' ? [13, last.seq] : [last.seq, 13]);
    }
  });

  it('refuses an unknown id (404) and any change after a cancel (409); concurrent edits each get a version', async () => {
    const { store, revisions } = setUp();
    const alert = unsequencedAlert();
    await store.append(alert);
    await expect(revisions.apply('nope', { kind: 'cancel', note: 'x' })).rejects.toMatchObject({ code: 'alert_not_found', status: 404 });
    const versions = await Promise.all(Array.from({ length: 4 }, (_, i) => revisions.apply(alert.id, { kind: 'update', note: `n${i}` })));
    expect(versions.map((version) => version.revision).sort()).toEqual([1, 2, 3, 4]);
    await revisions.apply(alert.id, { kind: 'cancel', note: 'wrong' });
    await expect(revisions.apply(alert.id, { kind: 'update', note: 'x' })).rejects.toMatchObject({ code: 'alert_cancelled', status: 409 });
    await expect(revisions.apply(alert.id, { kind: 'cancel', note: 'x' })).rejects.toMatchObject({ code: 'alert_cancelled' });
  });

  it('retention trims earlier versions like any alert, and the latest stays readable', async () => {
    const { store, revisions } = setUp(3);
    const alert = unsequencedAlert();
    await store.append(alert);
    await revisions.apply(alert.id, { kind: 'update', severity: 'severe', note: 'worse' });
    for (let i = 0; i < 3; i += 1) await store.append(unsequencedAlert());
    // Seqs 1 (version 0) and 2 (version 1) trimmed by count.
    expect(await store.get(alert.id)).toBeNull();
    const kept = unsequencedAlert();
    await store.append(kept);
    await revisions.apply(kept.id, { kind: 'update', note: 'fine' });
    expect((await store.get(kept.id))?.revision).toBe(1);
  });

  it('a trimmed revision leaves every topic index it was filed in (its reach, not only its own topics)', async () => {
    const { keys, store, revisions } = setUp(2);
    const alert = unsequencedAlert({ topics: ['kyiv-air-raids'], severity: 'extreme' });
    await store.append(alert);
    await revisions.apply(alert.id, { kind: 'update', topics: ['general'], note: 'not a raid' });
    for (let i = 0; i < 3; i += 1) await store.append(unsequencedAlert({ topics: ['troops'] }));
    // Both versions are past retention: nothing of them may stay in any index (counts and scans would see it).
    expect(await redis.zcard(keys.topic('kyiv-air-raids'))).toBe(0);
    expect(await redis.zcard(keys.topic('general'))).toBe(0);
    expect((await store.topicCounts(['kyiv-air-raids', 'general', 'troops'])).troops).toBe(2);
  });
});
