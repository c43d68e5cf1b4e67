// WebPushSender: RFC 8030 push with RFC 8291 aes128gcm encryption and RFC 8292 VAPID, through the `web-push` library.
import { Agent } from 'node:https';
import webpush, { WebPushError } from 'web-push';
import type { EndpointPolicy } from './endpoint-policy.js';
import { retryAfterMs, type PushMessage, type PushSender, type SendOutcome } from './push-sender.js';
import type { StoredPushSubscription } from './push-subscriptions.js';
import type { VapidKeyring } from './vapid-keys.js';

export interface WebPushSenderOptions {
  vapid: VapidKeyring;
  /** The VAPID `sub` claim (mailto: or https:). */
  subject: string;
  /** Checked again before each send: a subscription stored under an older allow-list is not called. */
  policy: EndpointPolicy;
  /**
   * Connections kept open per push service host (a fanout of thousands reuses them).
   * @defaultValue 16
   */
  maxSockets?: number;
  /**
   * How long one push request may take (ms).
   * @defaultValue 10000
   */
  timeoutMs?: number;
}

/** A VAPID JWT lives 12 h (RFC 8292 allows 24 h); one is made per push service origin and reused until 1 h before. */
const VAPID_LIFETIME_S = 12 * 3600;
const VAPID_RENEW_BEFORE_S = 3600;

/**
 * @example
 * const sender = new WebPushSender({ vapid, subject: 'mailto:ops@example.org', policy });
 * await sender.send(subscription, { payload, urgency: 'high', ttlSeconds: 3600 });
 */
export class WebPushSender implements PushSender {
  readonly name = 'web-push';
  // Outbound TLS uses Node's CAs plus NODE_EXTRA_CA_CERTS, as every https request of the process does.
  private readonly agent: Agent;
  private readonly authorization = new Map<string, { header: string; renewAt: number }>();
  private readonly options: WebPushSenderOptions;

  constructor(options: WebPushSenderOptions) {
    this.options = options;
    this.agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 16 });
  }

  handles(subscription: StoredPushSubscription): boolean {
    return subscription.endpoint.startsWith('https://');
  }

  async send(subscription: StoredPushSubscription, message: PushMessage): Promise<SendOutcome> {
    const problem = this.options.policy.problem(subscription.endpoint);
    if (problem) return { status: 'failed', reason: problem };
    try {
      await webpush.sendNotification(subscription, message.payload, {
        headers: { Authorization: await this.vapidHeader(subscription.endpoint) },
        TTL: message.ttlSeconds,
        urgency: message.urgency,
        contentEncoding: 'aes128gcm',
        agent: this.agent,
        timeout: this.options.timeoutMs ?? 10_000,
      });
      return { status: 'sent' };
    } catch (error) {
      if (error instanceof WebPushError) {
        const code = error.statusCode;
        if (code === 404 || code === 410) return { status: 'gone', statusCode: code };
        if (code === 429 || code >= 500) {
          const after = retryAfterMs(error.headers['retry-after']);
          return { status: 'retry', reason: `HTTP ${code}`, ...(after !== undefined && { retryAfterMs: after }) };
        }
        return { status: 'failed', reason: `HTTP ${code}: ${String(error.body).slice(0, 200)}` };
      }
      // Network errors and timeouts: the service may be back soon. A bad key fails at encryption: for good.
      const err = error as NodeJS.ErrnoException;
      if (err.code !== undefined || /timeout/i.test(err.message)) return { status: 'retry', reason: err.code ?? err.message };
      return { status: 'failed', reason: err.message };
    }
  }

  /** `vapid t=<JWT>, k=<public key>` for the endpoint's origin (the JWT's `aud`), cached per origin. */
  private async vapidHeader(endpoint: string): Promise<string> {
    const audience = new URL(endpoint).origin;
    const now = Date.now() / 1000;
    const cached = this.authorization.get(audience);
    if (cached && cached.renewAt > now) return cached.header;
    const { publicKey, privateKey } = await this.options.vapid.get();
    const expiration = Math.floor(now) + VAPID_LIFETIME_S;
    const headers = webpush.getVapidHeaders(audience, this.options.subject, publicKey, privateKey, 'aes128gcm', expiration);
    const header = String(headers.Authorization);
    this.authorization.set(audience, { header, renewAt: expiration - VAPID_RENEW_BEFORE_S });
    return header;
  }

  close(): void {
    this.agent.destroy();
  }
}
