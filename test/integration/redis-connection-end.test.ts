// A connection that ioredis ends by itself is reconnected. ioredis sets a connection to `end` for good (every command
// then fails with "Connection is closed.") when its connector is closed while a reconnect is under way, which is what
// its Sentinel FailoverDetector does when +switch-master arrives during a reconnect: a Sentinel failover once left a
// worker whose jobs failed forever. Here the same race is made on purpose: the connector is closed at the moment the
// connection starts to reconnect.
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { createRedisConnection } from '../../src/store/redis-connection.js';
import { testRedisUrl, waitUntil } from '../helpers/system.js';

const opened: Redis[] = [];
afterEach(async () => {
  for (const redis of opened.splice(0)) redis.disconnect();
});

function connection(): Redis {
  const config = loadConfig({ REDIS_URL: testRedisUrl(), SIRENA_KEY_PREFIX: 'test-end:' });
  const redis = createRedisConnection({ target: config.redis, name: 'end-test', logger: createLogger({ level: 'silent', role: 'test' }) }) as Redis;
  opened.push(redis);
  return redis;
}

/** Drops the connection from the server side (CLIENT KILL): it then reconnects by itself. */
async function dropFromServer(redis: Redis): Promise<void> {
  await waitUntil(() => redis.status === 'ready', 'the connection ready');
  const id = await redis.client('ID');
  const admin = new Redis(testRedisUrl());
  try {
    await admin.client('KILL', 'ID', String(id));
  } finally {
    admin.disconnect();
  }
}

/** Drops the connection, and closes its connector as its reconnect starts (ioredis's race). */
async function endByTheLibrary(redis: Redis): Promise<void> {
  redis.once('connecting', () => (redis as unknown as { connector: { disconnect(): void } }).connector.disconnect());
  const ended = new Promise((resolve) => redis.once('end', resolve));
  await dropFromServer(redis);
  await ended;
}

describe('a Redis connection that the client library ends by itself', () => {
  it('connects again and answers commands', async () => {
    const redis = connection();
    await endByTheLibrary(redis);
    await waitUntil(() => redis.status === 'ready', 'the connection to be ready again', 5000);
    expect(await redis.ping()).toBe('PONG');
  });

  it('connects again when it is a duplicate (what BullMQ makes for its blocking reads)', async () => {
    const copy = connection().duplicate();
    copy.on('error', () => undefined);
    opened.push(copy);
    await endByTheLibrary(copy);
    await waitUntil(() => copy.status === 'ready', 'the copy to be ready again', 5000);
    expect(await copy.ping()).toBe('PONG');
  });

  it('stays closed after a quit() sent while it reconnects, behind commands waiting for the connection', async () => {
    const redis = connection();
    await dropFromServer(redis);
    await waitUntil(() => redis.status === 'reconnecting', 'the connection to be reconnecting');
    const waiting = redis.get('test-end:waiting');
    await redis.quit();
    expect(await waiting).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(redis.status).toBe('end');
  });

  it('stays closed after quit() or disconnect(), and comes back on connect()', async () => {
    const quitted = connection();
    await waitUntil(() => quitted.status === 'ready', 'ready');
    await quitted.quit();
    const dropped = connection();
    await waitUntil(() => dropped.status === 'ready', 'ready');
    dropped.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([quitted.status, dropped.status]).toEqual(['end', 'end']);
    // A close on purpose followed by connect() (BullMQ does so with its blocking connection) is a live connection again.
    await dropped.connect();
    await endByTheLibrary(dropped);
    await waitUntil(() => dropped.status === 'ready', 'the reconnected connection to recover', 5000);
  });
});
