// SocketSession: one socket's subscriptions, and the replay→live seam that makes `since` gap- and duplicate-free.
//
// The seam: while a socket catches up it is in no room, so live alerts reach it only through `offer()` into a
// buffer. Replay sends stored alerts up to `head` (the last seq the feed tail had delivered when catch-up began);
// every alert after head arrives through the tail, in order, into the buffer. After the last replay page the
// buffer is flushed and the rooms rejoined in one synchronous step, so nothing can slip between them.
import type { Socket } from 'socket.io';
import type { Alert } from '../core/alert.js';
import { describeZodIssues } from '../core/app-error.js';
import type { ErrorCode } from '../core/error-codes.js';
import { meetsMinSeverity, severityRank, type Severity } from '../core/severity.js';
import {
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
  type AckError,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type SubscribeAck,
  type SubscribeAckOk,
  type UnsubscribeAck,
} from '../core/subscription.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { AlertStore } from '../store/alert-store.js';
import { roomFor } from './rooms.js';
import { grantAllows, type TopicGrant } from './subscriber-auth.js';

export interface SocketData {
  grant: TopicGrant;
}

export type GatewaySocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface SessionDeps {
  store: AlertStore;
  /** The feed tail's position: `lastSeq` is the last alert the gateway has fanned out. */
  tail: { readonly lastSeq: number; readonly epoch: string };
  knownTopics: ReadonlySet<string>;
  /** The gateway's set of sessions catching up; the fanout offers each live alert to them. */
  catchingUp: Set<SocketSession>;
  logger: Logger;
  metrics: Metrics;
  /**
   * Live alerts a catching-up socket may hold before it is disconnected (its client then resumes with `since`).
   * @defaultValue 100000
   */
  maxBuffered?: number;
  /**
   * Topics one socket may be subscribed to at once; a subscribe beyond it gets invalid_request.
   * @defaultValue 64
   */
  maxTopics?: number;
  /**
   * subscribe + unsubscribe calls one socket may make per minute; beyond it they get rate_limited.
   * @defaultValue 60
   */
  opsPerMinute?: number;
}

type Ack<T> = ((response: T) => void) | undefined;

function ackError(code: ErrorCode, message: string, issues?: unknown): AckError {
  return { ok: false, error: { code, message, ...(issues === undefined ? {} : { issues }) } };
}

/** What a socket has been sent for one topic: every alert at `level` or above with seq > `after`. */
interface Coverage {
  level: Severity;
  after: number;
}

export class SocketSession {
  /** topic → minimum severity. */
  readonly subscriptions = new Map<string, Severity>();
  /**
   * topic → what this socket already has of it. A resubscribe on the same socket skips those alerts in replay,
   * so calling subscribe again (even with a stale `since`) never sends an alert twice.
   */
  private readonly coverage = new Map<string, Coverage>();
  private buffer: Alert[] | null = null;
  /** A fixed one-minute window of subscribe/unsubscribe calls (a counter per socket needs no library). */
  private opsWindow = { start: 0, count: 0 };
  private ops: Promise<void> = Promise.resolve();
  private readonly socket: GatewaySocket;
  private readonly deps: SessionDeps;

  constructor(socket: GatewaySocket, deps: SessionDeps) {
    this.socket = socket;
    this.deps = deps;
    socket.on('subscribe', (request, ack) => {
      if (this.allowOp(ack)) this.enqueue(() => this.subscribe(request, ack));
    });
    socket.on('unsubscribe', (request, ack) => {
      if (this.allowOp(ack)) this.enqueue(() => this.unsubscribe(request, ack));
    });
    socket.on('disconnect', () => {
      this.buffer = null;
      deps.catchingUp.delete(this);
    });
  }

  /** A live alert for a session that is catching up: kept for the flush if it matches. */
  offer(alert: Alert): void {
    if (!this.buffer || !matches(alert, this.subscriptions)) return;
    this.buffer.push(alert);
    if (this.buffer.length > (this.deps.maxBuffered ?? 100_000)) {
      this.deps.logger.warn({ socket: this.socket.id }, 'catch-up buffer overflow: disconnecting (the client resumes)');
      this.socket.disconnect(true);
    }
  }

