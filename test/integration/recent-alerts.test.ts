// RecentAlerts against a real Redis: it loads each topic's newest alerts, follows the feed, and answers as
// AlertStore.recent would, without a round trip.
import { Redis } from 'ioredis';
import type { Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/observability/logger.js';
import { AlertStore } from '../../src/store/alert-store.js';
import { RedisKeys } from '../../src/store/keys.js';
import { RecentAlerts, SYNC_TIMEOUT_MS } from '../../src/store/recent-alerts.js';
import { unsequencedAlert } from '../helpers/alert-fixture.js';
import { testRedisUrl, uniquePrefix, waitUntil } from '../helpers/system.js';

const logger = createLogger({ level: 'silent', role: 'test' });
let redis: Redis;
const started: RecentAlerts[] = [];
beforeAll(() => {
  redis = new Redis(testRedisUrl());
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((recent) => recent.stop()));
});
afterAll(async () => {
  await redis.quit();
});

const newStore = (keys = new RedisKeys(uniquePrefix())) =>
  new AlertStore({ redis, keys, retention: { count: 10_000, seconds: 3600 }, idempotencySeconds: 3600 });

async function startRecent(store: AlertStore, options: { perTopic?: number; blockMs?: number } = {}): Promise<RecentAlerts> {
  const recent = new RecentAlerts({
    store,
    connection: new Redis(testRedisUrl()),
    logger,
    topics: ['troops', 'diplomacy', 'general'],
    windowMs: 3_600_000,
    ...options,
  });
  started.push(recent);
  await recent.start();
  return recent;
}

const alert = unsequencedAlert;

const idsOf = (alerts: { id: string }[]) => alerts.map((a) => a.id);
const longAgo = new Date(0).toISOString();

