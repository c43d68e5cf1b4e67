// Every limit answers with its documented code and loses nothing: ingest rate (across API processes), sockets per
// IP, subscribe rate, topics per socket, socket payload size and queue backpressure.
import { request as httpRequest } from 'node:http';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobIdFor } from '../../src/queue/update-queue.js';
import { RedisKeys } from '../../src/store/keys.js';
import {
  TestClient,
  connectClient,
  postUpdate,
  request,
  startRole,
  testRedisUrl,
  uniquePrefix,
  waitUntil,
  type RoleProcess,
} from '../helpers/system.js';

const KEY_A = 'limits-key-aaaaaaaaaaaaaa';
const KEY_B = 'limits-key-bbbbbbbbbbbbbb';
const procs: RoleProcess[] = [];
afterAll(async () => {
  await Promise.all(procs.map((proc) => proc.stop()));
});
async function start(role: 'api' | 'gateway' | 'worker', env: Record<string, string>): Promise<RoleProcess> {
  const proc = await startRole(role, { REDIS_URL: testRedisUrl(), ...env });
  procs.push(proc);
  return proc;
}
const update = (id?: string) => ({ text: 'Troops rotated near the border', topics: ['troops'], ...(id && { id }) });

describe('ingest rate per publisher key, shared by API processes through Redis', () => {
  let apis: RoleProcess[];
  const prefix = uniquePrefix();
  beforeAll(async () => {
    const env = { SIRENA_KEY_PREFIX: prefix, SIRENA_PUBLISH_KEYS: `${KEY_A},${KEY_B}`, SIRENA_INGEST_RATE_LIMIT: '5' };
    apis = await Promise.all([start('api', env), start('api', env)]);
  });

  it('the sixth request of a key over two processes gets 429 rate_limited with Retry-After; other keys go on', async () => {
    const auth = { authorization: `Bearer ${KEY_A}` };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await postUpdate(apis[i % 2]!.url, update(), auth)).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202]);

    for (const api of apis) {
      const limited = await postUpdate(api.url, update('rate-limited-1'), auth);
      expect(limited.status).toBe(429);
      expect(limited.body.error).toMatchObject({ code: 'rate_limited' });
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }
    const other = await postUpdate(apis[0]!.url, update(), { authorization: `Bearer ${KEY_B}` });
    expect(other.status).toBe(202);

    const redis = new Redis(testRedisUrl());
    try {
      const keys = new RedisKeys(prefix);
      // The limited request was not queued.
      expect(await redis.exists(`${keys.bullPrefix}:updates:${jobIdFor('rate-limited-1')}`)).toBe(0);
      expect(await redis.exists(`${keys.bullPrefix}:updates:${jobIdFor(other.body.ids[0]!)}`)).toBe(1);
      // One counter per key, named by a digest under the configured prefix: the key itself never reaches Redis.
      const counters = await redis.keys(`${keys.rateLimitPrefix}*`);
      expect(counters).toHaveLength(2);
      expect(counters.join()).not.toContain(KEY_A);
      expect(await redis.ttl(counters[0]!)).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });
});

