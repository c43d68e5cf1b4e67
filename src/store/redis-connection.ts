// ioredis connections that recover by themselves: reconnect forever with capped backoff, and say so in the logs.
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../observability/logger.js';

export interface RedisConnectionOptions {
  url: string;
  /** Shown in logs and CLIENT LIST. */
  name: string;
  logger: Logger;
  /**
   * null: a command waits for the connection to come back (BullMQ workers and blocking readers need this);
   * a number: it fails after that many reconnect attempts (request paths answer 503 instead of hanging).
   * @defaultValue null
   */
  maxRetriesPerRequest?: number | null;
  /**
   * Commands issued in one tick go out in one write (ioredis auto-pipelining): for connections that send bursts.
   * @defaultValue false
   */
  autoPipelining?: boolean;
}

/**
 * @example const redis = createRedisConnection({ url: config.redisUrl, name: 'api', logger });
 */
export function createRedisConnection(options: RedisConnectionOptions): Redis {
  const redisOptions: RedisOptions = {
    connectionName: `sirena-${options.name}`,
    maxRetriesPerRequest: options.maxRetriesPerRequest ?? null,
    enableReadyCheck: true,
    enableAutoPipelining: options.autoPipelining ?? false,
    // Reconnect forever: 50 ms, 100 ms, … capped at 2 s. A Redis restart must never need a Sirena restart.
    retryStrategy: (attempt) => Math.min(50 * attempt, 2000),
    // Also reconnect when Redis answers READONLY (a replica promoted / failover).
    reconnectOnError: (error) => (error.message.startsWith('READONLY') ? 2 : false),
  };
  const redis = new Redis(options.url, redisOptions);
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) options.logger.warn({ err: error.message, connection: options.name }, 'redis connection error');
    down = true;
  });
  redis.on('ready', () => {
    if (down) options.logger.info({ connection: options.name }, 'redis connection recovered');
    down = false;
  });
  return redis;
}

/** Resolves once the connection is ready, or rejects after timeoutMs. */
export function waitForReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Redis not ready after ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      redis.off('ready', onReady);
    };
    redis.on('ready', onReady);
  });
}

/** Pings a URL once with a throwaway connection: the start-up reachability check. */
export async function pingRedis(url: string, timeoutMs = 2000): Promise<void> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  // ioredis rejects connect() with a bare "Connection is closed"; the 'error' event has the cause (ECONNREFUSED…).
  let cause: Error | undefined;
  probe.on('error', (error: Error) => {
    cause ??= error;
  });
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw cause ?? error;
  } finally {
    probe.disconnect();
  }
}

/** Pings until Redis answers (a server just started); after timeoutMs, throws the last ping's error. */
export async function waitForRedisAnswer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await pingRedis(url, 300);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  }
}