describe('RecentAlerts', () => {
  it('loads history at start and then answers exactly as the store does', async () => {
    const store = newStore();
    const old = new Date(Date.now() - 60_000).toISOString();
    await store.append(alert({ id: 'h-old', receivedAt: old }));
    for (const [id, topics] of [
      ['h-1', ['troops']],
      ['h-2', ['diplomacy']],
      ['h-3', ['troops', 'diplomacy']],
      ['h-4', ['general']],
      ['h-5', ['diplomacy']],
    ] as const) {
      await store.append(alert({ id, topics: [...topics] }));
    }
    const recent = await startRecent(store);
    const since = new Date(Date.now() - 30_000).toISOString();
    for (const [topics, limit, at] of [
      [['troops', 'diplomacy'], 10, since],
      [['troops', 'diplomacy'], 2, since],
      [['troops'], 10, since],
      [['troops'], 10, old],
      [['troops'], 0, since],
      [['kyiv-air-raids'], 10, since],
      [['diplomacy', 'diplomacy'], 10, since],
    ] as const) {
      expect(idsOf(recent.recent(topics, at, limit)), `${topics.join('+')} ${limit}`).toEqual(idsOf(await store.recent(topics, at, limit)));
    }
    expect(idsOf(recent.recent(['troops', 'diplomacy'], since, 10))).toEqual(['h-5', 'h-3', 'h-2', 'h-1']);
  });

  it("follows what other processes store through the feed, and keeps one of each of this process's own", async () => {
    const keys = new RedisKeys(uniquePrefix());
    const recent = await startRecent(newStore(keys));
    const other = newStore(keys);
    const mine = alert({ id: 'mine', topics: ['troops'] });
    const { seq } = await other.append(mine);
    // This process stored it: a candidate at once, and the feed's copy is not a second one.
    recent.add({ ...mine, seq });
    expect(idsOf(recent.recent(['troops'], longAgo, 10))).toEqual(['mine']);
    for (let i = 0; i < 3; i++) await other.append(alert({ id: `feed-${i}`, topics: ['troops', 'general'] }));
    await recent.sync();
    expect(recent.recent(['troops'], longAgo, 10)).toHaveLength(4);
    expect(idsOf(recent.recent(['troops', 'general'], longAgo, 10))).toEqual(['feed-2', 'feed-1', 'feed-0', 'mine']);
    expect(idsOf(recent.recent(['general'], longAgo, 2))).toEqual(['feed-2', 'feed-1']);
  });

  it('files what the feed brings by the topics beside it, decoding only what it is asked for, and drops what it cannot decode', async () => {
    const keys = new RedisKeys(uniquePrefix());
    const store = newStore(keys);
    const recent = await startRecent(store);
    await store.append(alert({ id: 'good', topics: ['diplomacy'] }));
    // An entry no reader could decode, on another topic: filed, never decoded by a read of diplomacy.
    await redis.xadd(keys.feed, '2-0', 'a', '{not json', 't', 'troops');
    await redis.incr(keys.seq);
    await store.append(alert({ id: 'after', topics: ['diplomacy'] }));
    await recent.sync();
    expect(idsOf(recent.recent(['diplomacy'], longAgo, 10))).toEqual(['after', 'good']);
    // Asked for, it cannot be decoded: it is no candidate (and is dropped), and the job that asked goes on.
    expect(recent.recent(['troops'], longAgo, 10)).toEqual([]);
    await store.append(alert({ id: 'troops-after', topics: ['troops'] }));
    await recent.sync();
    expect(idsOf(recent.recent(['troops', 'diplomacy'], longAgo, 10))).toEqual(['troops-after', 'after', 'good']);
  });

  it('keeps the newest per topic in seq order, whatever order they come in', async () => {
    const recent = await startRecent(newStore(), { perTopic: 3 });
    const at = (seq: number) => ({ ...alert({ id: `o-${seq}` }), seq });
    for (const seq of [5, 2, 7, 6, 1, 7]) recent.add(at(seq));
    expect(recent.recent(['troops'], longAgo, 10).map((a) => a.seq)).toEqual([7, 6, 5]);
  });

  it('starts empty when Redis lost its data (a new epoch), then follows the new history', async () => {
    const keys = new RedisKeys(uniquePrefix());
    const store = newStore(keys);
    await store.append(alert({ id: 'before-loss' }));
    const recent = await startRecent(store, { blockMs: 100 });
    expect(idsOf(recent.recent(['troops'], longAgo, 10))).toEqual(['before-loss']);
    const lost = await redis.keys(`${keys.prefix}*`);
    await redis.del(...lost);
    // Nobody asks: the timer (every blockMs) reads the quiet feed and checks the epoch.
    await waitUntil(() => recent.recent(['troops'], longAgo, 10).length === 0, 'the old history forgotten');
    await store.append(alert({ id: 'after-loss' }));
    await recent.sync();
    expect(idsOf(recent.recent(['troops'], longAgo, 10))).toEqual(['after-loss']);
  });

  it('sync() brings in everything stored before it, even while a read is on its way, and past one read', async () => {
    const keys = new RedisKeys(uniquePrefix());
    const connection = new Redis(testRedisUrl());
    // The first feed read's reply is held back once Redis has answered it, so a sync() call lands while it is on its way.
    const realXread = connection.xread.bind(connection) as (...args: unknown[]) => Promise<unknown>;
    let answered!: () => void;
    const firstAnswered = new Promise<void>((resolve) => (answered = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    (connection as unknown as { xread: unknown }).xread = async (...args: unknown[]) => {
      reads += 1;
      const reply = await realXread(...args);
      if (reads === 1) {
        answered();
        await released;
      }
      return reply;
    };
    // No timer read during the test (blockMs a minute): only sync() reads the feed.
    // syncTimeoutMs: reading 1,203 entries can outlast the worker's 100 ms on a loaded machine (this test is about
    // what one sync() brings in, not about the timeout, which has a test of its own).
    const recent = new RecentAlerts({
      store: newStore(keys), connection, logger, topics: ['diplomacy'], windowMs: 3_600_000, blockMs: 60_000, syncTimeoutMs: 30_000,
    });
    started.push(recent);
    await recent.start();
    const other = newStore(keys);
    await other.append(alert({ id: 's-1', topics: ['diplomacy'] }));
    const first = recent.sync();
    await firstAnswered;
    // Stored after the first read was answered: a sync() called now must wait for a read sent after it.
    await other.append(alert({ id: 's-2', topics: ['diplomacy'] }));
    const second = recent.sync();
    const third = recent.sync();
    release();
    await first;
    expect(idsOf(recent.recent(['diplomacy'], longAgo, 10))).toEqual(['s-1']);
    await second;
    expect(idsOf(recent.recent(['diplomacy'], longAgo, 10))).toEqual(['s-2', 's-1']);
    await third;
    // The second and third calls shared one read.
    expect(reads).toBe(2);
    // More than one read returns (1,000 entries): sync() reads on until the end.
    await Promise.all(Array.from({ length: 1_203 }, (_, i) => other.append(alert({ id: `bulk-${i}`, topics: ['troops'] }))));
    await recent.sync();
    expect(idsOf(recent.recent(['troops'], longAgo, 2))).toEqual(['bulk-1202', 'bulk-1201']);
  });

  /** As the worker runs it: the store on the feed's own connection (production-like retries), ready before use. */
  async function startOnOwnConnection(keys: RedisKeys, options: { topics?: string[]; blockMs?: number } = {}) {
    const connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    const store = new AlertStore({ redis: connection, keys, retention: { count: 10_000, seconds: 3600 }, idempotencySeconds: 3600 });
    const recent = new RecentAlerts({ store, connection, logger, topics: options.topics ?? ['troops'], windowMs: 3_600_000, blockMs: options.blockMs ?? 60_000 });
    started.push(recent);
    await recent.start();
    return { recent, connection };
  }

  /** Syncs until the troops candidates are `ids`, newest first (a failed or late read is tried again by the next sync). */
  async function syncUntil(recent: RecentAlerts, ids: string[], what: string) {
    await waitUntil(async () => {
      await recent.sync();
      return recent.recent(['troops'], longAgo, 10).length === ids.length;
    }, what);
    expect(idsOf(recent.recent(['troops'], longAgo, 10))).toEqual(ids);
  }

  it('sync() never rejects when the feed connection is closed: the candidates stay, and it catches up once back', async () => {
    const keys = new RedisKeys(uniquePrefix());
    await newStore(keys).append(alert({ id: 'kept' }));
    const { recent, connection } = await startOnOwnConnection(keys);
    // Closed, and not reconnecting until told: every read fails at once.
    connection.disconnect();
    await expect(recent.sync()).resolves.toBeUndefined();
    expect(idsOf(recent.recent(['troops'], longAgo, 10))).toEqual(['kept']);
    await newStore(keys).append(alert({ id: 'while-away' }));
    await expect(recent.sync()).resolves.toBeUndefined();
    expect(idsOf(recent.recent(['troops'], longAgo, 10))).toEqual(['kept']);
    await connection.connect();
    await syncUntil(recent, ['while-away', 'kept'], 'caught up after reconnecting');
  });

  it('a job waits at most SYNC_TIMEOUT_MS for a feed read that hangs, not at all while it still hangs, then catches up', async () => {
    const keys = new RedisKeys(uniquePrefix());
    await newStore(keys).append(alert({ id: 'kept' }));
    const { recent, connection } = await startOnOwnConnection(keys);
    await newStore(keys).append(alert({ id: 'while-stuck' }));
    // Redis answers, but nothing is read off the socket: the read hangs as on a connection whose peer went silent.
    const socket = (connection as unknown as { stream: Socket }).stream;
    socket.pause();
    let since = performance.now();
    await recent.sync();
    const firstWait = performance.now() - since;
    expect(firstWait).toBeGreaterThanOrEqual(SYNC_TIMEOUT_MS - 5);
    expect(firstWait).toBeLessThan(SYNC_TIMEOUT_MS + 1000);
    expect(idsOf(recent.recent(['troops'], longAgo, 10))).toEqual(['kept']);
    // The read is still on its way: the next job does not wait for it.
    since = performance.now();
    await recent.sync();
    expect(performance.now() - since).toBeLessThan(SYNC_TIMEOUT_MS);
    socket.resume();
    await syncUntil(recent, ['while-stuck', 'kept'], 'caught up once the read settled');
  });

  it('after a data loss found on a quiet feed, the same sync() reads the new history', async () => {
    const keys = new RedisKeys(uniquePrefix());
    const store = newStore(keys);
    await store.append(alert({ id: 'before-loss' }));
    // blockMs a minute: no timer read during the test, and the epoch is due for a check only once the clock is moved.
    const { recent } = await startOnOwnConnection(keys);
    await redis.del(...(await redis.keys(`${keys.prefix}*`)));
    // The new history's seq 1 is not past the old lastSeq (1): the read comes back empty and finds the new epoch.
    await store.append(alert({ id: 'after-loss' }));
    const realNow = performance.now.bind(performance);
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => realNow() + 61_000);
    try {
      await recent.sync();
    } finally {
      clock.mockRestore();
    }
    expect(idsOf(recent.recent(['troops'], longAgo, 10))).toEqual(['after-loss']);
  });
});
