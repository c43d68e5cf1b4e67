// Who may publish and who may subscribe: publisher keys, loopback-only ingest, subscriber JWTs and their topics.
import { networkInterfaces } from 'node:os';
import { Redis } from 'ioredis';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertPage } from '../../src/core/alert.js';
import { AlertStore } from '../../src/store/alert-store.js';
import { RedisKeys } from '../../src/store/keys.js';
import { unsequencedAlert } from '../helpers/alert-fixture.js';
import {
  TestClient,
  connectClient,
  postUpdate,
  request,
  startRole,
  testRedisUrl,
  uniquePrefix,
  type RoleProcess,
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

describe("a gateway's history (GET /v1/alerts) with SIRENA_JWT_SECRET", () => {
  let gateway: RoleProcess;
  const secret = new TextEncoder().encode(SECRET);
  const sign = (topics: string[]) => new SignJWT({ topics }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(secret);
  const history = (query: string, token?: string) =>
    request<AlertPage & { error?: { code: string; message: string } }>(gateway.url, 'GET', `/v1/alerts?${query}`, {
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
  const topicsOf = (page: AlertPage) => page.alerts.map((alert) => alert.topics.join('+'));

  beforeAll(async () => {
    // History written straight into the gateway's key prefix: no API or worker needed to read it back.
    const prefix = uniquePrefix();
    const redis = new Redis(testRedisUrl());
    const store = new AlertStore({ redis, keys: new RedisKeys(prefix), retention: { count: 100, seconds: 3600 }, idempotencySeconds: 60 });
    for (const topics of [['troops'], ['diplomacy'], ['troops', 'diplomacy'], ['general']]) await store.append(unsequencedAlert({ topics }));
    await redis.quit();
    gateway = await startRole('gateway', { REDIS_URL: testRedisUrl(), SIRENA_KEY_PREFIX: prefix, SIRENA_JWT_SECRET: SECRET });
    procs.push(gateway);
  });

  it('is read with a subscriber token, like live alerts (401 without one)', async () => {
    for (const token of [undefined, 'not.a.jwt']) {
      const answer = await history('limit=10', token);
      expect(answer.status).toBe(401);
      expect(answer.body.error?.code).toBe('unauthorized');
    }
    const all = await history('limit=10', await sign(['*']));
    expect(all.status).toBe(200);
    expect(topicsOf(all.body)).toEqual(['general', 'troops+diplomacy', 'diplomacy', 'troops']);
  });

  it('lists only the topics the token allows, and refuses to name others (403)', async () => {
    const token = await sign(['troops']);
    const mine = await history('limit=10', token);
    expect(mine.status).toBe(200);
    expect(topicsOf(mine.body)).toEqual(['troops+diplomacy', 'troops']);
    expect(topicsOf((await history('topic=troops', token)).body)).toEqual(['troops+diplomacy', 'troops']);
    const other = await history('topic=troops&topic=diplomacy', token);
    expect(other.status).toBe(403);
    expect(other.body.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('diplomacy') });
  });
});
