// Web Push (RFC 8030/8291/8292) through a local HTTPS push service that checks VAPID and decrypts every body:
// subscriptions, filters, exactly once, 410, 429 with Retry-After, revisions, and receipts with escalation.
import { Redis } from 'ioredis';
import { SignJWT, decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createPushQueue } from '../../src/push/push-queue.js';
import { PushSubscriptions } from '../../src/push/push-subscriptions.js';
import { RedisKeys } from '../../src/store/keys.js';
import { createLogger } from '../../src/observability/logger.js';
import { startHttpRole } from '../../src/roles/http-role.js';
import { startFakePushService, type FakePushService } from '../helpers/fake-push-service.js';
import {
  connectClient,
  openStream,
  postUpdate,
  request,
  startSystem,
  testRedisUrl,
  uniquePrefix,
  waitUntil,
  type TestClient,
  type TestSystem,
} from '../helpers/system.js';

const EDITOR_KEY = 'editor-key-for-the-push-test';
const ADMIN_TOKEN = 'admin-token-for-the-push-test';
const ESCALATE_MS = 1500;

let push: FakePushService;
let sys: TestSystem;
const clients: TestClient[] = [];

beforeAll(async () => {
  push = await startFakePushService();
  sys = await startSystem({
    env: {
      SIRENA_PUSH_ENDPOINT_HOSTS: `${push.host},*.push.example`,
      NODE_EXTRA_CA_CERTS: push.certPath,
      SIRENA_PUSH_ESCALATE_MS: String(ESCALATE_MS),
      SIRENA_EDITOR_KEYS: EDITOR_KEY,
      SIRENA_ADMIN_TOKEN: ADMIN_TOKEN,
    },
  });
  const key = await request<{ key: string }>(sys.api.url, 'GET', '/v1/push/vapid-public-key');
  push.expectedVapidKey = key.body.key;
});

afterAll(async () => {
  for (const client of clients) client.close();
  await sys?.stop();
  await push?.stop();
});

function subscribe(body: unknown, base = sys.api.url, headers: Record<string, string> = {}) {
  return request<{ id: string; error?: { code: string } }>(base, 'POST', '/v1/push/subscriptions', { json: body, headers });
}

async function subscribed(name: string, topics: string[], extra: Record<string, unknown> = {}): Promise<string> {
  const response = await subscribe({ subscription: push.subscription(name).json, topics, ...extra });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id;
}

const EXTREME_KYIV = 'Air-raid alert in Kyiv: drones inbound, take shelter now';

/** Posts an update and waits until it is stored (its seq is needed for acks). */
async function alertFor(update: Record<string, unknown>): Promise<{ id: string; seq: number }> {
  const posted = await postUpdate(sys, update);
  expect(posted.status).toBe(202);
  const id = posted.body.ids[0] as string;
  const stored = await waitUntil(async () => {
    const response = await request<{ seq: number }>(sys.api.url, 'GET', `/v1/alerts/${id}`);
    return response.status === 200 ? response.body : undefined;
  }, `alert ${id} stored`);
  return { id, seq: stored.seq };
}

/**
 * Until everything the alerts so far could push has been: the dispatcher's cursor has passed the latest alert and the
 * push queue holds no job, delayed escalations and retries included (a job queues what follows it before it ends).
 */
async function settle(): Promise<void> {
  const latest = (await request<{ alerts: { seq: number }[] }>(sys.api.url, 'GET', '/v1/alerts?limit=1')).body.alerts[0]?.seq ?? 0;
  const keys = new RedisKeys(sys.prefix);
  const redis = new Redis(sys.redisUrl);
  const queue = createPushQueue({ connection: redis, keys });
  try {
    await waitUntil(async () => {
      const [cursor, counts] = await Promise.all([redis.get(keys.pushCursor), queue.getJobCounts('waiting', 'wait', 'prioritized', 'delayed', 'active')]);
      return Number(cursor) >= latest && Object.values(counts).every((count) => count === 0);
    }, 'every push to be sent', 20_000);
  } finally {
    await queue.close();
    await redis.quit();
  }
}

