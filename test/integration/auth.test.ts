// Who may publish and who may subscribe: publisher keys, loopback-only ingest, subscriber JWTs and their topics.
import { networkInterfaces } from 'node:os';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SirenaClient } from '../../src/client/index.js';
import type { Alert, AlertPage } from '../../src/core/alert.js';
import { storeAlerts, unsequencedAlert } from '../helpers/alert-fixture.js';
import {
  TestClient,
  connectClient,
  openStream,
  postUpdate,
  request,
  spawnRole,
  startRole,
  testRedisUrl,
  startSystem,
  uniquePrefix,
  waitUntil,
  type RoleProcess,
  type TestSystem,
} from '../helpers/system.js';

const KEY_A = 'publisher-key-aaaaaaaaaaaa';
const KEY_B = 'publisher-key-bbbbbbbbbbbb';
const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const update = { text: 'Foreign ministers met in Vienna', topics: ['diplomacy'] };

const procs: RoleProcess[] = [];
afterAll(async () => {
  await Promise.all(procs.map((proc) => proc.stop()));
});

async function start(role: 'api' | 'gateway', env: Record<string, string>): Promise<RoleProcess> {
  const proc = await startRole(role, { REDIS_URL: testRedisUrl(), SIRENA_KEY_PREFIX: uniquePrefix(), ...env });
  procs.push(proc);
  return proc;
}

describe('publishers with SIRENA_PUBLISH_KEYS', () => {
  let api: RoleProcess;
  beforeAll(async () => {
    api = await start('api', { SIRENA_PUBLISH_KEYS: `${KEY_A}, ${KEY_B}` });
  });

  it.each([
    ['the first key', `Bearer ${KEY_A}`],
    ['the second key', `Bearer ${KEY_B}`],
    ['a lower-case scheme', `bearer ${KEY_A}`],
  ])('accepts %s', async (_name, authorization) => {
    const posted = await postUpdate(api.url, update, { authorization });
    expect(posted.status).toBe(202);
    expect(posted.body.accepted).toBe(1);
  });

  it.each([
    ['no header', undefined, 'a publisher key is required'],
    ['an empty bearer', 'Bearer ', 'a publisher key is required'],
    ['another scheme', `Basic ${Buffer.from(`x:${KEY_A}`).toString('base64')}`, 'a publisher key is required'],
    ['a wrong key', 'Bearer publisher-key-cccccccccccc', 'not valid'],
    ['a prefix of a valid key', `Bearer ${KEY_A.slice(0, -1)}`, 'not valid'],
    ['a valid key with a suffix', `Bearer ${KEY_A}x`, 'not valid'],
    ['two keys', `Bearer ${KEY_A} ${KEY_B}`, 'a publisher key is required'],
  ])('answers 401 unauthorized to %s', async (_name, authorization, message) => {
    const posted = await postUpdate(api.url, update, authorization === undefined ? {} : { authorization });
    expect(posted.status).toBe(401);
    expect(posted.body.error).toMatchObject({ code: 'unauthorized', message: expect.stringContaining(message) });
  });

  it('reads stay open and start-up does not warn about open ingest', async () => {
    expect((await request(api.url, 'GET', '/v1/topics')).status).toBe(200);
    expect(api.output.join('\n')).not.toContain('SIRENA_PUBLISH_KEYS is unset');
  });
});

describe('publishers without SIRENA_PUBLISH_KEYS (loopback only)', () => {
  it('warns at start-up and accepts loopback clients', async () => {
    const api = await start('api', {});
    const warning = JSON.parse(await api.waitForLog('SIRENA_PUBLISH_KEYS is unset')) as { level: number };
    expect(warning.level).toBe(40);
    expect((await postUpdate(api.url, update)).status).toBe(202);
  });

  const external = Object.values(networkInterfaces())
    .flat()
    .find((info) => info?.family === 'IPv4' && !info.internal)?.address;
  it.skipIf(external === undefined)(
    `answers 403 forbidden off loopback (${external ?? 'skipped: this machine has no non-internal IPv4 address'})`,
    async () => {
      const api = await start('api', { HOST: external as string });
      const posted = await postUpdate(`http://${external}:${api.port}`, update);
      expect(posted.status).toBe(403);
      expect(posted.body.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('loopback') });
      // A key-less deployment still serves reads to everyone.
      expect((await request(`http://${external}:${api.port}`, 'GET', '/healthz')).status).toBe(200);
    },
  );
});