  /** Counts the call against the socket's rate; over it, acks rate_limited (checked before queueing, so a flood costs nothing). */
  private allowOp(ack: unknown): boolean {
    const now = Date.now();
    if (now - this.opsWindow.start >= 60_000) this.opsWindow = { start: now, count: 0 };
    this.opsWindow.count += 1;
    const limit = this.deps.opsPerMinute ?? 60;
    if (this.opsWindow.count <= limit) return true;
    const retryMs = this.opsWindow.start + 60_000 - now;
    reply(ack as Ack<AckError>, ackError('rate_limited', `more than ${limit} subscribe/unsubscribe calls a minute; retry in ${Math.ceil(retryMs / 1000)} s`));
    return false;
  }

  /** Operations on one socket run one after another, so two catch-ups never interleave. */
  private enqueue(op: () => Promise<void>): void {
    this.ops = this.ops.then(op).catch((error: unknown) => {
      this.deps.logger.error({ err: error, socket: this.socket.id }, 'socket operation failed');
    });
  }

  private validateTopics(topics: readonly string[]): AckError | null {
    const unknown = topics.find((topic) => !this.deps.knownTopics.has(topic));
    if (unknown !== undefined) return ackError('unknown_topic', `unknown topic ${JSON.stringify(unknown)}`);
    const denied = topics.find((topic) => !grantAllows(this.socket.data.grant, topic));
    if (denied !== undefined) return ackError('forbidden', `your token does not allow topic ${JSON.stringify(denied)}`);
    return null;
  }

  private async subscribe(raw: unknown, ack: Ack<SubscribeAck>): Promise<void> {
    const parsed = SubscribeRequestSchema.safeParse(raw);
    if (!parsed.success) {
      reply(ack, ackError('invalid_request', 'subscribe takes { topics: [ids], minSeverity?, since?, epoch? }', describeZodIssues(parsed.error.issues)));
      return;
    }
    const { topics, since, epoch } = parsed.data;
    const minSeverity = parsed.data.minSeverity ?? 'unknown';
    const invalid = this.validateTopics(topics);
    if (invalid) {
      reply(ack, invalid);
      return;
    }
    const maxTopics = this.deps.maxTopics ?? 64;
    const total = new Set([...this.subscriptions.keys(), ...topics]).size;
    if (total > maxTopics) {
      reply(ack, ackError('invalid_request', `a socket may subscribe to at most ${maxTopics} topics (this would make ${total})`));
      return;
    }
    if (since === undefined) {
      const head = this.deps.tail.lastSeq;
      for (const topic of topics) {
        this.cover(topic, minSeverity, head);
        this.setSubscription(topic, minSeverity);
      }
      reply(ack, this.okAck(0, head, this.deps.tail.epoch));
      return;
    }
    await this.catchUp(topics, minSeverity, since, epoch, ack);
  }

  private async catchUp(
    topics: string[],
    minSeverity: Severity,
    since: number,
    clientEpoch: string | undefined,
    ack: Ack<SubscribeAck>,
  ): Promise<void> {
    const { store, tail, catchingUp, metrics } = this.deps;
    // Synchronous from here to the first await: capture head, leave every room, start buffering.
    let head = tail.lastSeq;
    const tailEpoch = tail.epoch;
    const previous = new Map(this.coverage);
    for (const [topic, level] of this.subscriptions) void this.socket.leave(roomFor(topic, level));
    for (const topic of topics) this.subscriptions.set(topic, minSeverity);
    const requested = new Map(topics.map((topic) => [topic, minSeverity] as const));
    this.buffer = [];
    catchingUp.add(this);

    let from = since;
    let epoch = tailEpoch;
    let replayed = 0;
    let failure: unknown;
    let extra: Pick<SubscribeAckOk, 'truncated' | 'oldestSeq'> = {};
    try {
      const [storeEpoch, latest] = await Promise.all([store.epoch(), store.latestSeq()]);
      epoch = storeEpoch;
      // A cursor from another history (Redis lost its data) means nothing here: everything stored is new to it.
      const otherHistory = clientEpoch !== undefined ? clientEpoch !== storeEpoch : since > latest;
      if (otherHistory) from = 0;
      // The tail has not noticed the new history yet: it will deliver all of it live, so replay none of it.
      if (storeEpoch !== tailEpoch) head = 0;
      const pages = store.pages({ topics, minSeverity, after: from, before: head + 1, order: 'asc', limit: 0, pageSize: REPLAY_PAGE });
      // The next page is read from Redis while this one is sent.
      for (let next = pages.next(); ; ) {
        const result = await next;
        if (result.done) break;
        if (this.socket.disconnected) {
          await pages.return(undefined);
          return;
        }
        next = pages.next();
        for (const alert of result.value) {
          // Already sent on this socket through an earlier subscription.
          if (covered(alert, previous)) continue;
          this.socket.emit('alert', alert);
          replayed += 1;
        }
      }
      // Read after the replay: anything trimmed meanwhile counts as lost too.
      const oldest = (await store.oldestSeq()) ?? latest + 1;
      if (otherHistory || from + 1 < oldest) extra = { truncated: true, oldestSeq: oldest };
    } catch (error) {
      failure = error;
    }
    if (this.socket.disconnected) return;
    // Synchronous from here to the end: flush what arrived live meanwhile, then go live again.
    const buffered = this.buffer ?? [];
    this.buffer = null;
    catchingUp.delete(this);
    let last = Math.max(head, from);
    for (const alert of buffered) {
      // At or below `since` the client already has the alerts of the topics it asked for (another gateway
      // may be ahead of this one); alerts only its other subscriptions match it has not seen.
      if (alert.seq <= from && matches(alert, requested)) continue;
      this.socket.emit('alert', alert);
      last = Math.max(last, alert.seq);
    }
    for (const [topic, level] of this.subscriptions) void this.socket.join(roomFor(topic, level));
    // Replayed from `from` (or, when replay failed, live only from head on).
    for (const topic of topics) this.cover(topic, minSeverity, failure === undefined ? from : head, previous.get(topic));
    metrics.replayedAlerts.inc(replayed);
    if (failure !== undefined) {
      this.deps.logger.warn({ err: (failure as Error).message, socket: this.socket.id }, 'replay failed');
      reply(ack, ackError('unavailable', 'history could not be read; you are subscribed live: subscribe again with since to retry'));
      return;
    }
    reply(ack, { ...this.okAck(replayed, last, epoch), ...extra });
  }

