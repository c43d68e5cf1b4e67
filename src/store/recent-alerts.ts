// RecentAlerts: each topic's newest alerts in memory, brought up to date from the live feed as each job starts: the
// worker's incident candidates without reading the alerts themselves on the path of every alert.
import type { RedisClient } from './redis-connection.js';
import type { Alert } from '../core/alert.js';
import type { Logger } from '../observability/logger.js';
import { FeedEntry, type AlertStore } from './alert-store.js';
import { FeedTail } from './feed-tail.js';

/** Where the update processor reads incident candidates, and tells of the alerts it stored. */
export interface CandidateSource {
  /**
   * Alerts in any of these topics received at or after `sinceIso`, newest first (by seq), at most `limit`; each
   * once, however many of the topics it has. What AlertStore.recent reads from Redis.
   */
  recent(topics: readonly string[], sinceIso: string, limit: number): Alert[];
  /** An alert this process just stored: a candidate from now on, before the feed brings it back. */
  add(alert: Alert): void;
  /**
   * Brings in what other processes stored: when it resolves, every alert stored before the call is a candidate.
   * Never rejects, and waits at most SYNC_TIMEOUT_MS: if Redis does not answer, the candidates stay as they were
   * (storing the alert is what matters).
   */
  sync(): Promise<void>;
  /**
   * How far this source has read what other processes stored: every alert with a seq up to it has been added (the
   * guard of an append that starts an incident, AppendGuard.afterSeq).
   */
  position(): number;
}

export interface RecentAlertsOptions {
  store: AlertStore;
  /** A connection of its own, so a job's feed read never waits behind a lane's appends. */
  connection: RedisClient;
  logger: Logger;
  /** Topics loaded from history at start (alerts of any other topic are kept once the feed brings them). */
  topics: readonly string[];
  /** How far back (ms, by receivedAt) history is loaded at start: older alerts are never candidates. */
  windowMs: number;
  /**
   * Newest alerts kept per topic: at least the most candidates the processor asks for.
   * @defaultValue 100
   */
  perTopic?: number;
  /** How often the feed is read when nobody asks (ms), and the epoch checked. @defaultValue FeedTail's */
  blockMs?: number;
  /**
   * How long sync() waits for the feed read before jobs go on with the candidates they have (ms).
   * @defaultValue SYNC_TIMEOUT_MS
   */
  syncTimeoutMs?: number;
}

/**
 * Longest a job waits for the feed (ms). A read takes a millisecond or two; one that hangs (a feed connection that
 * lost Redis) must not hold every job, so jobs go on with the candidates they have until it settles.
 */
export const SYNC_TIMEOUT_MS = 100;

/**
 * Loads each topic's newest alerts, then reads the feed on demand (XREAD from the seq it loaded up to): sync(), which
 * the processor calls as a job starts, adds what other workers stored; what this process stores is added at once.
 * Reading on demand instead of following the feed means an idle worker is not woken by every alert at the moment the
 * gateways fan it out (on a 2-core machine that cost ~1 ms of the latency bench's p50 and 2–3 ms of its p99), and a
 * job sees every alert stored before it started (unless the read takes longer than SYNC_TIMEOUT_MS). A timer also
 * reads the feed every blockMs, so an idle worker stays current. After Redis lost its data (a new epoch) it starts
 * empty; after being away longer than the feed holds, it loads history again.
 * @example
 * const recent = new RecentAlerts({ store, connection, logger, topics: ['troops'], windowMs: 6 * 3600_000 });
 * await recent.start();
 * await recent.sync();
 * recent.recent(['troops'], since, 100);
 */
export class RecentAlerts implements CandidateSource {
  /** Topic → its newest alerts, by seq ascending, at most perTopic; decoded when first asked for. */
  private readonly byTopic = new Map<string, FeedEntry[]>();
  private readonly perTopic: number;
  private readonly tail: FeedTail;
  /** A read outlived SYNC_TIMEOUT_MS and is still on its way: jobs do not wait for the feed until it settles. */
  private stalled = false;

  constructor(private readonly options: RecentAlertsOptions) {
    this.perTopic = options.perTopic ?? 100;
    this.tail = new FeedTail({
      store: options.store,
      connection: options.connection,
      logger: options.logger,
      onEntry: (entry) => this.file(entry),
      onEpochChange: () => this.byTopic.clear(),
      onGap: () => this.load(),
      mode: 'on-demand',
      ...(options.blockMs !== undefined && { blockMs: options.blockMs }),
    });
  }

