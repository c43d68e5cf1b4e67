// Connection limits on a gateway: a crowd behind one address gets in by default; sockets (from their Engine.IO
// handshake) and SSE streams count per address and in all; half-open Engine.IO connections count and time out.
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  TestClient,
  connectClient,
  openStream,
  request,
  startRole,
  testRedisUrl,
  uniquePrefix,
  waitUntil,
  type RoleProcess,
  type TestStream,
} from '../helpers/system.js';

const procs: RoleProcess[] = [];
afterAll(async () => {
  await Promise.all(procs.map((proc) => proc.stop()));
});
async function gateway(env: Record<string, string> = {}): Promise<RoleProcess> {
  const proc = await startRole('gateway', { REDIS_URL: testRedisUrl(), SIRENA_KEY_PREFIX: uniquePrefix(), ...env });
  procs.push(proc);
  return proc;
}

/** A socket's connect_error (its `data.code`), or null when it connected. */
async function refusalOf(client: TestClient): Promise<{ code: string | undefined; message: string } | null> {
  const outcome = await client.connected().then(
    () => null,
    (error: { data?: { code?: string }; message: string }) => ({ code: error.data?.code, message: error.message }),
  );
  return outcome;
}

/** An Engine.IO websocket that completes the Engine.IO handshake and never sends the Socket.IO namespace connect. */
function halfOpen(port: number): { opened: Promise<void>; closed: Promise<void>; ws: WebSocket } {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`);
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('message', () => resolve());
    ws.once('error', reject);
  });
  const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
  return { opened, closed, ws };
}

describe('with the default limits', () => {
  it('300 sockets from one address all connect and subscribe', async () => {
    const gw = await gateway();
    const clients = Array.from({ length: 300 }, () => new TestClient(gw.url));
    try {
      const refusals = await Promise.all(clients.map(refusalOf));
      expect(refusals.filter((refusal) => refusal !== null)).toEqual([]);
      const acks = await Promise.all(clients.map((client) => client.subscribe({ topics: ['kyiv-air-raids'] })));
      expect(acks.every((ack) => ack.ok)).toBe(true);
    } finally {
      for (const client of clients) client.close();
    }
  }, 60_000);
});

describe('half-open Engine.IO connections', () => {
  it('count against the per-address limit and are closed after SIRENA_SOCKET_CONNECT_TIMEOUT_MS', async () => {
    const gw = await gateway({ SIRENA_MAX_SOCKETS_PER_IP: '3', SIRENA_SOCKET_CONNECT_TIMEOUT_MS: '1500' });
    const idle = [halfOpen(gw.port), halfOpen(gw.port), halfOpen(gw.port)];
    await Promise.all(idle.map((connection) => connection.opened));
    // Three handshakes that never joined the namespace hold the address's three places.
    const refused = new TestClient(gw.url);
    expect(await refusalOf(refused)).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('more than 3 connections') });
    refused.close();
    // The gateway closes them within seconds (Socket.IO's default is 45 s) ...
    const started = Date.now();
    await Promise.race([
      Promise.all(idle.map((connection) => connection.closed)),
      new Promise((_, reject) => setTimeout(() => reject(new Error('half-open connections still open after 8 s')), 8000)),
    ]);
    expect(Date.now() - started).toBeLessThan(8000);
    // ... and their places are free again.
    const client = await waitUntil(async () => {
      const candidate = new TestClient(gw.url);
      if ((await refusalOf(candidate)) === null) return candidate;
      candidate.close();
      return null;
    }, 'a socket admitted once the half-open connections were closed');
    expect(await client.subscribe({ topics: ['troops'] })).toMatchObject({ ok: true });
    client.close();
  });
});

describe('SSE streams', () => {
  it('count per address with sockets: beyond the limit 429 rate_limited with Retry-After, admitted again after a close', async () => {
    const gw = await gateway({ SIRENA_MAX_SOCKETS_PER_IP: '3' });
    const socket = await connectClient(gw.url);
    const streams: TestStream[] = [];
    try {
      for (let i = 0; i < 2; i += 1) {
        const stream = await openStream(gw.url, '/v1/stream?topic=troops');
        streams.push(stream);
        expect(stream.status).toBe(200);
      }
      const refused = await request(gw.url, 'GET', '/v1/stream?topic=troops');
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ error: { code: 'rate_limited' } });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      // A socket is refused too: the streams hold the address's places.
      const extra = new TestClient(gw.url);
      expect(await refusalOf(extra)).toMatchObject({ code: 'rate_limited' });
      extra.close();
      streams.shift()?.close();
      const again = await waitUntil(async () => {
        const stream = await openStream(gw.url, '/v1/stream?topic=troops');
        if (stream.status === 200) return stream;
        stream.close();
        return null;
      }, 'a stream admitted after one closed');
      streams.push(again);
    } finally {
      for (const stream of streams) stream.close();
      socket.close();
    }
  });
});

describe('SIRENA_MAX_CONNECTIONS', () => {
  it('refuses sockets with connect_error gateway_full and streams with 503 gateway_full beyond it', async () => {
    const gw = await gateway({ SIRENA_MAX_CONNECTIONS: '3' });
    const clients = [await connectClient(gw.url), await connectClient(gw.url)];
    const stream = await openStream(gw.url, '/v1/stream?topic=troops');
    try {
      expect(stream.status).toBe(200);
      const socket = new TestClient(gw.url);
      expect(await refusalOf(socket)).toMatchObject({ code: 'gateway_full' });
      socket.close();
      const refused = await request(gw.url, 'GET', '/v1/stream?topic=troops');
      expect(refused.status).toBe(503);
      expect(refused.body).toMatchObject({ error: { code: 'gateway_full' } });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      // The process still answers everything else.
      expect((await request(gw.url, 'GET', '/healthz')).status).toBe(200);
    } finally {
      stream.close();
      for (const client of clients) client.close();
    }
  });
});
