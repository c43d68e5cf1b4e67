// FeedTail: reads the live feed stream in seq order, gap-free across Redis restarts, and hands each alert on.
import type { RedisClient } from './redis-connection.js';
import type { Logger } from '../observability/logger.js';
import { FeedEntry, type AlertStore } from './alert-store.js';

/** Most entries one feed read returns. */
const FEED_READ_COUNT = 1000;

export interface FeedTailOptions {
  store: AlertStore;
  /** A dedicated connection: XREAD BLOCK holds it. */
  connection: RedisClient;
  logger: Logger;
  /** Called for every entry, in strictly increasing seq order, never twice (`entry.alert` decodes it). */
  onEntry: (entry: FeedEntry) => void;
  /** Called when the store's epoch changed (Redis lost its data): seqs start over. */
  onEpochChange?: (epoch: string) => void;
  /**
   * Called instead of reading the missed alerts from history when the feed was trimmed past this tail (it was away
   * long): for a reader that keeps only the newest alerts and reloads those itself. The tail then goes on from the
   * feed's oldest entry. Unset: every missed alert is read from history and handed to onEntry.
   */
  onGap?: (missed: { from: number; to: number }) => Promise<void>;
  /**
   * How long one XREAD blocks (ms); between reads the tail checks the epoch. On demand: how often it reads (and
   * checks the epoch) by itself when nobody asks.
   * @defaultValue 2000
   */
  blockMs?: number;
  /**
   * 'follow' (default): a loop blocks on the feed and hands each entry on as soon as it is stored. 'on-demand': no
   * blocking read; catchUp() reads what came since, and a timer every blockMs keeps up when nobody asks. For a
   * reader that needs the feed only at certain moments: its process is not woken by every alert.
   */
  mode?: 'follow' | 'on-demand';
}

/**
 * @example
 * const tail = new FeedTail({ store, connection, logger, onEntry: (entry) => fanout(entry.alert) });
 * await tail.start();
 * // On demand: every entry stored before this call has been handed on when it resolves.
 * const onDemand = new FeedTail({ store, connection, logger, onEntry, mode: 'on-demand' });
 * await onDemand.start();
 * await onDemand.catchUp();
 */
export class FeedTail {
  /** The last seq handed to onEntry: everything up to here has been delivered. */
  lastSeq = 0;
  /** The entry at lastSeq, when it came from the feed: what a failover that lost it is recognised by. */
  private lastEntry: FeedEntry | undefined;
  epoch = '';
  private running = false;
  /** Set when the feed connection dropped: Redis may have come back empty, so the epoch must be checked. */
  private epochUncertain = false;
  private loop: Promise<void> | undefined;
  /** On demand: the read on its way, and the one that goes out after it (shared by everyone who asks meanwhile). */
  private reading: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastEpochCheck = 0;
  /** Failed reads in a row (the first of a run is logged). */
  private failures = 0;
  private readonly options: FeedTailOptions;

  constructor(options: FeedTailOptions) {
    this.options = options;
  }

  /** Starts tailing from the current end of history (old alerts are for replay, not for live). */
  async start(): Promise<void> {
    this.epoch = await this.options.store.epoch();
    this.lastSeq = await this.options.store.latestSeq();
    this.lastEpochCheck = performance.now();
    this.running = true;
    // ioredis re-sends a pending XREAD after reconnecting, so a restart may never surface as an error here.
    const uncertain = () => {
      this.epochUncertain = true;
    };
    this.options.connection.on('close', uncertain);
    // A cluster reconnects node by node (its failover included) without closing as a whole.
    this.options.connection.on('node error', uncertain);
    this.options.connection.on('-node', uncertain);
    if (this.options.mode !== 'on-demand') {
      this.loop = this.run();
      return;
    }
    this.timer = setInterval(() => this.catchUp().catch(() => undefined), this.blockMs);
    this.timer.unref();
  }

