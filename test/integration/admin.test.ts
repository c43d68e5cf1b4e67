// /admin behind SIRENA_ADMIN_TOKEN (Bull Board, ops view, sign-in cookie) and the ops figures /metrics exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpsStatusSchema } from '../../src/core/ops-status.js';
import {
  connectClient,
  openStream,
  postUpdate,
  request,
  startRole,
  startSystem,
  uniquePrefix,
  testRedisUrl,
  waitUntil,
  type TestSystem,
} from '../helpers/system.js';

const TOKEN = 'admin-token-0123456789abcdef';
const METRICS_TOKEN = 'metrics-token-0123456789abcdef';
const bearer = { authorization: `Bearer ${TOKEN}` };

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ gateways: 1, workers: 1, env: { SIRENA_ADMIN_TOKEN: TOKEN, SIRENA_METRICS_TOKEN: METRICS_TOKEN } });
});
afterAll(async () => {
  await sys?.stop();
});

/** The value of one Prometheus sample, e.g. metric(text, 'sirena_queue_jobs{state="wait"'). */
function metric(text: string, sample: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(sample));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('admin routes with SIRENA_ADMIN_TOKEN set', () => {
  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer not-the-admin-token-at-all' }],
    ['a wrong cookie', { cookie: 'sirena_admin=nope' }],
  ])('%s → 401 unauthorized on the ops view and Bull Board', async (_what, headers) => {
    for (const path of ['/admin/ops', '/admin/queues', '/admin/queues/api/queues']) {
      const response = await request(sys.api.url, 'GET', path, { headers });
      expect(response.status, path).toBe(401);
      expect(response.body, path).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('the ops view reports queue, workers, history and topic counts', async () => {
    await postUpdate(sys, { id: 'ops-1', text: 'Troops rotated out of the city', topics: ['troops'] });
    const status = await waitUntil(async () => {
      const response = await request(sys.api.url, 'GET', '/admin/ops', { headers: bearer });
      expect(response.status).toBe(200);
      const body = OpsStatusSchema.parse(response.body);
      // The view reads each figure with its own command, not one snapshot: the append can land between the topic
      // counts and latestSeq, so wait for the count itself too.
      const troops = body.topics.find((topic) => topic.id === 'troops')?.count ?? 0;
      return body.history.latestSeq >= 1 && troops >= 1 && body.queue.workers >= 1 ? body : null;
    }, 'the alert stored and the worker counted');
    expect(status.queue.maxDepth).toBe(100_000);
    expect(status.topics.find((topic) => topic.id === 'troops')?.count).toBeGreaterThanOrEqual(1);
    expect(status.history.oldestSeq).toBe(1);
  });

  it('serves Bull Board with the updates queue to a bearer token', async () => {
    const page = await request<string>(sys.api.url, 'GET', '/admin/queues', { headers: bearer });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.body).toContain('href="/admin/queues/"');
    // The UI's own scripts come from node_modules through the same guarded route.
    const script = /src="(static\/js\/main[^"]+)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const asset = await request<string>(sys.api.url, 'GET', `/admin/queues/${script}`, { headers: bearer });
    expect(asset.status).toBe(200);
    const queues = await request<{ queues: { name: string }[] }>(sys.api.url, 'GET', '/admin/queues/api/queues', { headers: bearer });
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((queue) => queue.name)).toContain('updates');
  });

  it('signs in with the form and then uses the cookie', async () => {
    const form = await request<string>(sys.api.url, 'GET', '/admin/login');
    expect(form.status).toBe(200);
    expect(form.body).toContain('<form');
    const wrong = await fetch(`${sys.api.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'token=wrong',
      redirect: 'manual',
    });
    expect(wrong.status).toBe(401);
    const signIn = await fetch(`${sys.api.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${encodeURIComponent(TOKEN)}`,
      redirect: 'manual',
    });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/admin/queues');
    const cookie = signIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const session = cookie.split(';')[0]!;
    // The cookie holds a session value, never the admin token itself.
    expect(session).not.toContain(TOKEN);
    expect(session).toMatch(/^sirena_admin=[A-Za-z0-9_-]{43}$/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
    const ops = await request(sys.api.url, 'GET', '/admin/ops', { headers: { cookie: session } });
    expect(ops.status).toBe(200);

    // Signing out ends that session everywhere.
    const signOut = await fetch(`${sys.api.url}/admin/logout`, { method: 'POST', headers: { cookie: session }, redirect: 'manual' });
    expect(signOut.status).toBe(303);
    const after = await request(sys.api.url, 'GET', '/admin/ops', { headers: { cookie: session } });
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('a cookie holding the raw admin token is not a session', async () => {
    const response = await request(sys.api.url, 'GET', '/admin/ops', { headers: { cookie: `sirena_admin=${TOKEN}` } });
    expect(response.status).toBe(401);
  });

  it('throttles failed sign-ins per address: 429 with Retry-After, even for the right token, until the window ends', async () => {
    const api = await startRole('api', { REDIS_URL: testRedisUrl(), SIRENA_KEY_PREFIX: uniquePrefix(), SIRENA_ADMIN_TOKEN: TOKEN });
    try {
      const signIn = (token: string) =>
        fetch(`${api.url}/admin/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `token=${encodeURIComponent(token)}`,
          redirect: 'manual',
        });
      // Guesses sent at once are each counted before they are judged: no more than 10 are tried.
      const statuses = (await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(`wrong-${i}`)))).map((r) => r.status);
      expect(statuses.filter((status) => status === 401)).toHaveLength(10);
      expect(statuses.filter((status) => status === 429)).toHaveLength(10);
      const refused = await signIn('wrong-again');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
      expect((await signIn(TOKEN)).status).toBe(429);
      // The bearer header is no way round it.
      const bearerGuess = await request(api.url, 'GET', '/admin/ops', { headers: { authorization: 'Bearer not-the-admin-token-at-all' } });
      expect(bearerGuess.status).toBe(429);
      expect(bearerGuess.body).toMatchObject({ error: { code: 'rate_limited' } });
    } finally {
      await api.stop();
    }
  });
});