describe('ingest body bytes per publisher key (SIRENA_INGEST_BYTE_RATE_LIMIT)', () => {
  let api: RoleProcess;
  const prefix = uniquePrefix();
  beforeAll(async () => {
    api = await start('api', { SIRENA_KEY_PREFIX: prefix, SIRENA_PUBLISH_KEYS: `${KEY_A},${KEY_B}`, SIRENA_INGEST_BYTE_RATE_LIMIT: '20000' });
  });
  /** A batch whose JSON body is about `bytes` long. */
  const batch = (bytes: number, tag: string) => ({
    updates: Array.from({ length: Math.ceil(bytes / 2000) }, (_, i) => ({ id: `${tag}-${i}`, text: `Troops rotated ${'x'.repeat(1900)}`, topics: ['troops'] })),
  });

  it('a publisher past its bytes in the window gets 429 rate_limited with Retry-After, nothing accepted; others go on', async () => {
    const auth = { authorization: `Bearer ${KEY_A}` };
    expect((await postUpdate(api.url, batch(12_000, 'bytes-a'), auth)).status).toBe(202);
    const over = await postUpdate(api.url, batch(12_000, 'bytes-b'), auth);
    expect(over.status).toBe(429);
    expect(over.body.error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('bytes') });
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Even a small request waits for the window now: the budget is spent.
    expect((await postUpdate(api.url, update(), auth)).status).toBe(429);
    expect((await postUpdate(api.url, batch(12_000, 'bytes-c'), { authorization: `Bearer ${KEY_B}` })).status).toBe(202);
    // Only the two accepted batches are queued (no worker runs here): the refused one added nothing.
    const redis = new Redis(testRedisUrl());
    try {
      expect(Number(await redis.get(new RedisKeys(prefix).queuedUpdates))).toBe(2 * batch(12_000, 'x').updates.length);
    } finally {
      redis.disconnect();
    }
  });

  it('a compressed body is charged at what it inflates to', async () => {
    const { gzipSync } = await import('node:zlib');
    const auth = { authorization: `Bearer ${KEY_A}`, 'content-type': 'application/json', 'content-encoding': 'gzip' };
    const other = await start('api', { SIRENA_KEY_PREFIX: uniquePrefix(), SIRENA_PUBLISH_KEYS: KEY_A, SIRENA_INGEST_BYTE_RATE_LIMIT: '20000' });
    // 30 KB of JSON that gzip makes about 1 KB: within the budget as sent, past it as read.
    const body = gzipSync(JSON.stringify(batch(30_000, 'gz')));
    expect(body.length).toBeLessThan(5_000);
    const answer = await request(other.url, 'POST', '/v1/updates', { body: body as unknown as string, headers: auth });
    expect(answer.status).toBe(429);
    expect(answer.body).toMatchObject({ error: { code: 'rate_limited' } });
  });

  it('a chunked body (no Content-Length) is charged once read', async () => {
    const body = JSON.stringify(batch(30_000, 'chunked'));
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${api.url}/v1/updates`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY_B}`, 'transfer-encoding': 'chunked' },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 1000));
      req.end(body.slice(1000));
    });
    expect(answer.status).toBe(429);
    expect((JSON.parse(answer.body) as { error: { code: string } }).error.code).toBe('rate_limited');
  });
});

describe('the ingest rate verdict', () => {
  let apis: RoleProcess[];
  const auth = { authorization: `Bearer ${KEY_A}` };
  beforeAll(async () => {
    const env = { SIRENA_KEY_PREFIX: uniquePrefix(), SIRENA_PUBLISH_KEYS: KEY_A, SIRENA_INGEST_RATE_LIMIT: '3' };
    apis = await Promise.all([start('api', env), start('api', env)]);
  });

  /** Sends headers and half a body, never the rest; resolves with the status if the server answers anyway. */
  const halfSent = (url: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = httpRequest(`${url}/v1/updates`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', 'content-length': '1000' },
      });
      req.on('response', (res) => {
        resolve(res.statusCode ?? 0);
        res.resume();
        req.destroy();
      });
      req.on('error', reject);
      req.write('{"text": "Troops rotated');
    });

  it('is counted before the body is read and checked while it is parsed: over the limit wins over a bad body', async () => {
    const [first, second] = apis as [RoleProcess, RoleProcess];
    // Within the limit, a bad body is a 400 and still counts.
    const bad = await request(first.url, 'POST', '/v1/updates', { headers: { ...auth, 'content-type': 'application/json' }, body: '{"text":' });
    expect(bad.status).toBe(400);
    expect((await postUpdate(first.url, update(), auth)).status).toBe(202);
    expect((await postUpdate(first.url, update(), auth)).status).toBe(202);
    // The other process has not seen this publisher over the limit: it reads each body while Redis answers, and
    // still answers 429 whatever else is wrong with the request.
    const wrongs = [
      { body: 'not json', headers: { 'content-type': 'application/json' } },
      { body: 'x', headers: { 'content-type': 'text/plain' } },
      { body: JSON.stringify({ text: '' }), headers: { 'content-type': 'application/json' } },
    ];
    const answers = await Promise.all(wrongs.map((wrong) => request(second.url, 'POST', '/v1/updates', { body: wrong.body, headers: { ...auth, ...wrong.headers } })));
    for (const answer of answers) {
      expect(answer.status).toBe(429);
      expect(answer.body).toMatchObject({ error: { code: 'rate_limited' } });
    }
  });

  it('turns a publisher it saw over the limit away without waiting for the body', async () => {
    // The previous test used up the window: this request's body never finishes, yet both processes answer.
    for (const api of apis) expect(await halfSent(api.url)).toBe(429);
  });
});

