// AlertStore against a real Redis: seq, idempotency, indexes, retention, paging and the live feed.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Severity } from '../../src/core/severity.js';
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

function newStore(options: { count?: number; seconds?: number } = {}) {
  const keys = new RedisKeys(uniquePrefix());
  const store = new AlertStore({
    redis,
    keys,
    retention: { count: options.count ?? 1000, seconds: options.seconds ?? 3600 },
    idempotencySeconds: 3600,
  });
  return { store, keys };
}

const alert = unsequencedAlert;

describe('AlertStore.append', () => {
  it('gives strictly increasing seqs and stores exactly what it was given', async () => {
    const { store } = newStore();
    const input = alert({ source: 'Reuters', url: 'https://example.org/x', lang: 'uk' });
    const first = await store.append(input);
    const second = await store.append(alert());
    expect(first).toEqual({ seq: 1, duplicate: false });
    expect(second.seq).toBe(2);
    expect(await store.get(input.id)).toEqual({ ...input, seq: 1 });
    expect(await store.latestSeq()).toBe(2);
  });

  it('is idempotent per id, and concurrent appends get contiguous seqs', async () => {
    const { store } = newStore();
    const one = alert();
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () => store.append(one)),
      ...Array.from({ length: 200 }, () => store.append(alert())),
    ]);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(201);
    expect(new Set(results.filter((r) => r.duplicate).map((r) => r.seq)).size).toBe(1);
    const seqs = results.filter((r) => !r.duplicate).map((r) => r.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 201 }, (_, i) => i + 1));
  });

  it('keeps appending after Redis forgot its scripts (as after a restart)', async () => {
    const { store } = newStore();
    await store.append(alert());
    await redis.script('FLUSH');
    expect((await store.append(alert())).seq).toBe(2);
  });

  it('with a guard, refuses an alert when the guard topics got an alert after its seq that it does not know of', async () => {
    const { store } = newStore();
    const kyiv = ['kyiv-air-raids'];
    await store.append(alert({ id: 'g1', topics: kyiv }));
    await store.append(alert({ id: 'g2', topics: ['troops'] }));
    // Seq 2 is on another topic, and nothing after seq 1 on Kyiv's: stored.
    expect(await store.append(alert({ id: 'g3', topics: kyiv }), { afterSeq: 1, topics: kyiv, known: [] })).toEqual({ seq: 3, duplicate: false });
    // Seq 3 on Kyiv's topic is after the guard's seq and unknown: refused, nothing written.
    const refused = await store.append(alert({ id: 'g4', topics: ['general'] }), { afterSeq: 1, topics: ['general', ...kyiv], known: [] });
    expect(refused).toEqual({ seq: 0, duplicate: false, conflict: true });
    expect(await store.get('g4')).toBeNull();
    expect(await store.latestSeq()).toBe(3);
    // Known (its worker's own job stored it): stored; and a repeated id is a duplicate before any guard.
    expect(await store.append(alert({ id: 'g4', topics: kyiv }), { afterSeq: 1, topics: kyiv, known: ['g3'] })).toEqual({ seq: 4, duplicate: false });
    expect(await store.append(alert({ id: 'g4', topics: kyiv }), { afterSeq: 0, topics: kyiv, known: [] })).toEqual({ seq: 4, duplicate: true });
  });

  it('indexes by topic and incident, and counts per topic', async () => {
    const { store } = newStore();
    await store.append(alert({ id: 'x1', topics: ['troops', 'diplomacy'], incidentId: 'inc-x' }));
    await store.append(alert({ id: 'x2', topics: ['diplomacy'], incidentId: 'inc-x' }));
    await store.append(alert({ id: 'x3', topics: ['general'] }));
    expect(await store.topicCounts(['troops', 'diplomacy', 'general', 'kyiv-air-raids'])).toEqual({
      troops: 1,
      diplomacy: 2,
      general: 1,
      'kyiv-air-raids': 0,
    });
    expect((await store.incident('inc-x')).map((a) => a.id)).toEqual(['x1', 'x2']);
    expect(await store.incident('nope')).toEqual([]);
  });

  it('pages an incident, and tells how big and how old incidents are', async () => {
    const { store } = newStore();
    const started = '2025-03-01T01:00:00+02:00';
    for (let i = 0; i < 5; i += 1) {
      await store.append(alert({ id: `p${i}`, incidentId: 'inc-p', publishedAt: i === 0 ? started : new Date().toISOString() }));
    }
    const first = await store.incidentPage('inc-p', { limit: 2 });
    expect(first.alerts.map((a) => a.id)).toEqual(['p0', 'p1']);
    expect(first.next).toEqual({ after: 2 });
    const rest = await store.incidentPage('inc-p', { after: 2, limit: 3 });
    expect([rest.alerts.map((a) => a.id), rest.next]).toEqual([['p2', 'p3', 'p4'], null]);
    expect(await store.incidentPage('nope', { limit: 2 })).toEqual({ alerts: [], next: null });
    expect([await store.hasIncident('inc-p'), await store.hasIncident('nope')]).toEqual([true, false]);

    const summaries = await store.incidentSummaries(['inc-p', 'nope', 'inc-p2'], new Set(['inc-p', 'nope']));
    expect(summaries.get('inc-p')).toEqual({ reports: 5, startedAt: Date.parse(started) });
    expect(summaries.get('nope')).toEqual({ reports: 0 });
    // Not asked for its start (the caller knows it): only its size.
    await store.append(alert({ id: 'q0', incidentId: 'inc-p2' }));
    expect((await store.incidentSummaries(['inc-p2'], new Set())).get('inc-p2')).toEqual({ reports: 1 });
  });

  it('drops the oldest beyond the retention count, from every index', async () => {
    const { store } = newStore({ count: 5 });
    for (let i = 0; i < 8; i += 1) await store.append(alert({ id: `r${i}`, incidentId: 'inc-r' }));
    expect(await store.oldestSeq()).toBe(4);
    expect(await store.get('r0')).toBeNull();
    expect((await store.topicCounts(['troops'])).troops).toBe(5);
    expect((await store.incident('inc-r')).map((a) => a.seq)).toEqual([4, 5, 6, 7, 8]);
    expect((await store.range({ order: 'asc', limit: 100 })).map((a) => a.seq)).toEqual([4, 5, 6, 7, 8]);
  });

  it('drops alerts older than the retention age', async () => {
    const { store } = newStore({ seconds: 60 });
    const old = new Date(Date.now() - 120_000).toISOString();
    await store.append(alert({ id: 'old1', receivedAt: old }));
    await store.append(alert({ id: 'old2', receivedAt: old }));
    await store.append(alert({ id: 'fresh' }));
    expect(await store.get('old1')).toBeNull();
    expect(await store.get('old2')).toBeNull();
    expect((await store.get('fresh'))?.seq).toBe(3);
  });

  it('reads the age of the oldest alert without being fooled by its text, and clears an index entry whose alert is gone', async () => {
    const { store, keys } = newStore({ seconds: 60 });
    const old = new Date(Date.now() - 120_000).toISOString();
    const future = new Date(Date.now() + 3_600_000).toISOString();
    // A text that looks like a newer receivedAt must not keep an old alert.
    await store.append(alert({ id: 'tricky', receivedAt: old, text: `"receivedAt":"${future}"`, title: `{"receivedAt":"${future}"}` }));
    await store.append(alert({ id: 'kept', text: `"receivedAt":"${old}"` }));
    expect(await store.get('tricky')).toBeNull();
    expect((await store.get('kept'))?.seq).toBe(2);
    // An index entry left without its alert (say, a hand edit) is trimmed, not an error.
    await redis.hdel(keys.alerts, '2');
    const next = await store.append(alert({ id: 'after' }));
    expect(next.seq).toBe(3);
    expect(await redis.zscore(keys.log, 'kept')).toBeNull();
    expect((await store.get('after'))?.seq).toBe(3);
  });
});