describe('subscribing', () => {
  it('serves one VAPID public key (a P-256 point), the same on the API and the gateway', async () => {
    const gateway = await request<{ key: string }>(sys.gateways[0]!.url, 'GET', '/v1/push/vapid-public-key');
    expect(gateway.body.key).toBe(push.expectedVapidKey);
    expect(Buffer.from(push.expectedVapidKey!, 'base64url')).toHaveLength(65);
  });

  it('refuses http:, hosts not allowed, malformed keys, unknown topics and bad bodies with 400 and a code', async () => {
    const good = push.subscription('refusals').json;
    const cases: [unknown, string][] = [
      [{ subscription: { ...good, endpoint: good.endpoint.replace('https:', 'http:') }, topics: ['diplomacy'] }, 'push_endpoint_not_allowed'],
      [{ subscription: { ...good, endpoint: 'https://evil.example.org/push/x' }, topics: ['diplomacy'] }, 'push_endpoint_not_allowed'],
      [{ subscription: { ...good, endpoint: `https://127.0.0.1:${push.port + 1}/push/x` }, topics: ['diplomacy'] }, 'push_endpoint_not_allowed'],
      [{ subscription: { ...good, endpoint: 'https://user:pw@a.push.example/x' }, topics: ['diplomacy'] }, 'push_endpoint_not_allowed'],
      [{ subscription: { ...good, endpoint: 'not a url' }, topics: ['diplomacy'] }, 'push_endpoint_not_allowed'],
      [{ subscription: { ...good, keys: { ...good.keys, p256dh: good.keys.p256dh.slice(0, 40) } }, topics: ['diplomacy'] }, 'invalid_push_keys'],
      [{ subscription: { ...good, keys: { ...good.keys, p256dh: Buffer.alloc(65, 4).toString('base64url') } }, topics: ['diplomacy'] }, 'invalid_push_keys'],
      [{ subscription: { ...good, keys: { ...good.keys, auth: 'c2hvcnQ' } }, topics: ['diplomacy'] }, 'invalid_push_keys'],
      [{ subscription: { ...good, keys: { ...good.keys, auth: 'not base64url!' } }, topics: ['diplomacy'] }, 'invalid_request'],
      [{ subscription: good, topics: ['no-such-topic'] }, 'unknown_topic'],
      [{ subscription: good, topics: ['Bad Topic'] }, 'invalid_request'],
      [{ subscription: good, topics: [] }, 'invalid_request'],
      [{ subscription: good, topics: ['diplomacy'], minSeverity: 'catastrophic' }, 'invalid_request'],
      [{ subscription: good, topics: ['diplomacy'], deviceId: 'has spaces' }, 'invalid_request'],
      [{ subscription: good, topics: ['diplomacy'], extra: 1 }, 'invalid_request'],
      [{ topics: ['diplomacy'] }, 'invalid_request'],
    ];
    for (const [body, code] of cases) {
      const response = await subscribe(body);
      expect([response.status, response.body.error?.code], JSON.stringify(body)).toEqual([400, code]);
    }
    const badJson = await request(sys.api.url, 'POST', '/v1/push/subscriptions', { body: '{"subscription":', headers: { 'content-type': 'application/json' } });
    expect([badJson.status, (badJson.body as { error: { code: string } }).error.code]).toEqual([400, 'invalid_json']);
    // An allowed wildcard host is taken.
    const wildcard = await subscribe({ subscription: { ...good, endpoint: 'https://eu.push.example/x' }, topics: ['diplomacy'] });
    expect(wildcard.status).toBe(201);
    await request(sys.api.url, 'DELETE', `/v1/push/subscriptions/${wildcard.body.id}`);
  });
});

