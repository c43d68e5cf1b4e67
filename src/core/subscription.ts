// Socket.IO wire shapes: subscribe/unsubscribe payloads and their acks, shared by gateway, SDK and tests.
import { z } from 'zod';
import type { Alert } from './alert.js';
import type { AreaState, AreaStateEvent } from './area-state.js';
import { SeveritySchema } from './severity.js';
import { TopicIdSchema } from './topic.js';

export const MAX_TOPICS_PER_SUBSCRIBE = 64;

export const SubscribeRequestSchema = z.strictObject({
  topics: z.array(TopicIdSchema).min(1).max(MAX_TOPICS_PER_SUBSCRIBE),
  /** Only alerts at least this severe. @defaultValue "unknown" (everything) */
  minSeverity: SeveritySchema.optional(),
  /** Replay every stored matching alert with seq > since before the live ones. */
  since: z.number().int().nonnegative().optional(),
  /**
   * The epoch the client's `since` comes from (from an earlier ack). When the store's epoch differs, Redis lost
   * its history and `since` means nothing: every stored alert is replayed and the ack says truncated.
   */
  epoch: z.string().min(1).max(64).optional(),
});
export type SubscribeRequest = z.infer<typeof SubscribeRequestSchema>;

export const UnsubscribeRequestSchema = z.strictObject({
  topics: z.array(TopicIdSchema).min(1).max(MAX_TOPICS_PER_SUBSCRIBE),
});
export type UnsubscribeRequest = z.infer<typeof UnsubscribeRequestSchema>;

export interface AckError {
  ok: false;
  error: { code: string; message: string; issues?: unknown };
}

export interface SubscribeAckOk {
  ok: true;
  /** Every topic the socket is now subscribed to. */
  topics: string[];
  /** How many stored alerts were sent before this ack because of `since`. */
  replayed: number;
  /** The newest seq this gateway knows of: resume from here (or from the last alert received, if later). */
  seq: number;
  /** Identifies the store's history; when it changes, seqs started over and old cursors mean nothing. */
  epoch: string;
  /** True when `since` is older than retention: alerts after `since` but before `oldestSeq` are gone. */
  truncated?: boolean;
  /** The oldest seq still stored (with truncated). */
  oldestSeq?: number;
  /** The air-raid state of every area of the subscribed topics (none for topics without areas). */
  state?: AreaState[];
}
export type SubscribeAck = SubscribeAckOk | AckError;

export interface UnsubscribeAckOk {
  ok: true;
  topics: string[];
}
export type UnsubscribeAck = UnsubscribeAckOk | AckError;

/** Events a client sends. */
export interface ClientToServerEvents {
  subscribe: (request: SubscribeRequest, ack?: (response: SubscribeAck) => void) => void;
  unsubscribe: (request: UnsubscribeRequest, ack?: (response: UnsubscribeAck) => void) => void;
  /**
   * A receipt: the client has the alert version with this seq. On a socket connected with `auth.deviceId`, it stops
   * that device's escalation push of it (see core/push.ts, AlertAckSchema).
   */
  ack: (receipt: { seq: number }, ack?: (response: { ok: true } | AckError) => void) => void;
}

/** Events the server sends. */
export interface ServerToClientEvents {
  alert: (alert: Alert) => void;
  /** An area of a subscribed topic changed its air-raid state (alert, clear, unknown). */
  state: (state: AreaStateEvent) => void;
  /** Sent before the server closes the connection on shutdown: reconnect (to another gateway) after `retryMs`. */
  shutdown: (notice: { reconnect: true; retryMs: number }) => void;
  /**
   * Sent at the subscriber token's `exp`, just before the server closes the connection: reconnect with a fresh token
   * (the SDK asks its `token` function again) and resume with `since`.
   */
  token_expired: (notice: { code: 'token_expired'; message: string }) => void;
}

/**
 * A device id (Web Push receipts): chosen by the client, a random id per installation, given as a socket's
 * `auth.deviceId`, an SSE stream's `?deviceId=` and a push subscription's `deviceId`.
 */
export const DeviceIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,128}$/, 'a device id is 1-128 characters: letters, digits and . _ -');

/** A seq cursor as it arrives in a query string or the Last-Event-ID header. */
export const SeqCursorSchema = z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** Query of GET /v1/stream (Server-Sent Events): the subscribe request, as a query string. */
export const StreamQuerySchema = z.strictObject({
  /** One topic or several (?topic=a&topic=b). */
  topic: z.union([TopicIdSchema, z.array(TopicIdSchema).min(1).max(MAX_TOPICS_PER_SUBSCRIBE)]),
  /** Only alerts at least this severe. @defaultValue "unknown" (everything) */
  minSeverity: SeveritySchema.optional(),
  /** Replay stored alerts with seq > since first; a Last-Event-ID header takes precedence. */
  since: SeqCursorSchema.optional(),
  /**
   * The epoch `since` comes from (the `ready` event's): when it is not the store's, `since` names another history's
   * seqs and every stored alert is replayed (`truncated`), as for Socket.IO. Not applied to Last-Event-ID (a browser
   * resends its URL unchanged; the `reset` event sets its Last-Event-ID to 0 instead).
   */
  epoch: z.string().min(1).max(64).optional(),
  /** The subscriber JWT when SIRENA_JWT_SECRET is set (EventSource cannot send headers). */
  token: z.string().min(1).max(8192).optional(),
  /**
   * The device's id (as in its push subscription): while the stream is open the device counts as connected, so its
   * pushes wait SIRENA_PUSH_ESCALATE_MS for an ack (POST /v1/push/acks).
   */
  deviceId: DeviceIdSchema.optional(),
});
export type StreamQuery = z.infer<typeof StreamQuerySchema>;

/** The `ready` event of a stream, after replay: the same facts as a subscribe ack. */
export type StreamReady = Omit<SubscribeAckOk, 'ok'>;