  /**
   * On demand: reads the feed from lastSeq and hands each new entry on; when it resolves, every entry stored before
   * the call has been. Calls while a read is on its way share the one read sent after it. Rejects when Redis does
   * not answer (the next call tries again, checking the epoch first).
   */
  catchUp(): Promise<void> {
    if (!this.running) return Promise.reject(new Error('the feed tail is stopped'));
    if (this.queued) return this.queued;
    if (!this.reading) {
      this.reading = this.readOnce().finally(() => {
        this.reading = undefined;
      });
      return this.reading;
    }
    // The read on its way may have left before what this caller waits for was stored.
    this.queued = this.reading
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.catchUp();
      });
    return this.queued;
  }

  get isRunning(): boolean {
    return this.running;
  }

  async stop(): Promise<void> {
    this.running = false;
    clearInterval(this.timer);
    // Unblock a pending XREAD at once.
    this.options.connection.disconnect();
    await Promise.all([this.loop, this.reading?.catch(() => undefined)]);
  }

  private get blockMs(): number {
    return this.options.blockMs ?? 2000;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.step(this.blockMs);
      } catch (error) {
        if (!this.running) return;
        this.failed(error);
        await new Promise((resolve) => setTimeout(resolve, Math.min(100 * this.failures, 1000)));
      }
    }
  }

  private async readOnce(): Promise<void> {
    try {
      // A read returns at most FEED_READ_COUNT entries: read on until one comes back short.
      while ((await this.step(undefined)) >= FEED_READ_COUNT && this.running);
    } catch (error) {
      if (this.running) this.failed(error);
      throw error;
    }
  }

  private failed(error: unknown): void {
    this.failures += 1;
    this.epochUncertain = true;
    if (this.failures === 1) this.options.logger.warn({ err: (error as Error).message }, 'feed read failed; retrying until Redis is back');
  }

  /** One read (blocking for blockMs, or not at all) and what it brings handed on, in order; how many it read. */
  private async step(blockMs: number | undefined): Promise<number> {
    const entries = await this.options.store.readFeed(this.options.connection, this.lastSeq, blockMs, FEED_READ_COUNT);
    this.failures = 0;
    // If Redis came back empty and new alerts already passed our old lastSeq, these entries would skip the new
    // history's first seqs: check the epoch before delivering anything read across a reconnect.
    if (this.epochUncertain) {
      this.epochUncertain = false;
      // A new history: lastSeq is 0 now, so read again (and count this one as a full read).
      if (await this.checkEpoch()) return FEED_READ_COUNT;
    }
    if (entries.length === 0) {
      // A quiet feed: the moment to check the epoch (at most every blockMs, so no caller on demand waits for it often).
      // A new history: lastSeq is 0 now, so read again, or a caller on demand would get nothing of it.
      if (performance.now() - this.lastEpochCheck >= this.blockMs && (await this.checkEpoch())) return FEED_READ_COUNT;
      return 0;
    }
    const first = entries[0];
    if (first && first.seq > this.lastSeq + 1) await this.fillGap(first.seq);
    for (const entry of entries) {
      if (entry.seq > this.lastSeq) this.deliver(entry);
    }
    return entries.length;
  }

  private deliver(entry: FeedEntry): void {
    this.lastSeq = entry.seq;
    this.lastEntry = entry;
    try {
      this.options.onEntry(entry);
    } catch (error) {
      this.options.logger.error({ err: error, seq: entry.seq }, 'alert delivery failed');
    }
  }

  /** The feed was trimmed past us (we were away long): read the missing seqs from history. */
  private async fillGap(nextSeq: number): Promise<void> {
    const missed = { from: this.lastSeq + 1, to: nextSeq - 1 };
    if (this.options.onGap) {
      this.options.logger.info(missed, 'feed gap: the reader reloads what it keeps');
      await this.options.onGap(missed);
      this.lastSeq = missed.to;
      return;
    }
    this.options.logger.warn(missed, 'feed gap: reading missed alerts from history');
    for await (const page of this.options.store.pages({ after: this.lastSeq, before: nextSeq, order: 'asc', limit: 0 })) {
      for (const alert of page) if (alert.seq > this.lastSeq) this.deliver(FeedEntry.of(alert));
    }
  }

  /** True when the epoch changed (lastSeq is then 0). */
  private async checkEpoch(): Promise<boolean> {
    this.lastEpochCheck = performance.now();
    // Also a new history: seqs behind what we delivered, or another alert under the last seq we delivered.
    const entry = this.lastEntry;
    const last = entry && entry.seq === this.lastSeq ? { seq: entry.seq, id: entry.alert.id } : undefined;
    const epoch = await this.options.store.historyEpoch({ epoch: this.epoch, seq: this.lastSeq, last });
    if (epoch === this.epoch) return false;
    this.options.logger.warn({ previous: this.epoch, epoch }, 'Redis history was reset (new epoch): seqs start over');
    this.epoch = epoch;
    this.lastSeq = 0;
    this.options.onEpochChange?.(epoch);
    return true;
  }
}