describe('the ingest rate limit at its edge', () => {
  it('is exact request by request: the 41st of 40 is refused, and the counter holds every one', async () => {
    const prefix = uniquePrefix();
    const api = await start('api', { SIRENA_KEY_PREFIX: prefix, SIRENA_PUBLISH_KEYS: KEY_B, SIRENA_INGEST_RATE_LIMIT: '40' });
    const auth = { authorization: `Bearer ${KEY_B}` };
    const statuses = [];
    for (let i = 0; i < 40; i++) statuses.push((await postUpdate(api.url, update(), auth)).status);
    expect(statuses).toEqual(Array.from({ length: 40 }, () => 202));
    expect((await postUpdate(api.url, update(), auth)).status).toBe(429);
    const redis = new Redis(testRedisUrl());
    try {
      const [counter] = await redis.keys(`${new RedisKeys(prefix).rateLimitPrefix}*`);
      expect(Number(await redis.get(counter!))).toBe(41);
    } finally {
      redis.disconnect();
    }
  });

  it('holds over two API processes when one of them last saw the publisher far from its limit', async () => {
    const env = { SIRENA_KEY_PREFIX: uniquePrefix(), SIRENA_PUBLISH_KEYS: KEY_B, SIRENA_INGEST_RATE_LIMIT: '40' };
    const [first, second] = (await Promise.all([start('api', env), start('api', env)])) as [RoleProcess, RoleProcess];
    const auth = { authorization: `Bearer ${KEY_B}` };
    // The first process's last verdict leaves 39; the second then uses all 39.
    expect((await postUpdate(first.url, update(), auth)).status).toBe(202);
    for (let i = 0; i < 39; i++) expect((await postUpdate(second.url, update(), auth)).status).toBe(202);
    // A burst at the first process: what it knew is stale, and every one of these is over the limit.
    const burst = await Promise.all(Array.from({ length: 30 }, () => postUpdate(first.url, update(), auth)));
    expect(burst.map((answer) => answer.status)).toEqual(Array.from({ length: 30 }, () => 429));
  });
});

