// Fault tests on real processes: a worker killed mid-stream, a gateway restart, Redis restarted with AOF, Redis
// down for a while, and Redis restarted empty. Nothing accepted with 202 is lost or alerted twice.
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import { freePort } from '../../src/roles/redis-bootstrap.js';
import { removeRedisDir, startRedisServer, type TestRedis } from '../helpers/redis-server.js';
import {
  connectClient,
  openStream,
  postUpdate,
  request,
  startRole,
  startSystem,
  waitUntil,
  type RoleProcess,
  type TestSocket,
  type TestSystem,
} from '../helpers/system.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function system(options: Parameters<typeof startSystem>[0]): Promise<TestSystem> {
  const sys = await startSystem(options);
  cleanups.push(() => sys.stop());
  return sys;
}
async function privateRedis(appendonly: boolean): Promise<TestRedis> {
  const redis = await startRedisServer({ appendonly });
  cleanups.push(async () => {
    await redis.stop({ hard: true });
    removeRedisDir(redis);
  });
  return redis;
}

/** Every stored alert, ascending by seq, paging through the API. */
async function allAlerts(apiUrl: string): Promise<Alert[]> {
  const out: Alert[] = [];
  for (;;) {
    const after = out.at(-1)?.seq ?? 0;
    const page = await request<{ alerts: Alert[] }>(apiUrl, 'GET', `/v1/alerts?after=${after}&limit=1000`);
    if (page.status !== 200) throw new Error(`GET /v1/alerts answered ${page.status}`);
    out.push(...page.body.alerts);
    if (page.body.alerts.length < 1000) return out;
  }
}
async function latestSeq(apiUrl: string): Promise<number> {
  const page = await request<{ alerts: Alert[] }>(apiUrl, 'GET', '/v1/alerts?limit=1');
  return page.body.alerts[0]?.seq ?? 0;
}
const batch = (prefix: string, from: number, n: number) => ({
  updates: Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${from + i}`, text: `Troops rotated, report ${from + i}`, topics: ['troops'] })),
});
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** Posts until the API accepts (it may still be reconnecting to Redis). */
async function postUntilAccepted(apiUrl: string, body: unknown): Promise<void> {
  await waitUntil(async () => (await postUpdate(apiUrl, body)).status === 202, 'the API to accept again', 20_000);
}

describe('a worker killed with SIGKILL mid-stream', () => {
  it('every accepted update becomes exactly one alert once another worker takes over', { timeout: 90_000 }, async () => {
    // A 3-second lock: the jobs the killed worker held are taken over 3–4.5 s after its last renewal, not 10–15 s.
    const sys = await system({ workers: 1, env: { SIRENA_JOB_LOCK_MS: '3000' } });
    // 2000 keeps the test near 40 s on a busy 2-core machine; the bench runs longer streams.
    const total = 2000;
    for (let from = 0; from < total; from += 1000) expect((await postUpdate(sys, batch('kill', from, 1000))).status).toBe(202);
    await waitUntil(async () => (await latestSeq(sys.api.url)) >= 200, 'the worker to be under way', 20_000);
    await sys.workers[0]!.stop('SIGKILL');
    const atKill = await latestSeq(sys.api.url);
    expect(atKill).toBeLessThan(total);
    await sys.addWorker();
    await waitUntil(async () => (await latestSeq(sys.api.url)) >= total, `${total} alerts`, 70_000);
    const alerts = await allAlerts(sys.api.url);
    expect(alerts.map((alert) => alert.id).sort()).toEqual(range(0, total - 1).map((i) => `kill-${i}`).sort());
    // One seq per alert, none taken by a re-run of a job the killed worker had already stored.
    expect(alerts.map((alert) => alert.seq)).toEqual(range(1, total));
    expect(await latestSeq(sys.api.url)).toBe(total);
  });
});

describe('a gateway restart', () => {
  it('clients reconnect and resume with since = last seq, with no gap and no duplicate', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const sys = await system({ gateways: 0, workers: 1 });
    let gateway: RoleProcess = await startRole('gateway', { ...sys.env, PORT: String(port) });
    cleanups.push(() => gateway.stop().then(() => undefined));

    const received: Alert[] = [];
    let connects = 0;
    const socket: TestSocket = io(`http://127.0.0.1:${port}`, {
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 300,
    });
    cleanups.push(async () => void socket.close());
    socket.on('alert', (alert) => received.push(alert));
    socket.on('connect', () => {
      connects += 1;
      const since = received.at(-1)?.seq ?? 0;
      socket.emit('subscribe', { topics: ['troops'], since }, () => undefined);
    });
    // A server-side close (the gateway's shutdown) does not auto-reconnect in Socket.IO: do it as an SDK would.
    socket.on('disconnect', (reason) => {
      if (reason === 'io server disconnect') socket.connect();
    });
    await waitUntil(() => connects === 1, 'the first connection');

    let posting = true;
    const posted: string[] = [];
    const poster = (async () => {
      for (let round = 0; posting || round < 5; round += 1) {
        const body = batch(`gw-${round}`, 0, 5);
        if ((await postUpdate(sys, body)).status === 202) posted.push(...body.updates.map((u) => u.id));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    await waitUntil(() => received.length >= 20, 'alerts before the restart');
    expect((await gateway.stop('SIGTERM')).code).toBe(0);
    gateway = await startRole('gateway', { ...sys.env, PORT: String(port) });
    await waitUntil(() => connects >= 2, 'the client to reconnect');
    const atReconnect = received.length;
    // Keep publishing until alerts flow live again through the new gateway.
    await waitUntil(() => received.length >= atReconnect + 20, 'alerts after the restart', 20_000);
    posting = false;
    await poster;

    await waitUntil(() => received.length >= posted.length, `${posted.length} alerts (have ${received.length})`, 20_000);
    const stored = await allAlerts(sys.api.url);
    expect(received.map((alert) => alert.seq)).toEqual(stored.map((alert) => alert.seq));
    expect(received.map((alert) => alert.id).sort()).toEqual([...posted].sort());
  });
});

