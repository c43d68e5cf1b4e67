// SocketSession: one socket's subscriptions and what it was sent; `since` goes through the shared seam (catch-up.ts).
import type { Socket } from 'socket.io';
import { describeZodIssues } from '../core/app-error.js';
import type { ErrorCode } from '../core/error-codes.js';
import { meetsMinSeverity, severityRank, type Severity } from '../core/severity.js';
import { alertReach, type Alert } from '../core/alert.js';
import type { AreaState } from '../core/area-state.js';
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
import { catchUp, matchesSubscriptions, type AlertListener } from './catch-up.js';
import { roomFor } from './rooms.js';
import type { SendBudget } from './send-budget.js';
import { grantAllows, type TopicGrant } from '../access/topic-grant.js';

export interface SocketData {
  grant: TopicGrant;
}

export type GatewaySocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface SessionDeps {
  store: AlertStore;
  /** The feed tail's position: `lastSeq` is the last alert the gateway has fanned out. */
  tail: { readonly lastSeq: number; readonly epoch: string };
  knownTopics: ReadonlySet<string>;
  /** The fanout's listeners (a catching-up session's buffer sits here). */
  listeners: Set<AlertListener>;
  logger: Logger;
  metrics: Metrics;
  /** The connection's send budget: replay waits on it, and an overflowing catch-up drops the connection through it. */
  budget: SendBudget;
  /**
   * The current state of the areas of these topics, for the subscribe ack.
   * @defaultValue () => [] (no areas)
   */
  areaState?(topics: readonly string[]): AreaState[];
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
    const { logger, metrics, budget } = this.deps;
    const socket = this.socket;
    // Synchronous up to catchUp's first await: leave every room, so live alerts reach this socket via its buffer.
    const previous = new Map(this.coverage);
    for (const [topic, level] of this.subscriptions) void socket.leave(roomFor(topic, level));
    for (const topic of topics) this.subscriptions.set(topic, minSeverity);
    const result = await catchUp(
      this.deps,
      {
        topics,
        minSeverity,
        since,
        clientEpoch,
        accepts: (alert) => matchesSubscriptions(alert, this.subscriptions),
        // Already sent on this socket through an earlier subscription.
        alreadySent: (alert) => covered(alert, previous),
      },
      {
        send: (alert) => socket.emit('alert', alert),
        get closed() {
          return socket.disconnected || budget.closed;
        },
        writable: () => budget.writable(),
        goLive: () => {
          for (const [topic, level] of this.subscriptions) void socket.join(roomFor(topic, level));
        },
        // Dropped at once: an orderly close would wait behind what the socket has not read.
        overflow: () => budget.drop('overflow'),
      },
    );
    if (!result) return;
    // Replayed from `from` (or, when replay failed, live only from head on).
    const failed = result.failure !== undefined;
    for (const topic of topics) this.cover(topic, minSeverity, failed ? result.head : result.from, previous.get(topic));
    metrics.replayedAlerts.inc(result.replayed);
    if (failed) {
      logger.warn({ err: (result.failure as Error).message, socket: socket.id }, 'replay failed');
      reply(ack, ackError('unavailable', 'history could not be read; you are subscribed live: subscribe again with since to retry'));
      return;
    }
    const extra = result.truncated ? { truncated: true, oldestSeq: result.oldestSeq } : {};
    reply(ack, { ...this.okAck(result.replayed, result.last, result.epoch), ...extra });
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
    const topics = [...this.subscriptions.keys()];
    return { ok: true, topics, replayed, seq, epoch, state: this.deps.areaState?.(topics) ?? [] };
  }
}

/** True when an earlier subscription of the socket already sent this alert. */
function covered(alert: Alert, coverage: ReadonlyMap<string, Coverage>): boolean {
  const { topics, severity } = alertReach(alert);
  return topics.some((topic) => {
    const sent = coverage.get(topic);
    return sent !== undefined && alert.seq > sent.after && meetsMinSeverity(severity, sent.level);
  });
}

function reply<T>(ack: Ack<T>, response: T): void {
  if (typeof ack === 'function') ack(response);
}
