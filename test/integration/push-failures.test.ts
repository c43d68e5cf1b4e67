// Push across failures and expiry. The dispatcher across a failover that lost the last writes: the alert it queued a
// fanout for is gone and the new primary hands that seq to another; it must start from the new history, not skip the
// new alert under the old seq. A fanout that runs again (a crash after queueing its sends) queues each send job once.
// A subscription made with a token that has expired gets nothing more.
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/observability/logger.js';
import { DeliveryFigures } from '../../src/push/delivery-figures.js';
import { DevicePresence } from '../../src/push/device-presence.js';
import { PushDelivery } from '../../src/push/push-delivery.js';
import { PushDispatcher } from '../../src/push/push-dispatcher.js';
import type { PushSender } from '../../src/push/push-sender.js';
import { PushSubscriptions } from '../../src/push/push-subscriptions.js';
import { createPushQueue, type PushJob } from '../../src/push/push-queue.js';
import { AlertStore } from '../../src/store/alert-store.js';
import { RedisKeys } from '../../src/store/keys.js';
import { unsequencedAlert } from '../helpers/alert-fixture.js';
import { testRedisUrl, uniquePrefix, waitUntil } from '../helpers/system.js';

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
});

describe('PushDispatcher after a failover that lost writes', () => {
  it('queues a fanout for the alert now under the seq it dispatched last, and for every later one', async () => {
    const prefix = uniquePrefix();
    const keys = new RedisKeys(prefix);
    const redis = new Redis(testRedisUrl());
    const feed = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    const queueConnection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    closers.push(() => redis.quit(), () => feed.quit(), () => queueConnection.quit());
    const store = new AlertStore({ redis, keys, retention: { count: 1000, seconds: 3600 }, idempotencySeconds: 60 });
    const queue = createPushQueue({ connection: queueConnection, keys });
    closers.push(() => queue.close());
    const dispatcher = new PushDispatcher({
      feedConnection: feed,
      redis,
      keys,
      store,
      queue,
      minSeverity: 'severe',
      logger: createLogger({ level: 'silent', role: 'test' }),
    });
    await dispatcher.start();
    closers.push(() => dispatcher.stop());
    const fanouts = async () =>
      (await queue.getJobs(['waiting', 'prioritized', 'active', 'completed', 'delayed'])).map((job) => job.data as PushJob).filter((data) => data.kind === 'fanout');
    const firstEpoch = await store.epoch();

    await store.append(unsequencedAlert({ id: 'lost-1', severity: 'extreme', topics: ['kyiv-air-raids'] }));
    await waitUntil(async () => (await fanouts()).length === 1, 'the first fanout queued');

    // The failover: the promoted replica had the epoch and the dispatcher's cursor, not the alert; connections dropped.
    const lost = (await redis.keys(`${prefix}*`)).filter((key) => key === keys.seq || !key.startsWith(`${prefix}bull`) && !key.startsWith(`${prefix}push:`) && key !== keys.epoch);
    await redis.del(...lost);
    feed.disconnect(true);
    await once(feed, 'close');
    await store.append(unsequencedAlert({ id: 'new-1', severity: 'extreme', topics: ['kyiv-air-raids'] }));
    await store.append(unsequencedAlert({ id: 'new-2', severity: 'severe', topics: ['kyiv-air-raids'] }));

    await waitUntil(async () => (await fanouts()).length === 3, 'fanouts for the new history', 10_000);
    const queued = (await fanouts()).map((job) => [job.seq, job.kind === 'fanout' && job.id]).sort();
    expect(queued).toEqual([
      [1, 'lost-1'],
      [1, 'new-1'],
      [2, 'new-2'],
    ]);
    // It started the new epoch itself, as a gateway's feed tail would, and the cursor counts in it.
    const epoch = await store.epoch();
    expect(epoch).not.toBe(firstEpoch);
    expect(await redis.get(keys.pushCursorEpoch)).toBe(epoch);
    expect(Number(await redis.get(keys.pushCursor))).toBe(2);
  });
});

describe('A push dispatcher that takes over after a failover that lost writes', () => {
  it('checks the version under the cursor it takes over before dispatching, and dispatches the new history', async () => {
    const prefix = uniquePrefix();
    const keys = new RedisKeys(prefix);
    const redis = new Redis(testRedisUrl());
    const queueConnection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    closers.push(() => redis.quit(), () => queueConnection.quit());
    const store = new AlertStore({ redis, keys, retention: { count: 1000, seconds: 3600 }, idempotencySeconds: 60 });
    const queue = createPushQueue({ connection: queueConnection, keys });
    closers.push(() => queue.close());
    const dispatcherOn = (feed: Redis) =>
      new PushDispatcher({ feedConnection: feed, redis, keys, store, queue, minSeverity: 'severe', logger: createLogger({ level: 'silent', role: 'test' }) });
    const fanouts = async () =>
      (await queue.getJobs(['waiting', 'prioritized', 'active', 'completed', 'delayed'])).map((job) => job.data as PushJob).filter((data) => data.kind === 'fanout');

    const first = dispatcherOn(new Redis(testRedisUrl(), { maxRetriesPerRequest: null }));
    await first.start();
    await store.append(unsequencedAlert({ id: 'old-1', severity: 'extreme', topics: ['kyiv-air-raids'] }));
    await waitUntil(async () => (await fanouts()).length === 1, 'the first fanout queued');
    await first.stop();

    // The failover, while no dispatcher ran: the new primary had the epoch and the push keys, not the alert; two
    // alerts came in under seqs 1 and 2 before the next dispatcher took the lease.
    const lost = (await redis.keys(`${prefix}*`)).filter((key) => key === keys.seq || !key.startsWith(`${prefix}bull`) && !key.startsWith(`${prefix}push:`) && key !== keys.epoch);
    await redis.del(...lost);
    await store.append(unsequencedAlert({ id: 'next-1', severity: 'extreme', topics: ['kyiv-air-raids'] }));
    await store.append(unsequencedAlert({ id: 'next-2', severity: 'extreme', topics: ['kyiv-air-raids'] }));
    const feed = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    const second = dispatcherOn(feed);
    await second.start();
    closers.push(() => second.stop());

    await waitUntil(async () => (await fanouts()).length === 3, 'fanouts for the new history', 10_000);
    expect((await fanouts()).map((job) => [job.seq, job.kind === 'fanout' && job.id]).sort()).toEqual([
      [1, 'next-1'],
      [1, 'old-1'],
      [2, 'next-2'],
    ]);
    expect(await redis.get(keys.pushCursorId)).toBe('next-2');
  });
});