describe('/metrics with SIRENA_METRICS_TOKEN set', () => {
  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer not-the-metrics-token' }],
    ['the admin token', bearer],
  ])('%s → 401 on the API and the gateway', async (_what, headers) => {
    for (const url of [sys.api.url, sys.gateways[0]!.url]) {
      const response = await request(url, 'GET', '/metrics', { headers });
      expect(response.status, url).toBe(401);
      expect(response.body, url).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });
});

const metricsAuth = { authorization: `Bearer ${METRICS_TOKEN}` };

describe('/metrics ops figures', () => {
  it('the API exports queue depth by state and the worker count', async () => {
    const text = await waitUntil(async () => {
      const body = (await request<string>(sys.api.url, 'GET', '/metrics', { headers: metricsAuth })).body;
      return (metric(body, 'sirena_queue_workers{') ?? 0) >= 1 ? body : null;
    }, 'a worker counted in /metrics');
    for (const state of ['wait', 'prioritized', 'delayed', 'active', 'completed', 'failed']) {
      expect(metric(text, `sirena_queue_jobs{state="${state}"`), state).toBeGreaterThanOrEqual(0);
    }
  });

  it('the gateway exports subscribers per topic and transport, and delivery latency', async () => {
    const gateway = sys.gateways[0]!.url;
    const client = await connectClient(gateway);
    await client.subscribe({ topics: ['diplomacy', 'troops'] });
    const stream = await openStream(gateway, '/v1/stream?topic=troops');
    await stream.waitForEvent((event) => event.event === 'ready', 'the stream ready');
    await postUpdate(sys, { id: 'metrics-1', text: 'Brigade moved to the front', topics: ['troops'] });
    await client.waitForAlerts(1);
    const text = (await request<string>(gateway, 'GET', '/metrics', { headers: metricsAuth })).body;
    expect(metric(text, 'sirena_topic_subscribers{topic="troops",transport="socket.io"')).toBe(1);
    expect(metric(text, 'sirena_topic_subscribers{topic="diplomacy",transport="socket.io"')).toBe(1);
    expect(metric(text, 'sirena_topic_subscribers{topic="troops",transport="sse"')).toBe(1);
    expect(metric(text, 'sirena_delivery_latency_seconds_count{')).toBeGreaterThanOrEqual(1);
    client.close();
    stream.close();
  });
});

describe('admin routes without SIRENA_ADMIN_TOKEN', () => {
  it('answer 404 admin_disabled, whatever the credentials', async () => {
    const api = await startRole('api', { REDIS_URL: testRedisUrl(), SIRENA_KEY_PREFIX: uniquePrefix() });
    try {
      for (const path of ['/admin/ops', '/admin/queues', '/admin/login']) {
        const response = await request(api.url, 'GET', path, { headers: bearer });
        expect(response.status, path).toBe(404);
        expect(response.body, path).toMatchObject({ error: { code: 'admin_disabled' } });
      }
    } finally {
      await api.stop();
    }
  });
});
