// PushDispatcher: follows the live feed and queues a push fanout for each alert version that may be pushed. One
// worker process holds the lease at a time (the others stand by), and a cursor in Redis lets the next one resume.
import { randomUUID } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { RedisClient } from '../store/redis-connection.js';
import type { Severity } from '../core/severity.js';
import type { Logger } from '../observability/logger.js';
import type { AlertStore } from '../store/alert-store.js';
import type { RedisKeys } from '../store/keys.js';
import { LuaScript } from '../store/lua-script.js';
import { mayPush } from './push-delivery.js';
import { fanoutJobId, type PushJob } from './push-queue.js';

/** Takes or renews the lease KEYS[1] for ARGV[1] (ARGV[2] ms); 1 when this instance holds it. */
const LEASE = new LuaScript(`
local holder = redis.call('GET', KEYS[1])
if holder == false or holder == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
`);
/**
 * Moves the cursor KEYS[1] forward to ARGV[1] (never back) with the id of the alert there, KEYS[2] = ARGV[2]: what a
 * later leader checks the history under the cursor by.
 */
const ADVANCE = new LuaScript(`
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then
  redis.call('SET', KEYS[1], ARGV[1])
  redis.call('SET', KEYS[2], ARGV[2])
end
return 1
`);
/** A new history: its epoch ARGV[1] in KEYS[3], the cursor KEYS[1] back to 0 and its alert id KEYS[2] gone, at once. */
const RESET = new LuaScript(`
redis.call('SET', KEYS[3], ARGV[1])
redis.call('SET', KEYS[1], '0')
redis.call('DEL', KEYS[2])
return 1
`);

/** Gives the lease KEYS[1] up if ARGV[1] holds it. */
const RELEASE = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

const LEASE_MS = 10_000;
const RENEW_MS = 2_000;
const BLOCK_MS = 2_000;

export interface PushDispatcherOptions {
  /** A connection of its own: the feed read blocks it. */
  feedConnection: RedisClient;
  redis: RedisClient;
  keys: RedisKeys;
  store: AlertStore;
  queue: Queue<PushJob>;
  minSeverity: Severity;
  logger: Logger;
}

/**
 * @example const dispatcher = new PushDispatcher({ ... }); dispatcher.start(); … await dispatcher.stop();
 */
export class PushDispatcher {
  private readonly id = randomUUID();
  private leading = false;
  /**
   * Connection drops seen, and how many of them the history under the cursor was checked after: another drop means
   * it must be checked again before dispatching on.
   */
  private drops = 0;
  private checkedDrops = 0;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private loop: Promise<void> | undefined;
  private readonly options: PushDispatcherOptions;

  constructor(options: PushDispatcherOptions) {
    this.options = options;
  }

  /**
   * Starts standing for the lease. The cursor is set first (to the end of history, when no dispatcher ever ran), so
   * every alert stored after this resolves is pushed, whichever worker takes the lease.
   */
  async start(): Promise<void> {
    const { redis, keys, store } = this.options;
    if ((await redis.get(keys.pushCursor)) === null) {
      const [epoch, latest] = await Promise.all([store.epoch(), store.latestSeq()]);
      await redis.set(keys.pushCursorEpoch, epoch, 'NX');
      await redis.set(keys.pushCursor, latest, 'NX');
    }
    // After a reconnect (a Redis restart, a failover) the history may have changed under the cursor: checked before
    // anything read across it is dispatched.
    const dropped = () => {
      this.drops += 1;
    };
    // A cluster reconnects node by node (a failed master's connection just ends) without closing as a whole.
    for (const connection of [redis, this.options.feedConnection]) {
      connection.on('close', dropped);
      connection.on('node error', dropped);
      connection.on('-node', dropped);
    }
    const tick = () => {
      this.renew().catch((error: Error) => this.options.logger.warn({ err: error.message }, 'push dispatcher lease check failed'));
    };
    tick();
    this.timer = setInterval(tick, RENEW_MS);
    this.timer.unref();
  }