describe('AlertStore.range', () => {
  it('pages across several topics with a severity filter, in both orders, each alert once', async () => {
    const { store } = newStore({ count: 10_000 });
    const severities: Severity[] = ['unknown', 'minor', 'moderate', 'severe', 'extreme'];
    const topicSets = [['troops'], ['diplomacy'], ['troops', 'diplomacy'], ['general']];
    for (let i = 0; i < 1200; i += 1) {
      await store.append(alert({ id: `p${i}`, topics: topicSets[i % 4]!, severity: severities[i % 5]! }));
    }
    const expected = Array.from({ length: 1200 }, (_, i) => ({ seq: i + 1, i }))
      .filter(({ i }) => i % 4 !== 3 && i % 5 >= 3)
      .map(({ seq }) => seq);
    const asc = await store.range({ topics: ['troops', 'diplomacy'], minSeverity: 'severe', order: 'asc', limit: 10_000 });
    expect(asc.map((a) => a.seq)).toEqual(expected);
    const desc = await store.range({ topics: ['diplomacy', 'troops'], minSeverity: 'severe', order: 'desc', limit: 10_000 });
    expect(desc.map((a) => a.seq)).toEqual([...expected].reverse());
    const window = await store.range({ after: 100, before: 110, order: 'asc', limit: 100 });
    expect(window.map((a) => a.seq)).toEqual([101, 102, 103, 104, 105, 106, 107, 108, 109]);
    const limited = await store.range({ topics: ['general'], order: 'desc', limit: 3 });
    expect(limited.map((a) => a.seq)).toEqual([1200, 1196, 1192]);
  });
});

