// DeliveryFigures: per-alert delivery counts in Redis (sockets sent, acks, pushes sent/failed…), written by every
// gateway and push worker, read by the ops view and /metrics.
import type { RedisClient } from '../store/redis-connection.js';
import type { RedisKeys } from '../store/keys.js';

/** What is counted per alert version. */
export const DELIVERY_FIGURES = [
  /** Sockets the alert was emitted to (every gateway). */
  'socketsSent',
  /** `ack`s received for it (sockets and POST /v1/push/acks). */
  'acks',
  /** Subscriptions the fanout chose for it (pushed at once or after the escalation delay). */
  'pushTargets',
  /** Pushes the push service accepted. */
  'pushSent',
  /** Pushes refused for good, or still failing after every retry. */
  'pushFailed',
  /** Subscriptions found gone (404/410) and removed. */
  'pushGone',
  /** Pushes put off for a retry (429, 5xx, network). */
  'pushRetried',
  /** Escalation pushes not sent because the device acked in time. */
  'pushSuppressed',
] as const;
export type DeliveryFigure = (typeof DELIVERY_FIGURES)[number];

export type DeliveryCounts = Record<DeliveryFigure, number>;

/** How long one alert's figures are kept (s), and how many alerts the recent list holds. */
const FIGURES_TTL_S = 7 * 24 * 3600;
const RECENT_KEPT = 500;

/**
 * Counts are added up in memory and written every `flushMs` in one pipeline (a gateway with 10,000 sockets would
 * otherwise write 10,000 acks one by one); `flushMs: 0` writes at once.
 * @example
 * const figures = new DeliveryFigures({ redis, keys, flushMs: 50 });
 * figures.add(alert.seq, { socketsSent: 120 });
 * const recent = await figures.recent(20);
 */
export class DeliveryFigures {
  private pending = new Map<number, Partial<DeliveryCounts>>();
  private pendingAcks = new Map<number, Set<string>>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private readonly redis: RedisClient;
  private readonly keys: RedisKeys;
  private readonly flushMs: number;
  /** How long an alert's ack set is kept (s): beyond any escalation delay. */
  private readonly ackTtlS: number;

  constructor(deps: { redis: RedisClient; keys: RedisKeys; flushMs?: number; ackTtlSeconds?: number }) {
    this.redis = deps.redis;
    this.keys = deps.keys;
    this.flushMs = deps.flushMs ?? 0;
    this.ackTtlS = deps.ackTtlSeconds ?? 3600;
  }

  /** Adds to an alert's figures (and the totals). */
  add(seq: number, counts: Partial<DeliveryCounts>): Promise<void> {
    const entry = this.pending.get(seq) ?? {};
    for (const [figure, n] of Object.entries(counts) as [DeliveryFigure, number][]) {
      if (n > 0) entry[figure] = (entry[figure] ?? 0) + n;
    }
    this.pending.set(seq, entry);
    return this.schedule();
  }

  /** A device acked an alert version: counted, and remembered so that its escalation push is not sent. */
  ack(seq: number, deviceId: string | undefined): Promise<void> {
    if (deviceId !== undefined) {
      const devices = this.pendingAcks.get(seq) ?? new Set<string>();
      devices.add(deviceId);
      this.pendingAcks.set(seq, devices);
    }
    return this.add(seq, { acks: 1 });
  }

  private schedule(): Promise<void> {
    if (this.flushMs === 0) return this.flush();
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.flush().catch(() => undefined);
      }, this.flushMs);
      this.timer.unref();
    }
    return Promise.resolve();
  }

  /** Writes what was added since the last flush, in one pipeline (lost if Redis fails: figures are for operators). */
  flush(): Promise<void> {
    const counts = this.pending;
    const acks = this.pendingAcks;
    this.pending = new Map();
    this.pendingAcks = new Map();
    if (counts.size === 0 && acks.size === 0) return this.flushing;
    this.flushing = this.flushing.then(async () => {
      const pipeline = this.redis.pipeline();
      for (const [seq, devices] of acks) {
        pipeline.sadd(this.keys.pushAcks(seq), ...devices);
        pipeline.expire(this.keys.pushAcks(seq), this.ackTtlS);
      }
      const totals = new Map<string, number>();
      for (const [seq, entry] of counts) {
        const key = this.keys.delivery(seq);
        for (const [figure, n] of Object.entries(entry)) {
          pipeline.hincrby(key, figure, n);
          totals.set(figure, (totals.get(figure) ?? 0) + n);
        }
        pipeline.expire(key, FIGURES_TTL_S);
        pipeline.zadd(this.keys.deliveryRecent, seq, String(seq));
      }
      for (const [figure, n] of totals) pipeline.hincrby(this.keys.deliveryTotals, figure, n);
      if (counts.size > 0) pipeline.zremrangebyrank(this.keys.deliveryRecent, 0, -RECENT_KEPT - 1);
      const results = (await pipeline.exec()) ?? [];
      const failed = results.find(([error]) => error);
      if (failed) throw failed[0];
    });
    return this.flushing;
  }

  /** The figures of the `limit` most recent alerts that have any, newest first. */
  async recent(limit: number): Promise<({ seq: number } & DeliveryCounts)[]> {
    const seqs = (await this.redis.zrevrange(this.keys.deliveryRecent, 0, limit - 1)).map(Number);
    if (seqs.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const seq of seqs) pipeline.hgetall(this.keys.delivery(seq));
    const results = (await pipeline.exec()) ?? [];
    return seqs.map((seq, i) => ({ seq, ...countsOf((results[i]?.[1] ?? {}) as Record<string, string>) }));
  }

  /** Every figure summed over all alerts (monotonic). */
  async totals(): Promise<DeliveryCounts> {
    return countsOf(await this.redis.hgetall(this.keys.deliveryTotals));
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush().catch(() => undefined);
  }
}

function countsOf(hash: Record<string, string>): DeliveryCounts {
  return Object.fromEntries(DELIVERY_FIGURES.map((figure) => [figure, Number(hash[figure] ?? 0)])) as DeliveryCounts;
}
