// ioredis connections that recover by themselves: reconnect forever with capped backoff, and say so in the logs. One
// Redis by URL, a Sentinel-monitored primary (followed through failovers) or a Redis Cluster.
import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import type { RedisTarget } from '../config.js';
import type { Logger } from '../observability/logger.js';

/** A connection to Sirena's Redis: one server (by URL or through Sentinel) or a cluster. */
export type RedisClient = Redis | Cluster;

export interface RedisConnectionOptions {
  /** Where Redis is (config.redis). */
  target: RedisTarget;
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

/** Reconnect forever: 50 ms, 100 ms, … capped at 2 s. A Redis restart or failover must never need a Sirena restart. */
const reconnectDelay = (attempt: number) => Math.min(50 * attempt, 2000);

/**
 * @example const redis = createRedisConnection({ target: config.redis, name: 'api', logger });
 */
export function createRedisConnection(options: RedisConnectionOptions): RedisClient {
  const { target } = options;
  const redisOptions: RedisOptions = {
    connectionName: `sirena-${options.name}`,
    maxRetriesPerRequest: options.maxRetriesPerRequest ?? null,
    enableReadyCheck: true,
    enableAutoPipelining: options.autoPipelining ?? false,
    // No CLIENT SETINFO: its LIB-VER write goes out after an asynchronous read of ioredis's package.json, on whatever
    // socket the client has then; on a socket already reset (its one 'error' listener spent), that write's error is an
    // uncaught exception that ends the process. The connection name is set all the same.
    disableClientInfo: true,
    retryStrategy: reconnectDelay,
    // Also reconnect when Redis answers READONLY (a primary demoted to replica by a failover): through Sentinel, the
    // new connection goes to the new primary.
    reconnectOnError: (error) => (error.message.startsWith('READONLY') ? 2 : false),
  };
  let redis: RedisClient;
  if (target.kind === 'cluster') {
    const clusterOptions: ClusterOptions = {
      redisOptions: { ...redisOptions, username: target.username, password: target.password },
      enableAutoPipelining: options.autoPipelining ?? false,
      enableReadyCheck: true,
      clusterRetryStrategy: reconnectDelay,
      // A failed-over slot answers MOVED / CLUSTERDOWN for a moment: retry rather than fail the command.
      retryDelayOnFailover: 100,
      retryDelayOnClusterDown: 100,
    };
    redis = new Cluster(target.nodes, clusterOptions);
  } else if (target.kind === 'sentinel') {
    redis = new Redis({
      ...redisOptions,
      sentinels: target.sentinels,
      name: target.name,
      username: target.username,
      password: target.password,
      sentinelPassword: target.sentinelPassword,
      // Learn of a failover from the sentinels' +switch-master at once, not only when the old primary stops answering.
      failoverDetector: true,
      sentinelRetryStrategy: reconnectDelay,
    });
  } else {
    redis = new Redis(target.url, redisOptions);
  }
  if (redis instanceof Redis) recoverFromEnd(redis, options);
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

/**
 * Reconnects a connection that ioredis ended by itself. ioredis gives up on a connection for good (status `end`, every
 * command then fails with "Connection is closed.") when its connector is closed while a reconnect is under way: through
 * Sentinel, the FailoverDetector of the connection lost with the old primary does exactly that when +switch-master
 * arrives during the reconnect (ioredis issue #1683 reports the symptom). A failover then left a worker whose jobs
 * failed forever. That end comes straight from `connecting`, with no `close` (every close by ioredis itself emits
 * `close` first); it is followed by a new `connect()` unless the owner called `quit()` or `disconnect()`. Copies made
 * with `duplicate()` (BullMQ's blocking connections) recover likewise.
 */
function recoverFromEnd(redis: Redis, options: RedisConnectionOptions): Redis {
  /** The owner closed it (quit or disconnect), until the owner connects it again. */
  let closing = false;
  /** A `close` was seen since the last `connecting`: an end after it is a close ioredis meant. */
  let closed = false;
  const disconnect = redis.disconnect.bind(redis);
  redis.disconnect = (reconnect = false) => {
    if (!reconnect) closing = true;
    disconnect(reconnect);
  };
  const quit = redis.quit.bind(redis);
  redis.quit = ((...args: Parameters<Redis['quit']>) => {
    closing = true;
    return quit(...args);
  }) as Redis['quit'];
  // connect() by the owner after a close on purpose (BullMQ reconnects its blocking connection so) makes it a live one
  // again. ioredis's own reconnects call connect() from `reconnecting`: they leave a quit() under way alone.
  const connect = redis.connect.bind(redis);
  redis.connect = (callback?: () => void) => {
    if (redis.status === 'end' || redis.status === 'wait') closing = false;
    return connect(callback);
  };
  redis.on('connecting', () => {
    closed = false;
  });
  redis.on('close', () => {
    closed = true;
  });
  let attempt = 0;
  redis.on('end', () => {
    if (closing || closed) return;
    attempt += 1;
    options.logger.warn({ connection: options.name }, 'redis connection ended by the client library itself; reconnecting');
    setTimeout(() => {
      if (!closing && redis.status === 'end') redis.connect().catch(() => undefined);
    }, reconnectDelay(attempt)).unref();
  });
  redis.on('ready', () => {
    attempt = 0;
  });
  const duplicate = redis.duplicate.bind(redis);
  const copyName = options.name.endsWith('-copy') ? options.name : `${options.name}-copy`;
  redis.duplicate = (override?: Partial<RedisOptions>) => recoverFromEnd(duplicate(override), { ...options, name: copyName });
  return redis;
}

/** How a target is named in messages: the URL, or the variable that lists its nodes. */
export function describeRedisTarget(target: RedisTarget): string {
  if (target.kind === 'url') return `${target.url} (REDIS_URL)`;
  const nodes = (target.kind === 'sentinel' ? target.sentinels : target.nodes).map(({ host, port }) => `${host}:${port}`).join(',');
  return target.kind === 'sentinel'
    ? `primary "${target.name}" of sentinels ${nodes} (REDIS_SENTINELS, REDIS_SENTINEL_NAME)`
    : `cluster ${nodes} (REDIS_CLUSTER_NODES)`;
}

/** A write was not acknowledged by SIRENA_REDIS_MIN_REPLICAS replicas within SIRENA_REDIS_WAIT_TIMEOUT_MS. */
export class ReplicaAckError extends Error {
  override name = 'ReplicaAckError';
}

/**
 * Waits until `replicas.min` replicas have every write this connection sent so far (Redis WAIT), or throws
 * ReplicaAckError. WAIT counts the writes of its own connection, so it goes on the one that wrote: on a cluster, the
 * connection to the node serving `slotKey` (every Sirena key shares one hash tag, so one slot).
 * @example await store.append(alert); await waitForReplicas(redis, keys.seq, { min: 1, timeoutMs: 1000 });
 */
export async function waitForReplicas(redis: RedisClient, slotKey: string, replicas: { min: number; timeoutMs: number }): Promise<void> {
  if (replicas.min <= 0) return;
  // A pipeline goes to the node of its keyed command, on the connection the writes took.
  const results = (await redis.pipeline().exists(slotKey).call('WAIT', replicas.min, replicas.timeoutMs).exec()) ?? [];
  const [error, acked] = results[1] ?? [new Error('no answer to WAIT'), 0];
  if (error) throw error;
  if (Number(acked) < replicas.min) {
    throw new ReplicaAckError(`only ${Number(acked)} of ${replicas.min} replicas acknowledged the write within ${replicas.timeoutMs} ms (SIRENA_REDIS_MIN_REPLICAS)`);
  }
}

/** Resolves once the connection is ready, or rejects after timeoutMs. */
export function waitForReady(redis: RedisClient, timeoutMs: number): Promise<void> {
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

/**
 * Pings a URL (or a Sentinel primary, or a cluster) once with a throwaway connection: the start-up reachability check.
 * A cluster answers when one of the listed nodes does and reports the cluster ok.
 */
export async function pingRedis(where: string | RedisTarget, timeoutMs = 2000): Promise<void> {
  const target: RedisTarget = typeof where === 'string' ? { kind: 'url', url: where } : where;
  if (target.kind === 'cluster') {
    let last: unknown;
    for (const node of target.nodes) {
      try {
        const state = await probe(new Redis({ ...node, username: target.username, password: target.password, ...probeOptions(timeoutMs) }), async (redis) =>
          String(await redis.call('CLUSTER', 'INFO')),
        );
        if (state.includes('cluster_state:ok')) return;
        last = new Error(`${node.host}:${node.port} reports ${/cluster_state:\w+/.exec(state)?.[0] ?? 'no cluster state'}`);
      } catch (error) {
        last = error;
      }
    }
    throw last;
  }
  const client =
    target.kind === 'sentinel'
      ? new Redis({
          ...probeOptions(timeoutMs),
          sentinels: target.sentinels,
          name: target.name,
          username: target.username,
          password: target.password,
          sentinelPassword: target.sentinelPassword,
          sentinelRetryStrategy: () => null,
        })
      : new Redis(target.url, probeOptions(timeoutMs));
  await probe(client, (redis) => redis.ping());
}

function probeOptions(timeoutMs: number): RedisOptions {
  return { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false, disableClientInfo: true };
}

/** Connects a throwaway client, runs one check on it and disconnects. */
async function probe<T>(client: Redis, check: (redis: Redis) => Promise<T>): Promise<T> {
  // ioredis rejects connect() with a bare "Connection is closed"; the 'error' event has the cause (ECONNREFUSED…).
  let cause: Error | undefined;
  client.on('error', (error: Error) => {
    cause ??= error;
  });
  try {
    await client.connect();
    return await check(client);
  } catch (error) {
    throw cause ?? error;
  } finally {
    client.disconnect();
  }
}

/**
 * Runs one check on a throwaway client to the Redis at `url` (no retries, no offline queue), then disconnects; throws
 * the connection's own error (ECONNREFUSED…) when it cannot connect.
 * @example const role = await withThrowawayClient('redis://127.0.0.1:6380', (redis) => redis.call('ROLE'));
 */
export function withThrowawayClient<T>(url: string, check: (redis: Redis) => Promise<T>, timeoutMs = 2000): Promise<T> {
  return probe(new Redis(url, probeOptions(timeoutMs)), check);
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
