// Web Push wire shapes: the subscribe body, receipts (acks) and the push payload, shared by server, SDK and console.
import { z } from 'zod';
import type { Alert, MsgType } from './alert.js';
import { SeveritySchema, type Severity } from './severity.js';
import { TopicIdSchema } from './topic.js';
import { DeviceIdSchema, MAX_TOPICS_PER_SUBSCRIBE } from './subscription.js';


/** base64url without padding (what PushSubscription.toJSON() gives). */
const base64url = z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, 'must be base64url');

/** The browser's PushSubscription.toJSON(): endpoint and the client's ECDH public key and auth secret (RFC 8291). */
export const PushSubscriptionJsonSchema = z.object({
  endpoint: z.string().min(1).max(2048),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    /** The client's P-256 public key, uncompressed (65 bytes). */
    p256dh: base64url.max(200),
    /** The 16-byte auth secret. */
    auth: base64url.max(100),
  }),
});
export type PushSubscriptionJson = z.infer<typeof PushSubscriptionJsonSchema>;

/** POST /v1/push/subscriptions. */
export const PushSubscribeRequestSchema = z.strictObject({
  subscription: PushSubscriptionJsonSchema,
  topics: z.array(TopicIdSchema).min(1).max(MAX_TOPICS_PER_SUBSCRIBE),
  /** Only alerts at least this severe (and never below SIRENA_PUSH_MIN_SEVERITY). @defaultValue "unknown" */
  minSeverity: SeveritySchema.optional(),
  /** The device's id as its sockets give it in `auth.deviceId`: while one is connected, pushes wait for its ack. */
  deviceId: DeviceIdSchema.optional(),
});
export type PushSubscribeRequest = z.infer<typeof PushSubscribeRequestSchema>;

/** A socket's `ack` event: it has the alert version with this seq. */
export const AlertAckSchema = z.strictObject({ seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
export type AlertAck = z.infer<typeof AlertAckSchema>;

/** POST /v1/push/acks: the receipt of an SSE client (or any client without a socket) for its device. */
export const PushAckRequestSchema = z.strictObject({
  deviceId: DeviceIdSchema,
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

/** What a push message carries (small: push services take about 4 KB): enough to show it and fetch the rest. */
export interface PushPayload {
  id: string;
  seq: number;
  severity: Severity;
  topics: string[];
  title: string;
  msgType: MsgType;
}

/** Most UTF-8 bytes of the title a push carries: push services take about 4 KB of payload in all. */
export const PUSH_TITLE_MAX_BYTES = 2000;

export function pushPayloadOf(alert: Alert): PushPayload {
  return {
    id: alert.id,
    seq: alert.seq,
    severity: alert.severity,
    topics: alert.topics,
    title: truncateUtf8(alert.title, PUSH_TITLE_MAX_BYTES),
    msgType: alert.msgType ?? 'alert',
  };
}

/** The text cut to at most `maxBytes` of UTF-8 at a character boundary, with "…" when cut. */
function truncateUtf8(text: string, maxBytes: number): string {
  const utf8 = new TextEncoder();
  if (utf8.encode(text).length <= maxBytes) return text;
  let bytes = 3; // the ellipsis
  let end = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes > maxBytes) break;
    end += char.length;
  }
  return `${text.slice(0, end)}…`;
}