describe('gateway limits', () => {
  let gateway: RoleProcess;
  beforeAll(async () => {
    gateway = await start('gateway', {
      SIRENA_KEY_PREFIX: uniquePrefix(),
      SIRENA_MAX_SOCKETS_PER_IP: '3',
      SIRENA_SUBSCRIBE_RATE_PER_MINUTE: '5',
      SIRENA_MAX_TOPICS_PER_SOCKET: '2',
      SIRENA_MAX_SOCKET_PAYLOAD_BYTES: '2048',
    });
  });

  it('refuses a fourth socket from one IP with rate_limited, and admits one again after a close', async () => {
    const clients = await Promise.all([1, 2, 3].map(() => connectClient(gateway.url)));
    const fourth = new TestClient(gateway.url);
    const refusal = (await fourth.connected().then(
      () => null,
      (error: unknown) => error,
    )) as { data?: { code?: string }; message: string } | null;
    fourth.close();
    expect(refusal?.data?.code).toBe('rate_limited');
    expect(refusal?.message).toContain('more than 3 connections');
    clients[0]!.close();
    const again = await waitUntil(async () => {
      const client = new TestClient(gateway.url);
      return client.connected().then(
        () => client,
        () => {
          client.close();
          return null;
        },
      );
    }, 'a socket admitted after one closed');
    expect(await again.subscribe({ topics: ['troops'] })).toMatchObject({ ok: true });
    for (const client of [again, ...clients]) client.close();
  });

  it('acks rate_limited beyond the subscribe rate; the socket stays connected and others are unaffected', async () => {
    // Sockets closed by the previous test are released by the server a moment later.
    const client = await waitUntil(() => connectClient(gateway.url), 'a socket');
    const acks = [];
    for (let i = 0; i < 5; i += 1) acks.push(await client.subscribe({ topics: ['troops'] }));
    expect(acks.every((ack) => ack.ok)).toBe(true);
    expect(await client.subscribe({ topics: ['troops'] })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(await client.unsubscribe({ topics: ['troops'] })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(client.socket.connected).toBe(true);
    const other = await connectClient(gateway.url);
    expect(await other.subscribe({ topics: ['troops'] })).toMatchObject({ ok: true });
    client.close();
    other.close();
  });

  it('acks invalid_request beyond the topics per socket, counting topics already held', async () => {
    const client = await waitUntil(() => connectClient(gateway.url), 'a socket');
    expect(await client.subscribe({ topics: ['troops', 'diplomacy'] })).toMatchObject({ ok: true });
    expect(await client.subscribe({ topics: ['general'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', message: expect.stringContaining('at most 2 topics') },
    });
    // Re-subscribing held topics (e.g. to change minSeverity) is not a new topic.
    expect(await client.subscribe({ topics: ['troops'], minSeverity: 'severe' })).toMatchObject({ ok: true });
    expect(await client.unsubscribe({ topics: ['troops'] })).toMatchObject({ ok: true, topics: ['diplomacy'] });
    expect(await client.subscribe({ topics: ['general'] })).toMatchObject({ ok: true, topics: ['diplomacy', 'general'] });
    client.close();
  });

  it('closes only the socket that sends a message over the payload limit (Socket.IO semantics)', async () => {
    const bystander = await waitUntil(() => connectClient(gateway.url), 'a bystander socket');
    expect(await bystander.subscribe({ topics: ['troops'] })).toMatchObject({ ok: true });
    const offender = await waitUntil(() => connectClient(gateway.url), 'an offending socket');
    const closed = new Promise<string>((resolve) => offender.socket.once('disconnect', (reason) => resolve(reason)));
    offender.socket.emit('subscribe', { topics: Array.from({ length: 300 }, (_, i) => `topic-${i}`) } as never);
    expect(await closed).toBe('transport close');
    expect(bystander.socket.connected).toBe(true);
    expect(await bystander.subscribe({ topics: ['diplomacy'] })).toMatchObject({ ok: true });
    expect((await request(gateway.url, 'GET', '/healthz')).status).toBe(200);
    bystander.close();
    offender.close();
  });
});

describe('queue backpressure', () => {
  it('answers 503 queue_overloaded beyond SIRENA_MAX_QUEUE_DEPTH, and every update it accepted is alerted', async () => {
    const env = { SIRENA_KEY_PREFIX: uniquePrefix(), SIRENA_MAX_QUEUE_DEPTH: '50' };
    const api = await start('api', env);
    const batch = (from: number, n: number) => ({ updates: Array.from({ length: n }, (_, i) => update(`bp-${from + i}`)) });

    const tooBig = await postUpdate(api.url, batch(1000, 51));
    expect(tooBig.status).toBe(503);
    expect(tooBig.body.error).toMatchObject({ code: 'queue_overloaded' });
    expect(Number(tooBig.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    expect((await postUpdate(api.url, batch(0, 30))).status).toBe(202);
    // Within the depth reading's cache period too: what was just queued counts.
    const over = await postUpdate(api.url, batch(30, 30));
    expect(over.status).toBe(503);
    expect(over.body.error).toMatchObject({ code: 'queue_overloaded' });
    expect((await postUpdate(api.url, batch(30, 20))).status).toBe(202);
    expect((await postUpdate(api.url, update('bp-extra'))).status).toBe(503);

    await start('worker', env);
    const alerts = await waitUntil(async () => {
      const all = await request<{ alerts: { id: string; seq: number }[] }>(api.url, 'GET', '/v1/alerts?after=0&limit=1000');
      return all.body.alerts.length >= 50 ? all.body.alerts : null;
    }, '50 alerts', 20_000);
    expect(alerts.map((alert) => alert.id).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `bp-${i}`).sort());
    expect(alerts.map((alert) => alert.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect((await postUpdate(api.url, update('bp-after'))).status).toBe(202);
  });
});
