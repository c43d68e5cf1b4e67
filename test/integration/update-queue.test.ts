// UpdateProducer's depth reading against a real Redis: it answers from a cached reading, refreshes in the
// background, and never loses what was queued while a read was on its way.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcceptedUpdate } from '../../src/core/update.js';
import { UpdateProducer } from '../../src/queue/update-queue.js';
import { RedisKeys } from '../../src/store/keys.js';
import { testRedisUrl, uniquePrefix } from '../helpers/system.js';

let redis: Redis;
beforeAll(() => {
  redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
});
afterAll(async () => {
  await redis.quit();
});

let counter = 0;
const items = (n: number) =>
  Array.from({ length: n }, () => {
    counter += 1;
    const update: AcceptedUpdate = { id: `dq-${counter}`, text: 'Troops rotated near the border', receivedAt: new Date().toISOString() };
    return { update, priority: 5 };
  });

describe('UpdateProducer.depth', () => {
  it('counts every queued update while depth reads come and go', async () => {
    // Every reading is stale at once: each depth() answers from the last reading and reads again behind it.
    const producer = new UpdateProducer({ connection: redis, keys: new RedisKeys(uniquePrefix()), depthCacheMs: 0 });
    try {
      let expected = 0;
      await producer.enqueue(items(3));
      expected += 3;
      expect(await producer.depth()).toBe(expected);
      for (let round = 0; round < 30; round++) {
        // A read starts, then updates are queued behind it; whichever lands first, the next answer counts them.
        const reading = producer.depth({ fresh: true });
        await producer.enqueue(items(2));
        expected += 2;
        await reading;
        expect(await producer.depth()).toBe(expected);
      }
      expect(await producer.depth({ fresh: true })).toBe(expected);
    } finally {
      await producer.close();
    }
  });

  it('a fresh reading is read again even within the cache period', async () => {
    const keys = new RedisKeys(uniquePrefix());
    const producer = new UpdateProducer({ connection: redis, keys, depthCacheMs: 60_000 });
    try {
      await producer.enqueue(items(4));
      expect(await producer.depth()).toBe(4);
      // Workers took them all meanwhile (the queue is emptied; the counter goes back to 0).
      await producer.queue.obliterate({ force: true });
      await redis.set(keys.queuedUpdates, 0);
      expect(await producer.depth()).toBe(4);
      expect(await producer.depth({ fresh: true })).toBe(0);
    } finally {
      await producer.close();
    }
  });
});