  /** Starts reading the feed from the current end of history, then loads what history holds (the two may overlap). */
  async start(): Promise<void> {
    await this.tail.start();
    await this.load();
  }

  async stop(): Promise<void> {
    await this.tail.stop();
  }

  recent(topics: readonly string[], sinceIso: string, limit: number): Alert[] {
    const lists: FeedEntry[][] = [];
    for (const topic of new Set(topics)) {
      const list = this.byTopic.get(topic);
      if (list && list.length > 0) lists.push(list);
    }
    // A k-way merge from each list's newest end; an alert of several topics is in several lists.
    const ends = lists.map((list) => list.length - 1);
    const out: Alert[] = [];
    const corrupted: FeedEntry[] = [];
    let lastSeq = Number.POSITIVE_INFINITY;
    while (out.length < limit) {
      let pick = -1;
      for (let i = 0; i < lists.length; i++) {
        const end = ends[i]!;
        if (end >= 0 && (pick === -1 || lists[i]![end]!.seq > lists[pick]![ends[pick]!]!.seq)) pick = i;
      }
      if (pick === -1) break;
      const entry = lists[pick]![ends[pick]!]!;
      ends[pick]! -= 1;
      if (entry.seq === lastSeq) continue;
      lastSeq = entry.seq;
      let alert: Alert;
      try {
        alert = entry.alert;
      } catch (error) {
        // Not what the store writes: no candidate, but never a reason to fail the job (its alert must go out).
        corrupted.push(entry);
        this.options.logger.error({ err: (error as Error).message, seq: entry.seq }, 'corrupted feed entry: dropped from the incident candidates');
        continue;
      }
      // As the store's read: newest first, and the first one received before the window ends the list.
      if (alert.receivedAt < sinceIso) break;
      out.push(alert);
    }
    for (const entry of corrupted) this.forget(entry);
    return out;
  }

  /** Takes an entry out of every topic's list. */
  private forget(entry: FeedEntry): void {
    for (const list of this.byTopic.values()) {
      const at = list.indexOf(entry);
      if (at !== -1) list.splice(at, 1);
    }
  }

  add(alert: Alert): void {
    this.file(FeedEntry.of(alert));
  }

  sync(): Promise<void> {
    if (this.stalled) return Promise.resolve();
    // The tail logs the first failure of a run and checks the epoch on the next read.
    const read = this.tail.catchUp().then(
      () => 'read' as const,
      () => 'failed' as const,
    );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), this.options.syncTimeoutMs ?? SYNC_TIMEOUT_MS);
    });
    return Promise.race([read, late]).then((outcome) => {
      clearTimeout(timer);
      if (outcome !== 'late') return;
      this.stalled = true;
      this.options.logger.warn({ timeoutMs: this.options.syncTimeoutMs ?? SYNC_TIMEOUT_MS }, 'feed read is late: jobs go on with the candidates they have');
      void read.then(() => {
        this.stalled = false;
      });
    });
  }

  position(): number {
    return this.tail.lastSeq;
  }

  /** Files an entry under each of its topics. */
  private file(entry: FeedEntry): void {
    for (const topic of entry.topics) {
      let list = this.byTopic.get(topic);
      if (!list) {
        list = [];
        this.byTopic.set(topic, list);
      }
      // Usually the newest, so it goes at the end; the feed and this process's own appends may cross, and history
      // loaded at start overlaps the feed: find its place from the end and keep one of each seq.
      let at = list.length;
      while (at > 0 && list[at - 1]!.seq > entry.seq) at--;
      if (at > 0 && list[at - 1]!.seq === entry.seq) continue;
      if (at === 0 && list.length >= this.perTopic) continue;
      list.splice(at, 0, entry);
      if (list.length > this.perTopic) list.shift();
    }
  }

  /** Each topic's newest alerts within the window, from history. */
  private async load(): Promise<void> {
    const since = new Date(Date.now() - this.options.windowMs).toISOString();
    const topics = [...new Set([...this.options.topics, ...this.byTopic.keys()])];
    const loaded = await Promise.all(topics.map((topic) => this.options.store.recent([topic], since, this.perTopic)));
    // Oldest first, so each list fills in order.
    for (const alerts of loaded) for (let i = alerts.length - 1; i >= 0; i--) this.add(alerts[i]!);
  }
}
