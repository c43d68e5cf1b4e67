// PushSender: one way of delivering a push message to a device (Web Push today; FCM or APNs could be added as others).
import type { StoredPushSubscription } from './push-subscriptions.js';

/** What a sender is given: the payload (JSON text) and how the push service should treat it. */
export interface PushMessage {
  /** JSON text of the PushPayload; the sender encrypts it as its protocol requires. */
  payload: string;
  /** RFC 8030 Urgency: `high` wakes a phone from power saving at once. */
  urgency: 'very-low' | 'low' | 'normal' | 'high';
  /** How long the push service keeps the message for an offline device (s). */
  ttlSeconds: number;
}

/**
 * How one send ended. `gone`: the subscription no longer exists (404/410), remove it. `retry`: worth trying again
 * (429, 5xx, network), not before `retryAfterMs` when the service said so. `failed`: refused for good (other 4xx).
 */
export type SendOutcome =
  | { status: 'sent' }
  | { status: 'gone'; statusCode: number }
  | { status: 'retry'; reason: string; retryAfterMs?: number }
  | { status: 'failed'; reason: string };

/**
 * @example
 * const outcome = await sender.send(subscription, { payload: JSON.stringify(pushPayloadOf(alert)), urgency: 'high', ttlSeconds: 3600 });
 */
export interface PushSender {
  /** For logs and metrics, e.g. "web-push". */
  readonly name: string;
  /** True when this sender delivers to this subscription (by its endpoint or kind). */
  handles(subscription: StoredPushSubscription): boolean;
  send(subscription: StoredPushSubscription, message: PushMessage): Promise<SendOutcome>;
  /** Lets go of connections it keeps. */
  close(): void;
}

/**
 * Retry-After as milliseconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or
 * unreadable.
 */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