describe('subscribers with SIRENA_JWT_SECRET', () => {
  let gateway: RoleProcess;
  const secret = new TextEncoder().encode(SECRET);
  const sign = (claims: Record<string, unknown>, options: { alg?: string; key?: Uint8Array; exp?: string | number } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: options.alg ?? 'HS256' })
      .setIssuedAt()
      .setExpirationTime(options.exp ?? '5m')
      .sign(options.key ?? secret);

  beforeAll(async () => {
    gateway = await start('gateway', { SIRENA_JWT_SECRET: SECRET });
  });

  /** Connects and returns the handshake error, or null when it connected. */
  async function handshake(auth: Record<string, unknown> | undefined): Promise<{ message: string; data?: { code?: string } } | null> {
    const client = new TestClient(gateway.url, auth);
    try {
      await client.connected();
      return null;
    } catch (error) {
      return error as { message: string; data?: { code?: string } };
    } finally {
      client.close();
    }
  }

  it('does not warn about an open gateway', () => {
    expect(gateway.output.join('\n')).not.toContain('SIRENA_JWT_SECRET is unset');
  });

  it('a token limited to some topics subscribes to those and gets forbidden for others', async () => {
    const client = await connectClient(gateway.url, { token: await sign({ topics: ['troops', 'general'] }) });
    expect(await client.subscribe({ topics: ['troops'] })).toMatchObject({ ok: true, topics: ['troops'] });
    expect(await client.subscribe({ topics: ['diplomacy'] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // One forbidden topic refuses the whole call; the socket stays usable.
    expect(await client.subscribe({ topics: ['general', 'kyiv-air-raids'] })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('kyiv-air-raids') },
    });
    expect(await client.subscribe({ topics: ['general'] })).toMatchObject({ ok: true, topics: ['troops', 'general'] });
    client.close();
  });

  it('["*"] allows every topic', async () => {
    const client = await connectClient(gateway.url, { token: await sign({ topics: ['*'] }) });
    const ack = await client.subscribe({ topics: ['troops', 'diplomacy', 'kyiv-air-raids', 'general'] });
    expect(ack).toMatchObject({ ok: true, topics: ['troops', 'diplomacy', 'kyiv-air-raids', 'general'] });
    client.close();
  });

  it.each<[string, () => Promise<Record<string, unknown> | undefined>, string]>([
    ['no auth at all', async () => undefined, 'auth.token is required'],
    ['an empty token', async () => ({ token: '' }), 'auth.token is required'],
    ['a non-string token', async () => ({ token: { topics: ['*'] } }), 'auth.token is required'],
    ['an expired token', async () => ({ token: await sign({ topics: ['*'] }, { exp: Math.floor(Date.now() / 1000) - 60 }) }), 'expired'],
    ['a token signed with another secret', async () => ({ token: await sign({ topics: ['*'] }, { key: new TextEncoder().encode(`${SECRET}-forged`) }) }), 'not valid'],
    ['an unsigned token (alg none)', async () => ({ token: new UnsecuredJWT({ topics: ['*'] }).setExpirationTime('5m').encode() }), 'not valid'],
    ['an HS512 token with the right secret', async () => ({ token: await sign({ topics: ['*'] }, { alg: 'HS512' }) }), 'not valid'],
    ['a token without a topics claim', async () => ({ token: await sign({ sub: 'someone' }) }), 'topics'],
    ['a token with bad topic ids', async () => ({ token: await sign({ topics: ['Not A Topic'] }) }), 'topics'],
    ['a token whose topics claim is a string', async () => ({ token: await sign({ topics: '*' }) }), 'topics'],
    ['garbage', async () => ({ token: 'not.a.jwt' }), 'not valid'],
    ['a 9 KB token', async () => ({ token: 'x'.repeat(9000) }), 'too long'],
  ])('refuses the handshake with %s (unauthorized)', async (_name, auth, message) => {
    const error = await handshake(await auth());
    expect(error).not.toBeNull();
    expect(error?.data?.code).toBe('unauthorized');
    expect(error?.message).toContain(message);
  });

  it('keeps serving valid clients after the refusals', async () => {
    expect((await request(gateway.url, 'GET', '/healthz')).status).toBe(200);
    expect(await handshake({ token: await sign({ topics: ['*'] }) })).toBeNull();
  });
});

