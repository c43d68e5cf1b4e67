// DevicePresence: which devices have a socket or SSE stream open on some gateway (Redis, so every gateway and push
// worker sees it): a present device's push waits for its ack; an absent one is pushed at once.
import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../store/redis-connection.js';
import type { RedisKeys } from '../store/keys.js';

/** A connection's entry expires unless its gateway renews it: a gateway that died leaves no device "present" for long. */
const ENTRY_TTL_MS = 60_000;
const RENEW_EVERY_MS = 20_000;

/**
 * @example
 * const presence = new DevicePresence({ redis, keys });
 * const leave = presence.join('phone-1'); // on connect
 * leave(); // on disconnect
 * await presence.present(['phone-1', 'laptop-2']); // [true, false]
 */
export class DevicePresence {
  /** This process's open connections: connection id → device id. */
  private readonly open = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  private readonly redis: RedisClient;
  private readonly keys: RedisKeys;
  private readonly instance = randomUUID().slice(0, 8);
  private counter = 0;

  constructor(deps: { redis: RedisClient; keys: RedisKeys }) {
    this.redis = deps.redis;
    this.keys = deps.keys;
  }

  /** Marks the device present while this connection is open; call the returned function when it closes. */
  join(deviceId: string): () => void {
    const connection = `${this.instance}-${(this.counter += 1)}`;
    this.open.set(connection, deviceId);
    this.write([[connection, deviceId]]);
    if (!this.timer) {
      this.timer = setInterval(() => this.write([...this.open]), RENEW_EVERY_MS);
      this.timer.unref();
    }
    return () => {
      if (!this.open.delete(connection)) return;
      this.redis.zrem(this.keys.pushDevice(deviceId), connection).catch(() => undefined);
    };
  }

  private write(entries: [connection: string, deviceId: string][]): void {
    if (entries.length === 0) return;
    const expiresAt = Date.now() + ENTRY_TTL_MS;
    const pipeline = this.redis.pipeline();
    for (const [connection, deviceId] of entries) {
      const key = this.keys.pushDevice(deviceId);
      pipeline.zadd(key, expiresAt, connection);
      pipeline.zremrangebyscore(key, '-inf', Date.now());
      pipeline.pexpire(key, ENTRY_TTL_MS);
    }
    pipeline.exec().catch(() => undefined);
  }

  /** For each device: true when some gateway holds an unexpired connection of it. */
  async present(deviceIds: readonly string[]): Promise<boolean[]> {
    if (deviceIds.length === 0) return [];
    const now = Date.now();
    const pipeline = this.redis.pipeline();
    for (const deviceId of deviceIds) pipeline.zcount(this.keys.pushDevice(deviceId), now, '+inf');
    const results = (await pipeline.exec()) ?? [];
    return results.map(([error, n]) => {
      if (error) throw error;
      return Number(n) > 0;
    });
  }

  /** Stops renewing and removes this process's entries. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    const pipeline = this.redis.pipeline();
    for (const [connection, deviceId] of this.open) pipeline.zrem(this.keys.pushDevice(deviceId), connection);
    this.open.clear();
    await pipeline.exec().catch(() => undefined);
  }
}