describe('sending', () => {
  it('pushes each matching alert once per subscription, encrypted and VAPID-signed, honouring both severity floors', async () => {
    await subscribed('kyiv-extreme', ['kyiv-air-raids'], { minSeverity: 'extreme' });
    await subscribed('kyiv-all', ['kyiv-air-raids']);
    await subscribed('diplomacy-all', ['diplomacy']);
    await subscribed('both', ['kyiv-air-raids', 'diplomacy']);

    const extreme = await alertFor({ text: EXTREME_KYIV });
    const minor = await alertFor({ text: 'Foreign ministers met for talks in Geneva about a ceasefire' });
    const severe = await alertFor({ text: 'Foreign ministers met for talks in Geneva about a ceasefire', severity: 'severe', topics: ['diplomacy'] });
    await push.waitForPushes('kyiv-extreme', 1);
    await push.waitForPushes('diplomacy-all', 1);
    await push.waitForPushes('both', 2);
    await settle();

    const ids = (name: string) => push.pushesTo(name).map((p) => p.payload.id).sort();
    expect(ids('kyiv-extreme')).toEqual([extreme.id]);
    expect(ids('kyiv-all')).toEqual([extreme.id]); // the minor one is below SIRENA_PUSH_MIN_SEVERITY (severe)
    expect(ids('diplomacy-all')).toEqual([severe.id]);
    expect(ids('both')).toEqual([extreme.id, severe.id].sort()); // two topics: once
    expect(push.received.some((p) => p.payload.id === minor.id)).toBe(false);
    const first = push.pushesTo('kyiv-all')[0]!;
    expect(Object.keys(first.payload).sort()).toEqual(['id', 'msgType', 'seq', 'severity', 'title', 'topics']);
    expect(first.payload).toMatchObject({ id: extreme.id, seq: extreme.seq, severity: 'extreme', topics: ['kyiv-air-raids'], msgType: 'alert' });
    expect(first.urgency).toBe('high');
    expect(push.pushesTo('diplomacy-all')[0]!.urgency).toBe('normal');
    expect(push.rejected).toEqual([]);
  });

  it('replaces the subscription of an endpoint subscribed again, and DELETE unsubscribes', async () => {
    const sub = push.subscription('resubscribed');
    const first = await subscribe({ subscription: sub.json, topics: ['troops'] });
    const second = await subscribe({ subscription: sub.json, topics: ['kyiv-air-raids'] });
    expect(second.body.id).not.toBe(first.body.id);
    const alert = await alertFor({ text: EXTREME_KYIV, topics: ['troops'] });
    await push.waitForPushes('resubscribed', 1);
    await settle();
    expect(push.pushesTo('resubscribed')).toHaveLength(1);
    expect(push.pushesTo('resubscribed')[0]!.payload.id).toBe(alert.id);

    expect((await request(sys.api.url, 'DELETE', `/v1/push/subscriptions/${second.body.id}`)).status).toBe(204);
    expect((await request(sys.api.url, 'DELETE', `/v1/push/subscriptions/${second.body.id}`)).status).toBe(204);
    await alertFor({ text: EXTREME_KYIV });
    await settle();
    expect(push.pushesTo('resubscribed')).toHaveLength(1);
  });

  it('removes a subscription the push service answers 410 Gone', async () => {
    await subscribed('gone', ['kyiv-air-raids']);
    push.script('gone', [{ status: 410 }]);
    await alertFor({ text: EXTREME_KYIV });
    await waitUntil(() => (push.attempts.get('gone')?.length ?? 0) >= 1, 'the 410');
    await settle();
    await alertFor({ text: EXTREME_KYIV });
    await settle();
    expect(push.attempts.get('gone')).toHaveLength(1);
    expect(push.pushesTo('gone')).toHaveLength(0);
  });

  it('retries a 429 after its Retry-After, and a 503, then delivers once', async () => {
    await subscribed('throttled', ['kyiv-air-raids']);
    push.script('throttled', [{ status: 429, retryAfter: 2 }, { status: 503 }]);
    const alert = await alertFor({ text: EXTREME_KYIV });
    const [delivered] = await push.waitForPushes('throttled', 1, 20_000);
    const attempts = push.attempts.get('throttled')!;
    expect(attempts).toHaveLength(3);
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(1900);
    expect(delivered!.payload.id).toBe(alert.id);
    await settle();
    expect(push.pushesTo('throttled')).toHaveLength(1);
  });

  it('pushes the cancellation of a pushed alert to those it was pushed to', async () => {
    await subscribed('cancel-watch', ['diplomacy']);
    await subscribed('cancel-other', ['troops']);
    const alert = await alertFor({ text: 'Foreign ministers met for talks in Geneva', severity: 'severe', topics: ['diplomacy'] });
    await push.waitForPushes('cancel-watch', 1);
    const cancelled = await request<{ seq: number }>(sys.api.url, 'POST', `/v1/alerts/${alert.id}/cancel`, {
      json: { note: 'posted in error' },
      headers: { authorization: `Bearer ${EDITOR_KEY}` },
    });
    expect(cancelled.status).toBe(201);
    const pushes = await push.waitForPushes('cancel-watch', 2);
    expect(pushes[1]!.payload).toMatchObject({ id: alert.id, seq: cancelled.body.seq, msgType: 'cancel' });
    await settle();
    expect(push.pushesTo('cancel-watch')).toHaveLength(2);
    expect(push.pushesTo('cancel-other')).toHaveLength(0);
  });
});

