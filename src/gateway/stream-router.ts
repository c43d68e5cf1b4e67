// GET /v1/stream: alerts as Server-Sent Events for clients without Socket.IO, resumable with Last-Event-ID.
import { Router, type Request } from 'express';
import { bearerToken } from '../access/bearer.js';
import { AppError, invalidRequest } from '../core/app-error.js';
import type { AreaState } from '../core/area-state.js';
import { SeqCursorSchema, StreamQuerySchema, type StreamReady } from '../core/subscription.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { AlertStore } from '../store/alert-store.js';
import type { TrustedProxies } from '../proxy/trusted-proxies.js';
import { catchUp, matchesSubscriptions, type AlertListener } from './catch-up.js';
import type { ConnectionLimits } from './connection-limits.js';
import type { DropReason } from './send-budget.js';
import { SseStream } from './sse-stream.js';
import { whenExpired, type ReadAccess } from '../access/topic-grant.js';
import type { DevicePresence } from '../push/device-presence.js';

export interface StreamRouterDeps {
  store: AlertStore;
  tail: { readonly lastSeq: number; readonly epoch: string };
  listeners: Set<AlertListener>;
  knownTopics: ReadonlySet<string>;
  /** Every open stream (the gateway ends them on shutdown and counts them in metrics). */
  streams: Set<SseStream>;
  /** Who may read which topics (SIRENA_JWT_SECRET, SIRENA_PUBLIC_TOPICS). */
  access: ReadAccess;
  heartbeatMs: number;
  /**
   * The current state of the areas of these topics, for the `ready` event.
   * @defaultValue () => [] (no areas)
   */
  areaState?(topics: readonly string[]): AreaState[];
  /** Per-address and gateway-wide connection limits, shared with Socket.IO. */
  limits: ConnectionLimits;
  /** Who a request comes from (the limits count per client address). */
  proxies: TrustedProxies;
  /** What one stream may have queued unsent, and how long it may take none of a backlog. */
  buffer: { maxBytes: number; stalledTimeoutMs: number };
  /** Called when a stream is dropped as a slow reader. */
  onDrop(reason: DropReason, queuedBytes: number, address: string): void;
  logger: Logger;
  metrics: Metrics;
  /** Marks a stream's `?deviceId=` present while it is open (its pushes then wait for an ack). */
  presence?: DevicePresence;
}

/** How long a browser waits before reconnecting after a stream ends (ms). */
export const STREAM_RETRY_MS = 1000;

/** Retry-After (s) of a stream refused by a connection limit: places free up as other clients leave. */
const CONNECTION_RETRY_AFTER_S = 5;

export function streamRouter(deps: StreamRouterDeps): Router {
  const { store, tail, listeners, streams, logger, metrics } = deps;
  const router = Router();

  router.get('/v1/stream', async (req, res) => {
    const parsed = StreamQuerySchema.safeParse(req.query);
    if (!parsed.success) throw invalidRequest('the query', parsed.error.issues);
    const query = parsed.data;
    const topics = [...new Set([query.topic].flat())];
    const minSeverity = query.minSeverity ?? 'unknown';
    const resumedFrom = lastEventId(req);
    const since = resumedFrom ?? query.since;
    const unknown = topics.find((topic) => !deps.knownTopics.has(topic));
    if (unknown !== undefined) throw new AppError('unknown_topic', `unknown topic ${JSON.stringify(unknown)}`);
    // A bearer header, or `?token=` (EventSource cannot send headers).
    const grant = await deps.access.grantFor(bearerToken(req.get('authorization')) ?? query.token);
    deps.access.topicsToRead(grant, topics, deps.knownTopics);

    const address = deps.proxies.clientAddress(req);
    const admitted = deps.limits.admit(address);
    if ('code' in admitted) throw new AppError(admitted.code, admitted.message, { retryAfter: CONNECTION_RETRY_AFTER_S });
    const stream = new SseStream(res, {
      topics,
      minSeverity,
      heartbeatMs: deps.heartbeatMs,
      retryMs: STREAM_RETRY_MS,
      buffer: deps.buffer,
      onDrop: (reason, queued) => deps.onDrop(reason, queued, address),
    });
    streams.add(stream);
    // At the token's `exp` the stream ends with an `error` event; EventSource then reconnects with its URL's token and
    // is refused (401) until the client opens a stream with a fresh one.
    const expiry = whenExpired(grant, () => {
      stream.event('error', { code: 'token_expired', message: 'the token has expired: reconnect with a fresh one' });
      stream.end();
    });
    const leave = query.deviceId !== undefined ? deps.presence?.join(query.deviceId) : undefined;
    stream.onClose(() => {
      leave?.();
      expiry.cancel();
      admitted.release();
      streams.delete(stream);
      listeners.delete(stream);
    });
    stream.open();
    const ready = (replayed: number, seq: number, extra: Partial<StreamReady> = {}): StreamReady => ({
      topics,
      replayed,
      seq,
      epoch: tail.epoch,
      state: deps.areaState?.(topics) ?? [],
      ...extra,
    });
    if (since === undefined) {
      stream.goLive();
      listeners.add(stream);
      stream.event('ready', ready(0, tail.lastSeq));
      return;
    }
    const result = await catchUp(
      deps,
      // `epoch` qualifies `?since=` only: EventSource keeps its URL, so after a reset every later reconnect would send the
      // old epoch with a Last-Event-ID of the new history (the reset's `id: 0` already covers a stream that was open).
      { topics, minSeverity, since, clientEpoch: resumedFrom === undefined ? query.epoch : undefined, accepts: (alert) => matchesSubscriptions(alert, stream.subscriptions) },
      {
        send: (alert) => stream.send(alert),
        get closed() {
          return stream.closed;
        },
        writable: () => stream.writable(),
        goLive: () => {
          stream.goLive();
          listeners.add(stream);
        },
        overflow: () => stream.drop('overflow'),
        liveAfterFailure: false,
      },
    );
    if (!result) return;
    metrics.replayedAlerts.inc(result.replayed);
    if (result.failure !== undefined) {
      // The browser reconnects from the last id it got and replay is tried again.
      logger.warn({ err: (result.failure as Error).message }, 'stream replay failed: ending the stream');
      stream.end();
      return;
    }
    const extra = result.truncated ? { truncated: true, oldestSeq: result.oldestSeq } : {};
    stream.event('ready', ready(result.replayed, result.last, extra));
  });

  return router;
}

/** The Last-Event-ID header a reconnecting EventSource sends; a bad one is a 400, like a bad `since`. */
function lastEventId(req: Request): number | undefined {
  const header = req.get('last-event-id');
  if (header === undefined || header.trim() === '') return undefined;
  const parsed = SeqCursorSchema.safeParse(header.trim());
  if (!parsed.success) {
    throw new AppError('invalid_request', 'Last-Event-ID must be an alert seq (a non-negative integer)', {
      issues: [{ path: 'Last-Event-ID', code: 'invalid_type', message: parsed.error.issues[0]?.message ?? 'invalid' }],
    });
  }
  return parsed.data;
}
