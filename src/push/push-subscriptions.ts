// PushSubscriptions: Web Push subscriptions in Redis, indexed by topic so the fanout of an alert reads only its matches.
import { createHash, randomBytes } from 'node:crypto';
import type { RedisClient } from '../store/redis-connection.js';
import { z } from 'zod';
import { SeveritySchema, severityRank, type Severity } from '../core/severity.js';
import type { RedisKeys } from '../store/keys.js';
import { LuaScript } from '../store/lua-script.js';

export const StoredPushSubscriptionSchema = z.object({
  id: z.string(),
  endpoint: z.string(),
  keys: z.object({ p256dh: z.string(), auth: z.string() }),
  topics: z.array(z.string()),
  minSeverity: SeveritySchema,
  deviceId: z.string().optional(),
  createdAt: z.string(),
  /** The subscriber token's `exp` (ms since the epoch), when it had one: nothing is pushed to it after that. */
  expiresAt: z.number().optional(),
});
export type StoredPushSubscription = z.infer<typeof StoredPushSubscriptionSchema>;

/**
 * Replaces the endpoint's subscription (if it is still ARGV[2]) with a new one. KEYS: subs hash, endpoints hash, the
 * old subscription's topic indexes (ARGV[5] of them), then the new one's. ARGV: endpoint hash, expected old id ('' for
 * none), new id, new JSON, old topic count, new rank. Returns 0 when another request changed the endpoint meanwhile.
 */
const REPLACE = new LuaScript(`
local current = redis.call('HGET', KEYS[2], ARGV[1]) or ''
if current ~= ARGV[2] then return 0 end
local oldCount = tonumber(ARGV[5])
if current ~= '' then
  redis.call('HDEL', KEYS[1], current)
  for i = 3, 2 + oldCount do redis.call('ZREM', KEYS[i], current) end
end
redis.call('HSET', KEYS[1], ARGV[3], ARGV[4])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
for i = 3 + oldCount, #KEYS do redis.call('ZADD', KEYS[i], ARGV[6], ARGV[3]) end
return 1
`);

/** Removes subscription ARGV[1] (endpoint hash ARGV[2]). KEYS: subs hash, endpoints hash, its topic indexes. */
const REMOVE = new LuaScript(`
local removed = redis.call('HDEL', KEYS[1], ARGV[1])
if redis.call('HGET', KEYS[2], ARGV[2]) == ARGV[1] then redis.call('HDEL', KEYS[2], ARGV[2]) end
for i = 3, #KEYS do redis.call('ZREM', KEYS[i], ARGV[1]) end
return removed
`);

const endpointHash = (endpoint: string) => createHash('sha256').update(endpoint).digest('base64url');

export interface NewPushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  topics: string[];
  minSeverity: Severity;
  deviceId?: string;
  /** When the token it was made with expires (ms since the epoch). */
  expiresAt?: number;
}

/**
 * @example
 * const subs = new PushSubscriptions({ redis, keys });
 * const { id } = await subs.add({ endpoint, keys: { p256dh, auth }, topics: ['kyiv-air-raids'], minSeverity: 'severe' });
 * const ids = await subs.matching(['kyiv-air-raids'], 'extreme');
 */
export class PushSubscriptions {
  private readonly redis: RedisClient;
  private readonly keys: RedisKeys;

  constructor(deps: { redis: RedisClient; keys: RedisKeys }) {
    this.redis = deps.redis;
    this.keys = deps.keys;
  }

  /** Stores a subscription under a new random id; the same endpoint subscribed earlier is replaced. */
  async add(subscription: NewPushSubscription): Promise<StoredPushSubscription> {
    const record: StoredPushSubscription = {
      id: randomBytes(16).toString('base64url'),
      endpoint: subscription.endpoint,
      keys: subscription.keys,
      topics: [...new Set(subscription.topics)],
      minSeverity: subscription.minSeverity,
      ...(subscription.deviceId !== undefined && { deviceId: subscription.deviceId }),
      createdAt: new Date().toISOString(),
      ...(subscription.expiresAt !== undefined && { expiresAt: subscription.expiresAt }),
    };
    const hash = endpointHash(record.endpoint);
    // The old subscription's topics decide which keys the script touches: read it, then replace it only if unchanged.
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const oldId = (await this.redis.hget(this.keys.pushEndpoints, hash)) ?? '';
      const old = oldId === '' ? undefined : await this.get(oldId);
      const oldTopics = old?.topics ?? [];
      const done = await REPLACE.run(
        this.redis,
        [this.keys.pushSubscriptions, this.keys.pushEndpoints, ...oldTopics.map((t) => this.keys.pushTopic(t)), ...record.topics.map((t) => this.keys.pushTopic(t))],
        [hash, oldId, record.id, JSON.stringify(record), oldTopics.length, severityRank(record.minSeverity)],
      );
      if (done === 1) return record;
    }
    throw new Error('the push endpoint kept changing while it was subscribed');
  }

  /** Removes a subscription; false when there was none with that id. */
  async remove(id: string): Promise<boolean> {
    const record = await this.get(id);
    if (!record) return false;
    const removed = await REMOVE.run(
      this.redis,
      [this.keys.pushSubscriptions, this.keys.pushEndpoints, ...record.topics.map((t) => this.keys.pushTopic(t))],
      [id, endpointHash(record.endpoint)],
    );
    return removed === 1;
  }

  async get(id: string): Promise<StoredPushSubscription | undefined> {
    const json = await this.redis.hget(this.keys.pushSubscriptions, id);
    return json === null ? undefined : StoredPushSubscriptionSchema.parse(JSON.parse(json));
  }

  /** The subscriptions of these ids that still exist, in order. */
  async getMany(ids: readonly string[]): Promise<StoredPushSubscription[]> {
    if (ids.length === 0) return [];
    const values = await this.redis.hmget(this.keys.pushSubscriptions, ...ids);
    return values.flatMap((json) => (json === null ? [] : [StoredPushSubscriptionSchema.parse(JSON.parse(json))]));
  }

  /**
   * Ids of the subscriptions to any of these topics whose minSeverity the severity meets: one ZRANGEBYSCORE per topic
   * (the index is scored by rank), so the cost grows with the matches, not with all subscriptions.
   */
  async matching(topics: readonly string[], severity: Severity): Promise<Set<string>> {
    const pipeline = this.redis.pipeline();
    for (const topic of topics) pipeline.zrangebyscore(this.keys.pushTopic(topic), '-inf', severityRank(severity));
    const results = (await pipeline.exec()) ?? [];
    const ids = new Set<string>();
    for (const [error, members] of results) {
      if (error) throw error;
      for (const id of members as string[]) ids.add(id);
    }
    return ids;
  }

  /** How many subscriptions there are (the ops view). */
  count(): Promise<number> {
    return this.redis.hlen(this.keys.pushSubscriptions);
  }
}