describe('AlertStore feed and epoch', () => {
  it('the feed returns entries after a seq, in order, and blocks until one arrives', async () => {
    const { store } = newStore();
    await store.append(alert({ id: 'f1' }));
    const reader = redis.duplicate();
    try {
      await store.append(alert({ id: 'f2', topics: ['troops', 'diplomacy'] }));
      const entries = await store.readFeed(reader, 0, 100);
      expect(entries.map((e) => [e.seq, e.alert.id, e.topics])).toEqual([
        [1, 'f1', ['troops']],
        [2, 'f2', ['troops', 'diplomacy']],
      ]);
      // The alert is exactly what clients get, and the topics come beside it.
      expect(entries[1]!.alert).toEqual(await store.get('f2'));
      const pending = store.readFeed(reader, 2, 5000);
      await store.append(alert({ id: 'f3' }));
      expect((await pending).map((e) => e.seq)).toEqual([3]);
      expect(await store.readFeed(reader, 3, 50)).toEqual([]);
      expect(await store.oldestFeedSeq()).toBe(1);
    } finally {
      reader.disconnect();
    }
  });

  it('renews the epoch only from the one the caller saw, so racing gateways rotate it once', async () => {
    const { store } = newStore();
    const epoch = await store.epoch();
    const renewed = await store.renewEpoch(epoch);
    expect(renewed).not.toBe(epoch);
    expect(await store.renewEpoch(epoch)).toBe(renewed);
    expect(await store.epoch()).toBe(renewed);
  });

  it('keeps its epoch until the key is lost', async () => {
    const { store, keys } = newStore();
    const epoch = await store.epoch();
    expect(await store.epoch()).toBe(epoch);
    await redis.del(keys.epoch);
    expect(await store.epoch()).not.toBe(epoch);
  });
});

describe('AlertStore.recent', () => {
  it('gives the newest alerts of any of the topics, once each, newest first, within the limit and since the cutoff', async () => {
    const { store } = newStore({ count: 8 });
    const old = new Date(Date.now() - 60_000).toISOString();
    await store.append(alert({ id: 'r-old', topics: ['troops'], receivedAt: old }));
    for (const [id, topics] of [
      ['r-1', ['troops']],
      ['r-2', ['diplomacy']],
      ['r-3', ['troops', 'diplomacy']],
      ['r-4', ['general']],
      ['r-5', ['diplomacy']],
    ] as const) {
      await store.append(alert({ id, topics: [...topics] }));
    }
    const since = new Date(Date.now() - 30_000).toISOString();
    const ids = async (topics: string[], limit: number) => (await store.recent(topics, since, limit)).map((a) => a.id);
    expect(await ids(['troops', 'diplomacy'], 10)).toEqual(['r-5', 'r-3', 'r-2', 'r-1']);
    expect(await ids(['troops', 'diplomacy'], 2)).toEqual(['r-5', 'r-3']);
    expect(await ids(['troops'], 10)).toEqual(['r-3', 'r-1']);
    expect(await ids(['troops'], 0)).toEqual([]);
    expect(await ids(['kyiv-air-raids'], 10)).toEqual([]);
    // Without a cutoff in the way, the older one is a candidate too.
    expect((await store.recent(['troops'], old, 10)).map((a) => a.id)).toEqual(['r-3', 'r-1', 'r-old']);
    // Retention: trimmed alerts are never returned.
    for (let i = 0; i < 8; i++) await store.append(alert({ topics: ['general'] }));
    expect(await ids(['troops', 'diplomacy'], 10)).toEqual([]);
  });
});
