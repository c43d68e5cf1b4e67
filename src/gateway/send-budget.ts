// SendBudget: what one connection may have queued and unsent, and how long it may take none of a backlog, before it is dropped.

/** A connection's outgoing side as the budget sees it (Socket.IO's Engine.IO connection, or an SSE response). */
export interface Outbox {
  /** Bytes queued for the client that the kernel has not taken yet. */
  queuedBytes(): number;
  /** Bytes the kernel has taken so far: the stall clock's measure of progress. */
  takenBytes(): number;
  /** Closes the connection at once, discarding what is queued (the client resumes from its cursor). */
  abort(): void;
}

export interface SendBudgetOptions {
  /** Queued bytes beyond which the connection is dropped. */
  maxBytes: number;
  /** How long a backlogged connection may take nothing before it is dropped (ms). */
  stalledTimeoutMs: number;
  /** Called once, before the connection is aborted: why, and what it had queued (for the log and metrics). */
  onDrop(reason: DropReason, queuedBytes: number): void;
}

/** over_budget: more than maxBytes queued; stalled: a backlog untouched for stalledTimeoutMs; overflow: the caller's own limit. */
export type DropReason = 'over_budget' | 'stalled' | 'overflow';

/** Replay sends until this much is queued, then waits for the client to take it (unless the budget is smaller). */
const REPLAY_WINDOW_BYTES = 256 * 1024;

/**
 * Live alerts cannot wait for one slow client: they are queued, and a connection whose queue passes `maxBytes` is
 * dropped. Replay can wait: it sends while the connection is not backlogged and awaits `writable()` when it is, so a
 * catch-up over all of history holds a window, not the history. A backlog the client takes nothing of for
 * `stalledTimeoutMs` (a reader that stopped reading, even one that still answers pings) gets the connection dropped.
 * @example
 * const budget = new SendBudget(outbox, { maxBytes: 4 << 20, stalledTimeoutMs: 10000, onDrop });
 * write(chunk); budget.queued();            // after every write
 * transport.on('drain', () => budget.progressed());
 * await budget.writable();                  // replay: before the next alert
 */
export class SendBudget {
  /** Queued bytes above which the connection is backlogged: replay waits and the stall clock runs. */
  readonly backlogBytes: number;
  private stallClock: NodeJS.Timeout | undefined;
  private takenAtLastTick = 0;
  private readonly waiters: (() => void)[] = [];
  private done = false;
  private readonly outbox: Outbox;
  private readonly options: SendBudgetOptions;

  constructor(outbox: Outbox, options: SendBudgetOptions) {
    this.outbox = outbox;
    this.options = options;
    this.backlogBytes = Math.min(REPLAY_WINDOW_BYTES, Math.floor(options.maxBytes / 4));
  }

  /** True once the connection closed or was dropped: send nothing more. */
  get closed(): boolean {
    return this.done;
  }

  get backlogged(): boolean {
    return !this.done && this.outbox.queuedBytes() > this.backlogBytes;
  }

  /** Call after queueing anything: drops the connection beyond its budget, starts the stall clock on a backlog. */
  queued(): void {
    if (this.done) return;
    const queued = this.outbox.queuedBytes();
    if (queued > this.options.maxBytes) this.drop('over_budget');
    else if (queued > this.backlogBytes && this.stallClock === undefined) this.startStallClock();
  }

  /** Call when the transport handed some of the queue to the kernel: wakes a waiting replay once the backlog is gone. */
  progressed(): void {
    if (this.done || this.backlogged) return;
    clearTimeout(this.stallClock);
    this.stallClock = undefined;
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Undefined when more may be sent now; else a promise that resolves once it may (or the connection is gone). */
  writable(): Promise<void> | undefined {
    if (!this.backlogged) return undefined;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Drops the connection: `onDrop`, then the outbox is aborted. */
  drop(reason: DropReason): void {
    if (this.done) return;
    const queued = this.outbox.queuedBytes();
    this.finish();
    this.options.onDrop(reason, queued);
    this.outbox.abort();
  }

  /** Call when the connection closed: the clock stops and waiting replays resume (and see `closed`). */
  close(): void {
    this.finish();
  }

  private finish(): void {
    this.done = true;
    clearTimeout(this.stallClock);
    this.stallClock = undefined;
    for (const wake of this.waiters.splice(0)) wake();
  }

  private startStallClock(): void {
    this.takenAtLastTick = this.outbox.takenBytes();
    this.stallClock = setTimeout(() => this.onStallTick(), this.options.stalledTimeoutMs);
    this.stallClock.unref();
  }

  private onStallTick(): void {
    this.stallClock = undefined;
    if (this.done) return;
    if (!this.backlogged) {
      this.progressed();
      return;
    }
    // Still backlogged: dropped only when the client took nothing at all since the last tick.
    if (this.outbox.takenBytes() === this.takenAtLastTick) this.drop('stalled');
    else this.startStallClock();
  }
}
