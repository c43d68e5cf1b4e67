// catchUp: the replay→live seam shared by Socket.IO sessions and SSE streams, gap- and duplicate-free.
//
// While a client catches up it gets no live alerts directly: the gateway's fanout offers each one to a buffer
// instead. Replay sends stored alerts up to `head` (the last seq the feed tail had delivered when catch-up began);
// every alert after head arrives through the tail, in order, into the buffer. After the last replay page the
// buffer is sent, and the client goes live in the same synchronous step as sending its last alert, so nothing can
// slip between them. Both are paced by the client: a backlogged connection is sent more only once it took some.
import { alertReach, type Alert } from '../core/alert.js';
import { meetsMinSeverity, type Severity } from '../core/severity.js';
import type { AlertStore } from '../store/alert-store.js';

/** Something the gateway's fanout offers every live alert to, in seq order. */
export interface AlertListener {
  offer(alert: Alert): void;
}

export interface CatchUpDeps {
  store: AlertStore;
  /** The feed tail's position: `lastSeq` is the last alert the gateway has fanned out, from history `epoch`. */
  tail: { readonly lastSeq: number; readonly epoch: string };
  /** The fanout's listeners: the catch-up buffer sits here while history is replayed. */
  listeners: Set<AlertListener>;
  /**
   * Live alerts one catching-up client may hold before it is closed (it then resumes with its cursor).
   * @defaultValue 100000
   */
  maxBuffered?: number;
}

export interface CatchUpRequest {
  /** Topics whose history is replayed. */
  topics: readonly string[];
  minSeverity: Severity;
  /** Replay every stored matching alert with seq > since. */
  since: number;
  /** The history `since` belongs to; when it is not the store's, everything stored is new to the client. */
  clientEpoch?: string | undefined;
  /** Which live alerts to buffer: the client's subscriptions once it is live again. */
  accepts(alert: Alert): boolean;
  /**
   * True for a stored alert the client was already sent (an earlier subscription on the same socket): replay skips it.
   * @defaultValue () => false
   */
  alreadySent?(alert: Alert): boolean;
}

export interface CatchUpTarget {
  send(alert: Alert): void;
  /** True once the client went away: the catch-up stops and nothing more is sent. */
  readonly closed: boolean;
  /** Called synchronously right after the flush: join rooms / start streaming live alerts. */
  goLive(): void;
  /** Too many live alerts arrived during replay: close the client (it resumes with its cursor). */
  overflow(): void;
  /**
   * Undefined when more may be sent now, else a promise that resolves once the client has taken enough of what was
   * sent (or went away): replay waits on it, so a slow reader holds a window of its catch-up, not all of it.
   * @defaultValue () => undefined (never waits)
   */
  writable?(): Promise<void> | undefined;
  /**
   * Whether to flush and go live when history could not be read. A socket does (its ack says to retry); an SSE
   * stream does not, since the browser would resume from the flushed ids, past the alerts replay could not send.
   * @defaultValue true
   */
  liveAfterFailure?: boolean;
}

export interface CatchUpResult {
  /** Stored alerts sent by replay. */
  replayed: number;
  /** The last seq the client is now current to. */
  last: number;
  /** Where replay started (0 when `since` came from another history). */
  from: number;
  /** The tail's position when catch-up began (0 when the tail had not yet seen the store's new history). */
  head: number;
  /** The store's history epoch. */
  epoch: string;
  /** Set when alerts after `since` but before `oldestSeq` are gone (past retention, or another history). */
  truncated?: true;
  oldestSeq?: number;
  /** History could not be read (replay stopped part-way). */
  failure?: unknown;
}

/** Replay reads this many seqs per index and round trip: big pages keep a long catch-up to a few round trips. */
const REPLAY_PAGE = 1000;

/**
 * Replays history after `since`, then flushes the live alerts that arrived meanwhile and goes live.
 * Resolves null when the client went away first. The caller must change what the fanout sends the client
 * directly (leave rooms) in the same synchronous step as calling this.
 * @example const result = await catchUp(deps, { topics, minSeverity, since, accepts }, { send, closed, goLive, overflow });
 */
