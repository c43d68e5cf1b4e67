// A failover that lost the last writes (Sentinel or Cluster promoted a replica that had not received them): the feed
// tail delivered an alert that is gone, and the new primary hands its seq to another. The tail must start a new epoch
// rather than skip the new alert under the old seq.
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/observability/logger.js';
import { AlertStore, type FeedEntry } from '../../src/store/alert-store.js';
import { FeedTail } from '../../src/store/feed-tail.js';
import { RedisKeys } from '../../src/store/keys.js';
import { unsequencedAlert } from '../helpers/alert-fixture.js';
import { testRedisUrl, uniquePrefix, waitUntil } from '../helpers/system.js';

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
});

describe('FeedTail after a failover that lost writes', () => {
  it('starts a new epoch when another alert now has the seq it delivered last, and delivers the new history', async () => {
    const prefix = uniquePrefix();
    const keys = new RedisKeys(prefix);
    const redis = new Redis(testRedisUrl());
    const feed = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    closers.push(() => redis.quit(), () => feed.quit());
    const store = new AlertStore({ redis, keys, retention: { count: 1000, seconds: 3600 }, idempotencySeconds: 60 });
    const delivered: FeedEntry[] = [];
    const epochs: string[] = [];
    const tail = new FeedTail({
      store,
      connection: feed,
      logger: createLogger({ level: 'silent', role: 'test' }),
      onEntry: (entry) => delivered.push(entry),
      onEpochChange: (epoch) => epochs.push(epoch),
      blockMs: 200,
    });
    await tail.start();
    closers.push(() => tail.stop());
    const firstEpoch = tail.epoch;

    await store.append(unsequencedAlert({ id: 'lost-1' }));
    await waitUntil(() => delivered.length === 1, 'the first alert delivered');

    // The failover: the promoted replica had the epoch but not the alert; the feed connection dropped.
    const lost = (await redis.keys(`${prefix}*`)).filter((key) => key !== keys.epoch);
    await redis.del(...lost);
    feed.disconnect(true);
    await once(feed, 'close');
    await store.append(unsequencedAlert({ id: 'new-1' }));
    await store.append(unsequencedAlert({ id: 'new-2' }));

    await waitUntil(() => delivered.length === 3, 'the new history delivered');
    expect(delivered.map((entry) => [entry.seq, entry.alert.id])).toEqual([
      [1, 'lost-1'],
      [1, 'new-1'],
      [2, 'new-2'],
    ]);
    expect(epochs).toHaveLength(1);
    expect(epochs[0]).not.toBe(firstEpoch);
    expect(await store.epoch()).toBe(epochs[0]);
  });
});