describe('Redis restarts and outages', () => {
  it('restarted with AOF: every connection recovers by itself, nothing accepted is lost, seq continues, sockets stay', { timeout: 90_000 }, async () => {
    const redis = await privateRedis(true);
    const sys = await system({ redisUrl: redis.url, workers: 1, gateways: 1 });
    const client = await connectClient(sys.gateways[0]!.url);
    cleanups.push(async () => client.close());
    const socketId = client.socket.id;
    let disconnects = 0;
    client.socket.on('disconnect', () => (disconnects += 1));
    expect(await client.subscribe({ topics: ['troops'] })).toMatchObject({ ok: true });

    expect((await postUpdate(sys, batch('aof', 0, 1000))).status).toBe(202);
    await redis.restart();
    await postUntilAccepted(sys.api.url, batch('aof-after', 0, 1));
    expect((await postUpdate(sys, batch('aof-after', 1, 19))).status).toBe(202);

    // Polled by the newest seq (one alert a request), then read whole once.
    await waitUntil(async () => (await latestSeq(sys.api.url)) >= 1020, '1020 alerts', 60_000);
    const alerts = await allAlerts(sys.api.url);
    expect(alerts.map((alert) => alert.seq)).toEqual(range(1, 1020));
    expect(new Set(alerts.map((alert) => alert.id)).size).toBe(1020);
    // Posted after the restart, so stored after the backlog: the seq carried on from where it was.
    expect(alerts.filter((alert) => alert.id.startsWith('aof-after')).every((alert) => alert.seq > 1)).toBe(true);

    await client.waitForAlerts(1020, 20_000);
    expect(client.alerts.map((alert) => alert.seq)).toEqual(range(1, 1020));
    expect(disconnects).toBe(0);
    expect(client.socket.id).toBe(socketId);
    // The API accepted and the workers stored after the restart (above); the gateway's feed delivered it live.
    for (const proc of [sys.api, ...sys.gateways]) expect((await request(proc.url, 'GET', '/readyz')).status).toBe(200);
    for (const proc of [sys.api, ...sys.gateways, ...sys.workers]) expect(proc.child.exitCode).toBeNull();
  });

  it('down: POST answers 503 unavailable at once, /readyz 503, /healthz 200, nothing crashes; all recovers', { timeout: 60_000 }, async () => {
    const redis = await privateRedis(true);
    const sys = await system({ redisUrl: redis.url, workers: 1, gateways: 1 });
    const client = await connectClient(sys.gateways[0]!.url);
    cleanups.push(async () => client.close());
    expect(await client.subscribe({ topics: ['troops'] })).toMatchObject({ ok: true });
    expect((await postUpdate(sys, batch('down-before', 0, 1))).status).toBe(202);
    await client.waitForAlerts(1);

    await redis.stop();
    const t0 = Date.now();
    const refused = await postUpdate(sys, batch('down', 0, 1));
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(refused.status).toBe(503);
    expect(refused.body.error).toMatchObject({ code: 'unavailable' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    for (const proc of [sys.api, sys.gateways[0]!]) {
      const t1 = Date.now();
      const ready = await request(proc.url, 'GET', '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ error: { code: 'unavailable' } });
      expect(Date.now() - t1).toBeLessThan(3000);
      expect((await request(proc.url, 'GET', '/healthz')).status).toBe(200);
    }
    // Reads fail fast too, with a JSON answer rather than a hang.
    const t2 = Date.now();
    const read = await request(sys.api.url, 'GET', '/v1/alerts?limit=1');
    expect(read.status).toBeGreaterThanOrEqual(500);
    expect(Date.now() - t2).toBeLessThan(3000);
    // Every process rode out a few seconds of outage (the workers' and feed's reconnect loops included).
    await waitUntil(() => sys.workers[0]!.output.some((line) => line.includes('redis connection error')), 'the worker to notice');
    for (const proc of [sys.api, ...sys.gateways, ...sys.workers]) expect(proc.child.exitCode).toBeNull();

    await redis.restart();
    await postUntilAccepted(sys.api.url, batch('down-after', 0, 1));
    await waitUntil(async () => (await request(sys.api.url, 'GET', '/readyz')).status === 200, 'the API ready again');
    await waitUntil(async () => (await request(sys.gateways[0]!.url, 'GET', '/readyz')).status === 200, 'the gateway ready again');
    const [, after] = await client.waitForAlerts(2, 20_000);
    expect(after).toMatchObject({ id: 'down-after-0', seq: 2 });
    expect(client.socket.connected).toBe(true);
  });

  it('restarted without persistence: gateways notice the new epoch, close their sockets and SSE streams, and clients resume into the new history', { timeout: 60_000 }, async () => {
    const redis = await privateRedis(false);
    const sys = await system({ redisUrl: redis.url, workers: 1, gateways: 1 });
    const client = await connectClient(sys.gateways[0]!.url);
    cleanups.push(async () => client.close());
    const first = await client.subscribe({ topics: ['troops'] });
    if (!first.ok) throw new Error('subscribe failed');
    const stream = await openStream(sys.gateways[0]!.url, '/v1/stream?topic=troops');
    cleanups.push(async () => stream.close());
    expect((await postUpdate(sys, batch('lost', 0, 5))).status).toBe(202);
    await client.waitForAlerts(5);
    await waitUntil(() => stream.alerts.length === 5, 'the stream to get the 5 alerts');

    await redis.restart();
    // More new alerts at once than the gateway had seen: the new history's seqs overtake its old position.
    await postUntilAccepted(sys.api.url, batch('fresh', 0, 1));
    expect((await postUpdate(sys, batch('fresh', 1, 19))).status).toBe(202);
    await sys.gateways[0]!.waitForLog('new epoch');
    // Its client knows only seqs, which now name other alerts: the gateway closes the socket, the client resumes.
    await waitUntil(() => !client.socket.connected, 'the gateway to close the socket');
    expect(client.alerts.map((alert) => alert.id)).toEqual(range(0, 4).map((i) => `lost-${i}`));

    await waitUntil(async () => (await latestSeq(sys.api.url)) >= 20, '20 new alerts stored', 20_000);
    const resumed = await connectClient(sys.gateways[0]!.url);
    cleanups.push(async () => resumed.close());
    const again = await resumed.subscribe({ topics: ['troops'], since: 5, epoch: first.epoch });
    expect(again).toMatchObject({ ok: true, seq: 20, replayed: 20, truncated: true });
    expect(again.ok && again.epoch).not.toBe(first.epoch);
    expect(resumed.alerts.map((alert) => alert.seq)).toEqual(range(1, 20));
    expect(resumed.alerts.map((alert) => alert.id).sort()).toEqual(range(0, 19).map((i) => `fresh-${i}`).sort());

    // The SSE stream was told and ended, its Last-Event-ID set to 0, so the browser's reconnect replays the new history.
    await waitUntil(() => stream.ended, 'the gateway to end the SSE stream');
    const reset = stream.events.find((event) => event.event === 'reset');
    expect(reset?.id).toBe('0');
    expect(JSON.parse(reset!.data)).toEqual({ previousEpoch: first.epoch, epoch: again.ok && again.epoch });
    expect(stream.alerts.map((alert) => alert.id)).toEqual(range(0, 4).map((i) => `lost-${i}`));
    const reconnected = await openStream(sys.gateways[0]!.url, '/v1/stream?topic=troops', { 'Last-Event-ID': reset!.id! });
    cleanups.push(async () => reconnected.close());
    await reconnected.waitForEvent((event) => event.event === 'ready', 'the ready event');
    expect(reconnected.alerts.map((alert) => alert.seq)).toEqual(range(1, 20));
    // A client that kept the old epoch with its cursor (`?since=&epoch=`) gets the new history whole too, and is told.
    const stale = await openStream(sys.gateways[0]!.url, `/v1/stream?topic=troops&since=5&epoch=${first.epoch}`);
    cleanups.push(async () => stale.close());
    const ready = await stale.waitForEvent((event) => event.event === 'ready', 'the ready event');
    expect(JSON.parse(ready.data)).toMatchObject({ replayed: 20, truncated: true });
    expect(stale.alerts.map((alert) => alert.seq)).toEqual(range(1, 20));
    // A browser resends its URL (with the epoch it was opened with) and the Last-Event-ID of the new history: it
    // resumes after that id, not from the start again.
    const browser = await openStream(sys.gateways[0]!.url, `/v1/stream?topic=troops&epoch=${first.epoch}`, { 'Last-Event-ID': '15' });
    cleanups.push(async () => browser.close());
    const resumedReady = await browser.waitForEvent((event) => event.event === 'ready', 'the ready event');
    expect(JSON.parse(resumedReady.data)).toMatchObject({ replayed: 5 });
    expect(browser.alerts.map((alert) => alert.seq)).toEqual(range(16, 20));
  });
});