/** History written straight into a key prefix: no worker needed to read it back. Returns the prefix and the alerts. */
async function seedHistory(): Promise<{ prefix: string; ids: Record<string, string>; incidents: Record<string, string> }> {
  const prefix = uniquePrefix();
  const topicSets = [['troops'], ['diplomacy'], ['troops', 'diplomacy'], ['general'], ['kyiv-air-raids']];
  const stored = await storeAlerts(prefix, topicSets.map((topics) => unsequencedAlert({ topics })));
  const key = (alert: Alert) => alert.topics.join('+');
  return {
    prefix,
    ids: Object.fromEntries(stored.map((alert) => [key(alert), alert.id])),
    incidents: Object.fromEntries(stored.map((alert) => [key(alert), alert.incidentId])),
  };
}

// Every read path applies the same grant as Socket.IO and SSE: the API and each gateway alike (issue 15.1).
describe.each(['api', 'gateway'] as const)('reading stored alerts from the %s with SIRENA_JWT_SECRET', (role) => {
  let proc: RoleProcess;
  let ids: Record<string, string>;
  let incidents: Record<string, string>;
  const secret = new TextEncoder().encode(SECRET);
  const sign = (topics: string[]) => new SignJWT({ topics }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(secret);
  const get = <T = AlertPage>(path: string, token?: string) =>
    request<T & { error?: { code: string; message: string } }>(proc.url, 'GET', path, {
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
  const history = (query: string, token?: string) => get(`/v1/alerts?${query}`, token);
  const topicsOf = (page: AlertPage) => page.alerts.map((alert) => alert.topics.join('+'));

  beforeAll(async () => {
    const seeded = await seedHistory();
    ({ ids, incidents } = seeded);
    proc = await startRole(role, { REDIS_URL: testRedisUrl(), SIRENA_KEY_PREFIX: seeded.prefix, SIRENA_JWT_SECRET: SECRET });
    procs.push(proc);
  });

  it('history is read with a subscriber token, like live alerts (401 without one)', async () => {
    for (const token of [undefined, 'not.a.jwt']) {
      const answer = await history('limit=10', token);
      expect(answer.status).toBe(401);
      expect(answer.body.error?.code).toBe('unauthorized');
    }
    // Polling ?after= is a live feed: it needs the token too.
    expect((await history('topic=kyiv-air-raids&after=0')).status).toBe(401);
    const all = await history('limit=10', await sign(['*']));
    expect(all.status).toBe(200);
    expect(topicsOf(all.body)).toEqual(['kyiv-air-raids', 'general', 'troops+diplomacy', 'diplomacy', 'troops']);
  });

  it('history lists only the topics the token allows, and refuses to name others (403)', async () => {
    const token = await sign(['troops']);
    const mine = await history('limit=10', token);
    expect(mine.status).toBe(200);
    expect(topicsOf(mine.body)).toEqual(['troops+diplomacy', 'troops']);
    expect(topicsOf((await history('topic=troops', token)).body)).toEqual(['troops+diplomacy', 'troops']);
    const other = await history('topic=troops&topic=diplomacy', token);
    expect(other.status).toBe(403);
    expect(other.body.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('diplomacy') });
    expect((await history('topic=kyiv-air-raids&after=0', token)).status).toBe(403);
  });

  it('a single alert needs a token that allows one of its topics', async () => {
    const path = `/v1/alerts/${ids['kyiv-air-raids']}`;
    expect((await get(path)).status).toBe(401);
    const other = await get(path, await sign(['diplomacy']));
    expect(other.status).toBe(403);
    expect(other.body.error?.code).toBe('forbidden');
    expect((await get(path, await sign(['kyiv-air-raids']))).status).toBe(200);
    // An alert on two topics is readable with either.
    expect((await get(`/v1/alerts/${ids['troops+diplomacy']}`, await sign(['diplomacy']))).status).toBe(200);
  });

  it('an incident needs a token that allows its topics', async () => {
    const path = `/v1/incidents/${incidents['kyiv-air-raids']}`;
    expect((await get(path)).status).toBe(401);
    expect((await get(path, await sign(['troops']))).status).toBe(403);
    const allowed = await get<{ alerts: { id: string }[] }>(path, await sign(['kyiv-air-raids']));
    expect(allowed.status).toBe(200);
    expect(allowed.body.alerts.map((alert) => alert.id)).toEqual([ids['kyiv-air-raids']]);
  });
});

describe('SIRENA_PUBLIC_TOPICS with SIRENA_JWT_SECRET', () => {
  let gateway: RoleProcess;
  let ids: Record<string, string>;
  const secret = new TextEncoder().encode(SECRET);
  beforeAll(async () => {
    const seeded = await seedHistory();
    ids = seeded.ids;
    gateway = await startRole('gateway', {
      REDIS_URL: testRedisUrl(),
      SIRENA_KEY_PREFIX: seeded.prefix,
      SIRENA_JWT_SECRET: SECRET,
      SIRENA_PUBLIC_TOPICS: 'general,kyiv-air-raids',
    });
    procs.push(gateway);
  });

  it('public topics are read without a token, on every path; the others still need one', async () => {
    const page = await request<AlertPage>(gateway.url, 'GET', '/v1/alerts?limit=10');
    expect(page.status).toBe(200);
    expect(page.body.alerts.map((alert) => alert.topics.join('+'))).toEqual(['kyiv-air-raids', 'general']);
    expect((await request(gateway.url, 'GET', `/v1/alerts/${ids['kyiv-air-raids']}`)).status).toBe(200);
    expect((await request(gateway.url, 'GET', `/v1/alerts/${ids['troops']}`)).status).toBe(403);
    expect((await request(gateway.url, 'GET', '/v1/alerts?topic=troops')).status).toBe(403);

    const anonymous = await connectClient(gateway.url);
    expect(await anonymous.subscribe({ topics: ['kyiv-air-raids'] })).toMatchObject({ ok: true });
    expect(await anonymous.subscribe({ topics: ['troops'] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    anonymous.close();
    // A token adds its own topics to the public ones.
    const token = await new SignJWT({ topics: ['troops'] }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(secret);
    const client = await connectClient(gateway.url, { token });
    expect(await client.subscribe({ topics: ['troops', 'general'] })).toMatchObject({ ok: true });
    client.close();
  });

  it('refuses a bad SIRENA_PUBLIC_TOPICS at start-up, naming it', async () => {
    const proc = spawnRole('gateway', { REDIS_URL: testRedisUrl(), SIRENA_KEY_PREFIX: uniquePrefix(), SIRENA_PUBLIC_TOPICS: 'general,Not A Topic' });
    expect((await proc.waitForExit()).code).toBe(1);
    expect(proc.output.join('\n')).toMatch(/SIRENA_PUBLIC_TOPICS: .*Not A Topic/);
  });
});

// A token is good until its `exp`: then the connection ends with a reason, and the SDK comes back with a fresh one.
describe('expired tokens (issue 15.9)', () => {
  let sys: TestSystem;
  const secret = new TextEncoder().encode(SECRET);
  /** A token for every topic that expires `seconds` from now. */
  const shortLived = (seconds: number) =>
    new SignJWT({ topics: ['*'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(Math.floor(Date.now() / 1000) + seconds)
      .sign(secret);

  beforeAll(async () => {
    sys = await startSystem({ gateways: 1, workers: 1, env: { SIRENA_JWT_SECRET: SECRET } });
  });
  afterAll(async () => {
    await sys?.stop();
  });

  it('a socket is told token_expired and closed at exp', async () => {
    const client = await connectClient(sys.gateways[0]!.url, { token: await shortLived(2) });
    const notice = new Promise((resolve) => client.socket.once('token_expired', resolve));
    const reason = new Promise((resolve) => client.socket.once('disconnect', resolve));
    expect(await client.subscribe({ topics: ['troops'] })).toMatchObject({ ok: true });
    expect(await notice).toEqual({ code: 'token_expired', message: expect.stringContaining('expired') });
    expect(await reason).toBe('io server disconnect');
    client.close();
  });

  it('an SSE stream ends with an error event token_expired at exp', async () => {
    const stream = await openStream(sys.gateways[0]!.url, `/v1/stream?topic=troops&token=${await shortLived(2)}`);
    const event = await stream.waitForEvent((e) => e.event === 'error', 'the error event', 10_000);
    expect(JSON.parse(event.data)).toMatchObject({ code: 'token_expired' });
    await waitUntil(() => stream.ended, 'the stream ended', 5_000);
  });

  it('the SDK reconnects with a fresh token from its callback and resumes with no gap', async () => {
    let issued = 0;
    // The second token is held back until an alert has been stored while the client had none: it must be replayed.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked: () => void = () => undefined;
    const askedAgain = new Promise<void>((resolve) => (asked = resolve));
    const client = new SirenaClient({
      url: sys.gateways[0]!.url,
      topics: ['troops'],
      token: async () => {
        issued += 1;
        if (issued === 2) {
          asked();
          await held;
        }
        return shortLived(issued === 1 ? 2 : 300);
      },
      reconnectionDelayMs: 100,
      socketOptions: { transports: ['websocket'] },
    });
    const alerts: Alert[] = [];
    const errors: string[] = [];
    client.on('alert', (alert) => alerts.push(alert));
    client.on('error', (error) => errors.push(error.code));
    try {
      await waitUntil(() => client.state === 'live', 'live');
      expect((await postUpdate(sys, { id: 'exp-before', text: 'Brigade rotated before expiry', topics: ['troops'] })).status).toBe(202);
      await waitUntil(() => alerts.some((alert) => alert.id === 'exp-before'), 'the first alert');
      // Past the first token's exp the gateway closed the socket and the client asks for a new token.
      await askedAgain;
      expect(client.state).not.toBe('live');
      expect((await postUpdate(sys, { id: 'exp-during', text: 'Brigade rotated while the token was renewed', topics: ['troops'] })).status).toBe(202);
      await waitUntil(async () => (await request(sys.api.url, 'GET', '/v1/alerts/exp-during', { headers: { authorization: `Bearer ${await shortLived(60)}` } })).status === 200, 'the gap alert stored');
      release();
      await waitUntil(() => alerts.some((alert) => alert.id === 'exp-during'), 'the alert stored while the client was away, replayed', 10_000);
      expect((await postUpdate(sys, { id: 'exp-after', text: 'Brigade rotated after expiry', topics: ['troops'] })).status).toBe(202);
      await waitUntil(() => alerts.some((alert) => alert.id === 'exp-after'), 'the alert after the new token');
      expect(alerts.map((alert) => alert.id).filter((id) => id.startsWith('exp-'))).toEqual(['exp-before', 'exp-during', 'exp-after']);
      expect(errors).toEqual([]);
    } finally {
      release();
      client.close();
    }
  });
});