  private async renew(): Promise<void> {
    if (this.stopped) return;
    const held = (await LEASE.run(this.options.redis, [this.options.keys.pushDispatcher], [this.id, LEASE_MS])) === 1;
    if (held && !this.leading && !this.stopped) {
      this.leading = true;
      this.options.logger.info('push dispatcher: this worker queues push fanouts');
      this.loop = this.follow()
        .catch((error: Error) => this.options.logger.warn({ err: error.message }, 'push dispatcher stopped following the feed'))
        .finally(() => {
          this.leading = false;
        });
    } else if (!held) {
      this.leading = false;
    }
  }

  /** Reads the feed from the cursor and queues a fanout per pushable version, while this instance holds the lease. */
  private async follow(): Promise<void> {
    const { redis, keys, store, queue, logger, feedConnection } = this.options;
    // Set by start() (the first dispatcher ever begins at the end of history: older alerts are not pushed). Read in
    // the loop, so a Redis error here is retried like any other rather than ending the process.
    let cursor: number | undefined;
    /** The epoch the cursor counts in, and the last version this leader dispatched (what a lost write is seen by). */
    let epoch: string | undefined;
    let last: { seq: number; id: string } | undefined;
    // A leader that takes over checks the history under the cursor before it dispatches anything.
    this.checkedDrops = this.drops - 1;
    while (this.leading && !this.stopped) {
      try {
        if (cursor === undefined || epoch === undefined) {
          const [kept, keptEpoch, keptId] = await redis.mget(keys.pushCursor, keys.pushCursorEpoch, keys.pushCursorId);
          cursor = Number(kept ?? (await store.latestSeq()));
          epoch = keptEpoch ?? (await store.epoch());
          // The version the last leader dispatched last: checked like this leader's own.
          last = typeof keptId === 'string' && cursor > 0 ? { seq: cursor, id: keptId } : undefined;
          // A cursor kept before its epoch was: it counts in the history of now.
          await redis.set(keys.pushCursorEpoch, epoch, 'NX');
        }
        const entries = await store.readFeed(feedConnection, cursor, BLOCK_MS, 1000);
        // Taken after the read: ioredis sends a read that was on its way again after reconnecting, so its reply may
        // come from the new history.
        const drops = this.drops;
        // On a quiet feed, and before dispatching what was read across a reconnect: is this still the cursor's history?
        if (entries.length === 0 || drops !== this.checkedDrops) {
          const now = await store.historyEpoch({ epoch, seq: cursor, last });
          // Only a check that went through counts (a failed one is made again after the next read).
          this.checkedDrops = drops;
          if (now !== epoch) {
            // Seqs started over (Redis lost its data, or a failover lost the last writes, so seqs below or above the
            // cursor now name other alerts): the new history is dispatched from its start. Versions already dispatched
            // keep their fanout job ids and sent markers (by seq and id), so none is pushed twice; the fanout skips
            // versions older than the push TTL.
            logger.warn({ cursor, previous: epoch, epoch: now }, 'push dispatcher: the history changed (new epoch); dispatching it from its start');
            cursor = 0;
            epoch = now;
            last = undefined;
            await RESET.run(redis, [keys.pushCursor, keys.pushCursorId, keys.pushCursorEpoch], [now]);
            continue;
          }
        }
        if (entries.length === 0) continue;
        const jobs = entries
          .map((entry) => entry.alert)
          .filter((alert) => mayPush(alert, this.options.minSeverity))
          .map((alert) => ({ name: 'fanout', data: { kind: 'fanout' as const, seq: alert.seq, id: alert.id }, opts: { jobId: fanoutJobId(alert), priority: 1 } }));
        if (jobs.length > 0) await queue.addBulk(jobs);
        const newest = entries[entries.length - 1]!;
        cursor = newest.seq;
        last = { seq: newest.seq, id: newest.alert.id };
        await ADVANCE.run(redis, [keys.pushCursor, keys.pushCursorId], [cursor, newest.alert.id]);
      } catch (error) {
        if (this.stopped) return;
        // What the next read brings may come from another history: checked first.
        this.drops += 1;
        logger.warn({ err: (error as Error).message }, 'push dispatcher: feed read failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.leading = false;
    clearInterval(this.timer);
    this.options.feedConnection.disconnect();
    await this.loop?.catch(() => undefined);
    // Hand the lease on at once rather than after it expires.
    await RELEASE.run(this.options.redis, [this.options.keys.pushDispatcher], [this.id]).catch(() => undefined);
  }
}
