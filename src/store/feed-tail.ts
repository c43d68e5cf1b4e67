// FeedTail: reads the live feed stream in seq order, gap-free across Redis restarts, and hands each alert on.
import type { Redis } from 'ioredis';
import type { Logger } from '../observability/logger.js';
import { FeedEntry, type AlertStore } from './alert-store.js';

export interface FeedTailOptions {
  store: AlertStore;
  /** A dedicated connection: XREAD BLOCK holds it. */
  connection: Redis;
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
   * How long one XREAD blocks (ms); between reads the tail checks the epoch.
   * @defaultValue 2000
   */
  blockMs?: number;
}

/**
 * @example
 * const tail = new FeedTail({ store, connection, logger, onEntry: (entry) => fanout(entry.alert) });
 * await tail.start();
 */
export class FeedTail {
  /** The last seq handed to onEntry: everything up to here has been delivered. */
  lastSeq = 0;
  epoch = '';
  private running = false;
  /** Set when the feed connection dropped: Redis may have come back empty, so the epoch must be checked. */
  private epochUncertain = false;
  private loop: Promise<void> | undefined;
  private readonly options: FeedTailOptions;

  constructor(options: FeedTailOptions) {
    this.options = options;
  }

  /** Starts tailing from the current end of history (old alerts are for replay, not for live). */
  async start(): Promise<void> {
    this.epoch = await this.options.store.epoch();
    this.lastSeq = await this.options.store.latestSeq();
    this.running = true;
    // ioredis re-sends a pending XREAD after reconnecting, so a restart may never surface as an error here.
    this.options.connection.on('close', () => {
      this.epochUncertain = true;
    });
    this.loop = this.run();
  }

  get isRunning(): boolean {
    return this.running;
  }

  async stop(): Promise<void> {
    this.running = false;
    // Unblock a pending XREAD at once.
    this.options.connection.disconnect();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { store, connection, logger } = this.options;
    let failures = 0;
    while (this.running) {
      try {
        const entries = await store.readFeed(connection, this.lastSeq, this.options.blockMs ?? 2000);
        failures = 0;
        // If Redis came back empty and new alerts already passed our old lastSeq, these entries would skip the
        // new history's first seqs: check the epoch before delivering anything read across a reconnect.
        if (this.epochUncertain) {
          this.epochUncertain = false;
          if (await this.checkEpoch()) continue;
        }
        if (entries.length === 0) {
          await this.checkEpoch();
          continue;
        }
        const first = entries[0];
        if (first && first.seq > this.lastSeq + 1) await this.fillGap(first.seq);
        for (const entry of entries) {
          if (entry.seq > this.lastSeq) this.deliver(entry);
        }
      } catch (error) {
        if (!this.running) return;
        failures += 1;
        this.epochUncertain = true;
        if (failures === 1) logger.warn({ err: (error as Error).message }, 'feed read failed; retrying until Redis is back');
        await new Promise((resolve) => setTimeout(resolve, Math.min(100 * failures, 1000)));
      }
    }
  }

  private deliver(entry: FeedEntry): void {
    this.lastSeq = entry.seq;
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
    let epoch = await this.options.store.epoch();
    // Same epoch but seqs behind what we delivered: Redis came back from a persistence file that missed the last
    // writes, and those seqs will be handed out again to other alerts. That is a new history too.
    if (epoch === this.epoch && (await this.options.store.latestSeq()) < this.lastSeq) {
      epoch = await this.options.store.renewEpoch(epoch);
    }
    if (epoch === this.epoch) return false;
    this.options.logger.warn({ previous: this.epoch, epoch }, 'Redis history was reset (new epoch): seqs start over');
    this.epoch = epoch;
    this.lastSeq = 0;
    this.options.onEpochChange?.(epoch);
    return true;
  }
}