  /**
   * Records that the socket now has every alert of `topic` at `level` or above after `after`. When the level
   * did not drop, what the earlier subscription had sent still counts.
   */
  private cover(topic: string, level: Severity, after: number, before = this.coverage.get(topic)): void {
    const kept = before && severityRank(level) >= severityRank(before.level) ? Math.min(before.after, after) : after;
    this.coverage.set(topic, { level, after: kept });
  }

  private async unsubscribe(raw: unknown, ack: Ack<UnsubscribeAck>): Promise<void> {
    const parsed = UnsubscribeRequestSchema.safeParse(raw);
    if (!parsed.success) {
      reply(ack, ackError('invalid_request', 'unsubscribe takes { topics: [ids] }', describeZodIssues(parsed.error.issues)));
      return;
    }
    const unknown = parsed.data.topics.find((topic) => !this.deps.knownTopics.has(topic));
    if (unknown !== undefined) {
      reply(ack, ackError('unknown_topic', `unknown topic ${JSON.stringify(unknown)}`));
      return;
    }
    for (const topic of parsed.data.topics) {
      const level = this.subscriptions.get(topic);
      if (level !== undefined) void this.socket.leave(roomFor(topic, level));
      this.subscriptions.delete(topic);
      this.coverage.delete(topic);
    }
    reply(ack, { ok: true, topics: [...this.subscriptions.keys()] });
  }

  private setSubscription(topic: string, minSeverity: Severity): void {
    const current = this.subscriptions.get(topic);
    if (current === minSeverity) return;
    if (current !== undefined) void this.socket.leave(roomFor(topic, current));
    this.subscriptions.set(topic, minSeverity);
    void this.socket.join(roomFor(topic, minSeverity));
  }

  private okAck(replayed: number, seq: number, epoch: string): SubscribeAckOk {
    return { ok: true, topics: [...this.subscriptions.keys()], replayed, seq, epoch };
  }
}

/** Replay reads this many seqs per index and round trip: big pages keep a long catch-up to a few round trips. */
const REPLAY_PAGE = 1000;

function matches(alert: Alert, subscriptions: ReadonlyMap<string, Severity>): boolean {
  return alert.topics.some((topic) => {
    const min = subscriptions.get(topic);
    return min !== undefined && meetsMinSeverity(alert.severity, min);
  });
}

/** True when an earlier subscription of the socket already sent this alert. */
function covered(alert: Alert, coverage: ReadonlyMap<string, Coverage>): boolean {
  return alert.topics.some((topic) => {
    const sent = coverage.get(topic);
    return sent !== undefined && alert.seq > sent.after && meetsMinSeverity(alert.severity, sent.level);
  });
}

function reply<T>(ack: Ack<T>, response: T): void {
  if (typeof ack === 'function') ack(response);
}