describe('receipts and escalation', () => {
  it('pushes a device with no socket at once, one whose socket acked not at all, one whose socket did not ack after the delay', async () => {
    await subscribed('away', ['kyiv-air-raids'], { deviceId: 'device-away' });
    await subscribed('acking', ['kyiv-air-raids'], { deviceId: 'device-acking' });
    await subscribed('silent', ['kyiv-air-raids'], { deviceId: 'device-silent' });
    const acking = await connectClient(sys.gateways[0]!.url, { deviceId: 'device-acking' });
    const silent = await connectClient(sys.gateways[0]!.url, { deviceId: 'device-silent' });
    clients.push(acking, silent);
    acking.socket.on('alert', (alert) => acking.socket.emit('ack', { seq: alert.seq }));
    await acking.subscribe({ topics: ['kyiv-air-raids'] });
    await silent.subscribe({ topics: ['kyiv-air-raids'] });
    // Presence is written as the socket connects; give it a moment to land.
    await new Promise((resolve) => setTimeout(resolve, 200));

    const posted = Date.now();
    const alert = await alertFor({ text: EXTREME_KYIV });
    await acking.waitForAlerts(1);
    const [away] = await push.waitForPushes('away', 1);
    const [late] = await push.waitForPushes('silent', 1);
    await settle();
    expect(away!.payload.id).toBe(alert.id);
    expect(late!.payload.id).toBe(alert.id);
    expect(late!.at - posted).toBeGreaterThanOrEqual(ESCALATE_MS - 200);
    expect(away!.at - posted).toBeLessThan(ESCALATE_MS);
    expect(push.pushesTo('acking')).toHaveLength(0);

    // The ack is answered, and a bad one refused without closing the socket.
    expect(await acking.socket.timeout(5000).emitWithAck('ack', { seq: alert.seq })).toEqual({ ok: true });
    const bad = (await acking.socket.timeout(5000).emitWithAck('ack', { seq: 'x' } as never)) as { ok: boolean; error?: { code: string } };
    expect([bad.ok, bad.error?.code]).toEqual([false, 'invalid_request']);
    expect(acking.socket.connected).toBe(true);
  });

  it('lets an SSE client hold its pushes with ?deviceId= and ack over POST /v1/push/acks', async () => {
    await subscribed('sse-acking', ['kyiv-air-raids'], { deviceId: 'device-sse' });
    const stream = await openStream(sys.gateways[0]!.url, '/v1/stream?topic=kyiv-air-raids&deviceId=device-sse');
    await stream.waitForEvent((event) => event.event === 'ready', 'ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const alert = await alertFor({ text: EXTREME_KYIV });
    await stream.waitForEvent((event) => event.event === 'alert' && event.id === String(alert.seq), 'the alert');
    const acked = await request(sys.gateways[0]!.url, 'POST', '/v1/push/acks', { json: { deviceId: 'device-sse', seq: alert.seq } });
    expect(acked.status).toBe(204);
    await settle();
    expect(push.pushesTo('sse-acking')).toHaveLength(0);
    stream.close();
    const bad = await request<{ error: { code: string } }>(sys.gateways[0]!.url, 'POST', '/v1/push/acks', { json: { deviceId: 'device-sse' } });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'invalid_request']);
    // A seq no alert has yet is refused (it would leave delivery figures in Redis for nothing).
    const ahead = await request<{ error: { code: string } }>(sys.api.url, 'POST', '/v1/push/acks', { json: { deviceId: 'device-sse', seq: alert.seq + 1_000_000 } });
    expect([ahead.status, ahead.body.error.code]).toEqual([400, 'invalid_request']);
  });

  it('reports per-alert delivery figures in the ops view and /metrics', async () => {
    await subscribed('figures', ['troops'], { deviceId: 'device-figures' });
    const client = await connectClient(sys.gateways[0]!.url, { deviceId: 'device-figures' });
    clients.push(client);
    // Each alert acked three times: an ack counts once per socket.
    client.socket.on('alert', (alert) => {
      for (let i = 0; i < 3; i += 1) client.socket.emit('ack', { seq: alert.seq });
    });
    await client.subscribe({ topics: ['troops'] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const alert = await alertFor({ text: 'Russian troops shelled Kharkiv, dozens wounded', severity: 'severe', topics: ['troops'] });
    await client.waitForAlerts(1);
    await settle();
    const ops = await request<{ delivery: { pushSubscriptions: number; recent: Record<string, number | string>[] } }>(sys.api.url, 'GET', '/admin/ops', {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(ops.status).toBe(200);
    expect(ops.body.delivery.pushSubscriptions).toBeGreaterThan(0);
    const figures = ops.body.delivery.recent.find((entry) => entry.seq === alert.seq);
    // 'figures' acked (suppressed); 'cancel-other' (troops, no device) was pushed at once.
    expect(figures).toMatchObject({ id: alert.id, socketsSent: 1, acks: 1, pushTargets: 2, pushSuppressed: 1, pushSent: 1, pushFailed: 0 });
    const extreme = ops.body.delivery.recent.find((entry) => Number(entry.pushSent) > 0);
    expect(extreme).toBeDefined();
    const metrics = await request<string>(sys.api.url, 'GET', '/metrics');
    expect(metrics.body).toMatch(/sirena_delivery_total\{figure="pushSent",role="api"\} [1-9]/);
    expect(metrics.body).toContain(`sirena_alert_delivery{seq="${alert.seq}",id="${alert.id}",figure="acks",role="api"} 1`);
  });
});

describe('with SIRENA_JWT_SECRET set', () => {
  it('takes the bearer JWT for the topics of a subscription: 401 without, 403 outside it, 201 within', async () => {
    const secret = 'a-jwt-secret-of-at-least-32-characters!!';
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      SIRENA_KEY_PREFIX: uniquePrefix(),
      PORT: '0',
      HOST: '127.0.0.1',
      SIRENA_JWT_SECRET: secret,
      SIRENA_PUSH_ENDPOINT_HOSTS: push.host,
    });
    const role = await startHttpRole({ config, logger: createLogger({ level: 'silent', role: 'test' }) }, { api: true, gateway: true });
    try {
      const base = `http://127.0.0.1:${role.port}`;
      const token = await new SignJWT({ topics: ['diplomacy'] }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode(secret));
      const body = (topics: string[]) => ({ subscription: push.subscription(`jwt-${topics.join('-')}`).json, topics });
      const none = await subscribe(body(['diplomacy']), base);
      expect([none.status, none.body.error?.code]).toEqual([401, 'unauthorized']);
      const outside = await subscribe(body(['diplomacy', 'kyiv-air-raids']), base, { authorization: `Bearer ${token}` });
      expect([outside.status, outside.body.error?.code]).toEqual([403, 'forbidden']);
      const within = await subscribe(body(['diplomacy']), base, { authorization: `Bearer ${token}` });
      expect(within.status).toBe(201);
      // It lasts as long as the token: nothing is pushed to it after the token's exp.
      const redis = new Redis(testRedisUrl());
      try {
        const stored = await new PushSubscriptions({ redis, keys: new RedisKeys(config.keyPrefix) }).get(within.body.id);
        expect(stored?.expiresAt).toBe((decodeJwt(token).exp as number) * 1000);
      } finally {
        await redis.quit();
      }
    } finally {
      await role.close();
    }
  });
});

describe('subscribing too often', () => {
  it('answers 429 rate_limited with Retry-After beyond SIRENA_PUSH_SUBSCRIBE_RATE_PER_MINUTE from one address', async () => {
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      SIRENA_KEY_PREFIX: uniquePrefix(),
      PORT: '0',
      HOST: '127.0.0.1',
      SIRENA_PUSH_ENDPOINT_HOSTS: push.host,
      SIRENA_PUSH_SUBSCRIBE_RATE_PER_MINUTE: '3',
    });
    const role = await startHttpRole({ config, logger: createLogger({ level: 'silent', role: 'test' }) }, { api: true, gateway: true });
    try {
      const base = `http://127.0.0.1:${role.port}`;
      for (let i = 0; i < 3; i += 1) expect((await subscribe({ subscription: push.subscription(`rate-${i}`).json, topics: ['diplomacy'] }, base)).status).toBe(201);
      const over = await subscribe({ subscription: push.subscription('rate-3').json, topics: ['diplomacy'] }, base);
      expect([over.status, over.body.error?.code]).toEqual([429, 'rate_limited']);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await role.close();
    }
  });
});
