// The Web Push HTTP routes (API and every gateway): the VAPID key, subscribing and unsubscribing, and receipts for
// clients without a socket.
import { createECDH } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import { bearerToken } from '../access/bearer.js';
import { grantAllows, type ReadAccess } from '../access/topic-grant.js';
import { jsonBody } from '../http/json-body.js';
import { AppError, invalidRequest } from '../core/app-error.js';
import { PushAckRequestSchema, PushSubscribeRequestSchema } from '../core/push.js';
import type { AlertStore } from '../store/alert-store.js';
import type { RedisKeys } from '../store/keys.js';
import type { RedisClient } from '../store/redis-connection.js';
import type { DeliveryFigures } from './delivery-figures.js';
import type { EndpointPolicy } from './endpoint-policy.js';
import { PushSubscriptions } from './push-subscriptions.js';
import type { VapidKeyring } from './vapid-keys.js';
import type { TrustedProxies } from '../proxy/trusted-proxies.js';
import { addToWindow } from '../store/window-counter.js';

export interface PushRouterDeps {
  redis: RedisClient;
  /** The alert history: an ack names a seq it has handed out. */
  store: AlertStore;
  keys: RedisKeys;
  knownTopics: ReadonlySet<string>;
  /** With SIRENA_JWT_SECRET set, the bearer JWT limits the topics a subscription may have. */
  access: ReadAccess;
  policy: EndpointPolicy;
  vapid: VapidKeyring;
  /** Where acks are recorded (and counted). */
  figures: DeliveryFigures;
  /** Who a request comes from: subscribing is limited per client address. */
  proxies: TrustedProxies;
  /** SIRENA_PUSH_SUBSCRIBE_RATE_PER_MINUTE. */
  subscribeRatePerMinute: number;
}

/** Why these keys cannot encrypt a push (RFC 8291), or undefined when they can. */
export function pushKeysProblem(keys: { p256dh: string; auth: string }): string | undefined {
  const publicKey = Buffer.from(keys.p256dh, 'base64url');
  if (publicKey.length !== 65 || publicKey[0] !== 0x04) return 'keys.p256dh must be an uncompressed P-256 public key (65 bytes, base64url)';
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    ecdh.computeSecret(publicKey);
  } catch {
    return 'keys.p256dh is not a point on the P-256 curve';
  }
  if (Buffer.from(keys.auth, 'base64url').length !== 16) return 'keys.auth must be a 16-byte secret (base64url)';
  return undefined;
}

/**
 * @example app.use(pushRouter({ redis, keys, knownTopics, access, policy, vapid, figures }));
 */
export function pushRouter(deps: PushRouterDeps): Router {
  const subscriptions = new PushSubscriptions({ redis: deps.redis, keys: deps.keys });
  const router = Router();
  const body: RequestHandler[] = [
    (req, _res, next) => {
      if (!req.is('application/json')) throw new AppError('unsupported_media_type', 'this route takes Content-Type: application/json');
      next();
    },
    jsonBody(16 * 1024),
  ];

  router.get('/v1/push/vapid-public-key', async (_req, res) => {
    const { publicKey } = await deps.vapid.get();
    res.json({ key: publicKey });
  });

  router.post('/v1/push/subscriptions', ...body, async (req, res) => {
    // Counted in Redis per client address, every process alike, before anything is stored.
    const { total, ttlMs } = await addToWindow(deps.redis, deps.keys.pushSubscribeRate(deps.proxies.clientAddress(req)), 1, 60_000);
    if (total > deps.subscribeRatePerMinute) {
      throw new AppError('rate_limited', `more than ${deps.subscribeRatePerMinute} push subscriptions a minute from this address`, {
        retryAfter: Math.max(1, Math.ceil(ttlMs / 1000)),
      });
    }
    // Who may subscribe comes first: without a valid token (where one is needed) the body is not looked at.
    const grant = await deps.access.grantFor(bearerToken(req.get('authorization')));
    const parsed = PushSubscribeRequestSchema.safeParse(req.body);
    if (!parsed.success) throw invalidRequest('the push subscription', parsed.error.issues);
    const { subscription, topics, minSeverity, deviceId } = parsed.data;
    const endpointProblem = deps.policy.problem(subscription.endpoint);
    if (endpointProblem) throw new AppError('push_endpoint_not_allowed', endpointProblem);
    const keysProblem = pushKeysProblem(subscription.keys);
    if (keysProblem) throw new AppError('invalid_push_keys', keysProblem);
    const unknown = topics.find((topic) => !deps.knownTopics.has(topic));
    if (unknown !== undefined) throw new AppError('unknown_topic', `unknown topic ${JSON.stringify(unknown)}`);
    const denied = topics.find((topic) => !grantAllows(grant, topic));
    if (denied !== undefined) throw new AppError('forbidden', `your token does not allow topic ${JSON.stringify(denied)}`);
    const stored = await subscriptions.add({
      endpoint: subscription.endpoint,
      keys: subscription.keys,
      topics,
      minSeverity: minSeverity ?? 'unknown',
      ...(deviceId !== undefined && { deviceId }),
      // Sockets are closed at the token's exp; a subscription likewise gets nothing after it.
      ...(grant.expiresAt !== undefined && { expiresAt: grant.expiresAt }),
    });
    res.status(201).json({ id: stored.id });
  });

  // The id (128 random bits) is the capability: whoever subscribed can unsubscribe; unknown ids answer 204 too.
  router.delete('/v1/push/subscriptions/:id', async (req, res) => {
    const id = String(req.params.id);
    if (/^[A-Za-z0-9_-]{1,64}$/.test(id)) await subscriptions.remove(id);
    res.status(204).end();
  });

  router.post('/v1/push/acks', ...body, async (req, res) => {
    const parsed = PushAckRequestSchema.safeParse(req.body);
    if (!parsed.success) throw invalidRequest('the ack', parsed.error.issues);
    // Only a seq that has been handed out: an ack of any other would leave delivery figures in Redis for nothing.
    const latest = await deps.store.latestSeq();
    if (parsed.data.seq > latest) throw new AppError('invalid_request', `no alert has seq ${parsed.data.seq} (the latest is ${latest})`);
    await deps.figures.ack(parsed.data.seq, parsed.data.deviceId);
    res.status(204).end();
  });

  return router;
}