/** A store, the push queue, subscriptions and a PushDelivery over them with these senders, on a key prefix of its own. */
function pushFixture() {
  const keys = new RedisKeys(uniquePrefix());
  const redis = new Redis(testRedisUrl());
  const queueConnection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  const store = new AlertStore({ redis, keys, retention: { count: 1000, seconds: 3600 }, idempotencySeconds: 60 });
  const queue = createPushQueue({ connection: queueConnection, keys });
  closers.push(() => redis.quit(), () => queueConnection.quit(), () => queue.close());
  const subscriptions = new PushSubscriptions({ redis, keys });
  const deliveryWith = (senders: PushSender[]) =>
    new PushDelivery({
      redis,
      keys,
      store,
      subscriptions,
      presence: new DevicePresence({ redis, keys }),
      figures: new DeliveryFigures({ redis, keys }),
      queue,
      senders,
      minSeverity: 'severe',
      escalateMs: 5000,
      concurrency: 4,
      pushedTtlSeconds: 3600,
      logger: createLogger({ level: 'silent', role: 'test' }),
    });
  return { store, queue, subscriptions, deliveryWith };
}

describe('PushDelivery.fanout run twice', () => {
  it('queues each send job once, with the alert id it was made for', async () => {
    const { store, queue, subscriptions, deliveryWith } = pushFixture();
    for (let i = 0; i < 250; i++) {
      await subscriptions.add({ endpoint: `https://push.example/${i}`, keys: { p256dh: 'p', auth: 'a' }, topics: ['kyiv-air-raids'], minSeverity: 'severe' });
    }
    const delivery = deliveryWith([]);
    const { seq } = await store.append(unsequencedAlert({ id: 'twice-1', severity: 'extreme', topics: ['kyiv-air-raids'] }));
    await delivery.fanout(seq, 'twice-1');
    await delivery.fanout(seq, 'twice-1');
    const sends = (await queue.getJobs(['waiting', 'prioritized', 'delayed'])).map((job) => job.data as PushJob);
    expect(sends).toHaveLength(3);
    expect(sends.flatMap((job) => (job.kind === 'send' ? job.ids : [])).sort()).toHaveLength(250);
    expect(new Set(sends.flatMap((job) => (job.kind === 'send' ? job.ids : []))).size).toBe(250);
    expect(sends.every((job) => job.kind === 'send' && job.id === 'twice-1' && job.seq === seq)).toBe(true);
    // A fanout made for another alert than the one stored under the seq now (a failover reused it) sends nothing.
    await delivery.fanout(seq, 'gone-1');
    expect(await queue.getJobs(['waiting', 'prioritized', 'delayed'])).toHaveLength(3);
  });
});

describe('PushDelivery.send to a subscription whose token expired', () => {
  it('pushes nothing to it and removes it; one whose token is valid is pushed', async () => {
    const { store, queue, subscriptions, deliveryWith } = pushFixture();
    const base = { keys: { p256dh: 'p', auth: 'a' }, topics: ['kyiv-air-raids'], minSeverity: 'severe' as const };
    const expired = await subscriptions.add({ ...base, endpoint: 'https://push.example/expired', expiresAt: Date.now() - 1000 });
    const valid = await subscriptions.add({ ...base, endpoint: 'https://push.example/valid', expiresAt: Date.now() + 3_600_000 });
    const open = await subscriptions.add({ ...base, endpoint: 'https://push.example/open' });
    const sentTo: string[] = [];
    const delivery = deliveryWith([{ name: 'recording', handles: () => true, send: async (sub) => (sentTo.push(sub.endpoint), { status: 'sent' }), close: () => undefined }]);
    const { seq } = await store.append(unsequencedAlert({ id: 'exp-1', severity: 'extreme', topics: ['kyiv-air-raids'] }));
    await delivery.send({ kind: 'send', seq, id: 'exp-1', ids: [expired.id, valid.id, open.id], escalation: false, attempt: 0 });
    expect(sentTo.sort()).toEqual(['https://push.example/open', 'https://push.example/valid']);
    expect(await subscriptions.get(expired.id)).toBeUndefined();
    expect(await subscriptions.get(valid.id)).toBeDefined();
  });
});