export async function catchUp(deps: CatchUpDeps, request: CatchUpRequest, target: CatchUpTarget): Promise<CatchUpResult | null> {
  const { store, tail, listeners } = deps;
  const maxBuffered = deps.maxBuffered ?? 100_000;
  // Synchronous from here to the first await: capture head and start buffering.
  let head = tail.lastSeq;
  const tailEpoch = tail.epoch;
  const buffered: Alert[] = [];
  /** How many of `buffered` were sent (or skipped) already. */
  let drained = 0;
  const buffer: AlertListener = {
    offer(alert) {
      if (!request.accepts(alert)) return;
      buffered.push(alert);
      if (buffered.length - drained > maxBuffered) {
        listeners.delete(buffer);
        target.overflow();
      }
    },
  };
  listeners.add(buffer);

  const requested = new Map(request.topics.map((topic) => [topic, request.minSeverity] as const));
  let from = request.since;
  let epoch = tailEpoch;
  let replayed = 0;
  let failure: unknown;
  let extra: Pick<CatchUpResult, 'truncated' | 'oldestSeq'> = {};
  try {
    const [storeEpoch, latest] = await Promise.all([store.epoch(), store.latestSeq()]);
    epoch = storeEpoch;
    // A cursor from another history (Redis lost its data) means nothing here: everything stored is new to it.
    const otherHistory = request.clientEpoch !== undefined ? request.clientEpoch !== storeEpoch : request.since > latest;
    if (otherHistory) from = 0;
    // The tail has not noticed the new history yet: it will deliver all of it live, so replay none of it.
    if (storeEpoch !== tailEpoch) head = 0;
    const query = { topics: request.topics, minSeverity: request.minSeverity, after: from, before: head + 1 };
    const pages = store.pages({ ...query, order: 'asc', limit: 0, pageSize: REPLAY_PAGE });
    // The next page is read from Redis while this one is sent, unless the client had to be waited for: then it is
    // slower than Redis, and a page read ahead would only wait in memory.
    let readAhead = true;
    replay: for (let next = pages.next(); ; ) {
      const page = await next;
      if (page.done) break;
      if (target.closed) {
        await pages.return(undefined);
        break;
      }
      const upcoming = readAhead ? pages.next() : undefined;
      const alerts: (Alert | undefined)[] = page.value;
      for (let i = 0; i < alerts.length; i += 1) {
        const alert = alerts[i] as Alert;
        // A client waited for mid-page holds only what it has not been sent.
        alerts[i] = undefined;
        if (request.alreadySent?.(alert)) continue;
        target.send(alert);
        replayed += 1;
        const wait = target.writable?.();
        if (wait === undefined) continue;
        readAhead = false;
        await wait;
        if (target.closed) {
          await upcoming?.catch(() => undefined);
          await pages.return(undefined);
          break replay;
        }
      }
      next = upcoming ?? pages.next();
    }
    // Read after the replay: anything trimmed meanwhile counts as lost too.
    const oldest = (await store.oldestSeq()) ?? latest + 1;
    if (otherHistory || from + 1 < oldest) extra = { truncated: true, oldestSeq: oldest };
  } catch (error) {
    failure = error;
  }
  const result = { replayed, from, head, epoch, ...extra };
  if (target.closed || (failure !== undefined && target.liveAfterFailure === false)) {
    listeners.delete(buffer);
    return target.closed ? null : { ...result, last: from, failure };
  }
  // Send what arrived live meanwhile (more may arrive while the client is waited for), then go live in the same
  // synchronous step as the check that nothing is left.
  let last = Math.max(head, from);
  while (drained < buffered.length) {
    const alert = buffered[drained] as Alert;
    drained += 1;
    // At or below `since` the client already has the alerts of the topics it asked for (another gateway may be
    // ahead of this one); alerts only its other subscriptions match it has not seen.
    if (alert.seq <= from && matchesSubscriptions(alert, requested)) continue;
    target.send(alert);
    last = Math.max(last, alert.seq);
    const wait = target.writable?.();
    if (wait === undefined) continue;
    await wait;
    if (target.closed) {
      listeners.delete(buffer);
      return null;
    }
  }
  listeners.delete(buffer);
  target.goLive();
  return { ...result, last, ...(failure !== undefined && { failure }) };
}

/**
 * True when the alert is in a subscribed topic at or above that topic's minimum severity; a revision by its reach
 * (any topic and the highest severity of any of its versions).
 */
export function matchesSubscriptions(alert: Alert, subscriptions: ReadonlyMap<string, Severity>): boolean {
  const { topics, severity } = alertReach(alert);
  return topics.some((topic) => {
    const min = subscriptions.get(topic);
    return min !== undefined && meetsMinSeverity(severity, min);
  });
}
