// deploy/nginx.conf on Debian's real nginx in front of one API, two gateways and a worker: REST, Socket.IO over
// WebSocket and long-polling, SSE without buffering, each client's own address behind the proxy, and a gateway
// stopped under 200 clients, who all resume on the other one with no gap and no duplicate (npm run test:deploy).
import { request as httpRequest } from 'node:http';
import { createParser } from 'eventsource-parser';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SirenaClient } from '../../src/client/index.js';
import type { Alert } from '../../src/core/alert.js';
import { nginxBinary, startNginx, type TestNginx } from '../helpers/nginx.js';
import { postUpdate, request, startSystem, waitUntil, type RoleProcess, type TestSocket, type TestSystem } from '../helpers/system.js';

const PER_ADDRESS = 3;
let sys: TestSystem;
let nginx: TestNginx;
let counter = 0;
const cleanup: (() => void)[] = [];

beforeAll(async () => {
  nginxBinary(); // fails at once, naming the package, when nginx is missing
  // nginx reaches the roles from 127.0.0.1, the only trusted proxy; test clients use other loopback addresses.
  sys = await startSystem({
    gateways: 2,
    workers: 1,
    env: { SIRENA_TRUSTED_PROXIES: '127.0.0.1', SIRENA_MAX_SOCKETS_PER_IP: String(PER_ADDRESS) },
  });
  nginx = await startNginx({ api: `127.0.0.1:${sys.api.port}`, gateways: sys.gateways.map((gw) => `127.0.0.1:${gw.port}`) });
});
afterAll(async () => {
  for (const close of cleanup) close();
  await nginx?.stop();
  await sys?.stop();
});

/** Publishes n updates of `topic` through the proxy; resolves their ids. */
async function publish(n: number, topic: string): Promise<string[]> {
  const ids = Array.from({ length: n }, () => `deploy-${process.pid}-${counter++}`);
  const response = await postUpdate(nginx.url, { updates: ids.map((id) => ({ id, text: `Brigade report ${id}`, topics: [topic] })) });
  expect(response.status, JSON.stringify(response.body)).toBe(202);
  return ids;
}

/** Seqs of the stored alerts of `topic` after `after`, oldest first (through the proxy). */
async function storedSeqs(topic: string, after: number): Promise<number[]> {
  const page = await request<{ alerts: Alert[] }>(nginx.url, 'GET', `/v1/alerts?topic=${topic}&after=${after}&limit=1000`);
  return page.body.alerts.map((alert) => alert.seq);
}

async function latestSeq(): Promise<number> {
  return (await request<{ alerts: Alert[] }>(nginx.url, 'GET', '/v1/alerts?limit=1')).body.alerts[0]?.seq ?? 0;
}

interface TimedEvent {
  event: string | undefined;
  data: string;
  at: number;
}

/** GET `path` as SSE from `localAddress` through the proxy; events carry their arrival time. */
function openSse(path: string, localAddress: string): Promise<{ status: number; events: TimedEvent[]; close(): void }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${nginx.url}${path}`, { localAddress, headers: { accept: 'text/event-stream' } });
    req.on('response', (res) => {
      const events: TimedEvent[] = [];
      const parser = createParser({ onEvent: (event) => events.push({ event: event.event, data: event.data, at: Date.now() }) });
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => parser.feed(chunk));
      res.on('error', () => undefined);
      const close = () => req.destroy();
      cleanup.push(close);
      resolve({ status: res.statusCode ?? 0, events, close });
    });
    req.on('error', reject);
    req.end();
  });
}

/** A gateway's sirena_topic_subscribers for `topic` over Socket.IO, read from it directly (not through the proxy). */
async function subscribersOn(gateway: RoleProcess, topic: string): Promise<number> {
  const metrics = await request<string>(gateway.url, 'GET', '/metrics');
  const line = metrics.body
    .split('\n')
    .find((l) => l.startsWith('sirena_topic_subscribers{') && l.includes(`topic="${topic}"`) && l.includes('transport="socket.io"'));
  // No line: nobody on this gateway has the topic.
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('behind nginx (deploy/nginx.conf)', () => {
  it('routes REST to the API, the console to the gateways, and keeps /metrics off the public entry', async () => {
    expect((await request(nginx.url, 'GET', '/v1/topics')).status).toBe(200);
    expect((await request(nginx.url, 'GET', '/openapi.json')).status).toBe(200);
    const console = await request<string>(nginx.url, 'GET', '/');
    expect(console.status).toBe(200);
    expect(console.headers.get('content-type')).toContain('text/html');
    expect((await request(nginx.url, 'GET', '/v1/state')).status).toBe(200);
    // Web Push: the key at the API (acks below), the installable console's manifest and service worker at the gateways.
    const key = await request<{ key: string }>(nginx.url, 'GET', '/v1/push/vapid-public-key');
    expect(key.status).toBe(200);
    expect(key.body.key).toMatch(/^[A-Za-z0-9_-]{80,}$/);
    expect((await request(nginx.url, 'GET', '/manifest.webmanifest')).status).toBe(200);
    expect((await request(nginx.url, 'GET', '/sirena-sw.js')).status).toBe(200);
    expect((await request(nginx.url, 'GET', '/metrics')).status).toBe(404);
    expect((await request(sys.gateways[0]!.url, 'GET', '/metrics')).status).toBe(200);
    const [id] = await publish(1, 'troops');
    const stored = await waitUntil(async () => (await request(nginx.url, 'GET', `/v1/alerts/${id}`)).status === 200, 'the alert stored');
    expect(stored).toBe(true);
    // An SSE client's ack of that alert, through the proxy to the API.
    const { body: alert } = await request<{ seq: number }>(nginx.url, 'GET', `/v1/alerts/${id}`);
    expect((await request(nginx.url, 'POST', '/v1/push/acks', { json: { deviceId: 'phone-1', seq: alert.seq } })).status).toBe(204);
  });

  it('delivers alerts to Socket.IO over WebSocket and over long-polling only (sticky to one gateway)', async () => {
    const sockets = (['websocket', 'polling'] as const).map((transport) => {
      const socket: TestSocket = io(nginx.url, { transports: [transport], reconnection: false, forceNew: true });
      cleanup.push(() => socket.close());
      const alerts: Alert[] = [];
      socket.on('alert', (alert) => alerts.push(alert));
      return { transport, socket, alerts };
    });
    for (const { socket, transport } of sockets) {
      const ack = await socket.timeout(10_000).emitWithAck('subscribe', { topics: ['diplomacy'] });
      expect(ack.ok, transport).toBe(true);
      expect(socket.io.engine.transport.name).toBe(transport);
    }
    const ids = await publish(3, 'diplomacy');
    for (const { alerts, transport } of sockets) {
      await waitUntil(() => ids.every((id) => alerts.some((alert) => alert.id === id)), `${transport}: 3 alerts`);
    }
    // Several polling round trips went by: every one of them found its session, on the gateway that opened it.
    expect(sockets[1]!.socket.connected).toBe(true);
    for (const { socket } of sockets) socket.close();
  });

  it('streams SSE events one by one as they are stored (each within 100 ms), unbuffered by the proxy', async () => {
    const stream = await openSse('/v1/stream?topic=kyiv-air-raids', '127.0.0.1');
    expect(stream.status).toBe(200);
    await waitUntil(() => stream.events.some((event) => event.event === 'ready'), 'ready');
    const latencies: number[] = [];
    for (let i = 0; i < 10; i++) {
      // One at a time: each event must arrive on its own, not when later ones fill a proxy buffer.
      const [id] = await publish(1, 'kyiv-air-raids');
      const event = await waitUntil(
        () => stream.events.find((e) => e.event === 'alert' && (JSON.parse(e.data) as Alert).id === id),
        `SSE alert ${id}`,
      );
      const alert = JSON.parse(event.data) as Alert;
      // classifiedAt is just before the store: measured from it, the figure is if anything longer than the real one.
      latencies.push(event.at - Date.parse(alert.classifiedAt));
    }
    console.info(`SSE through nginx, classified → received (ms): ${latencies.join(', ')}`);
    for (const latency of latencies) expect(latency).toBeLessThan(100);
    stream.close();
  });

  it('counts each client by its own address, not the proxy’s (SIRENA_TRUSTED_PROXIES=127.0.0.1)', async () => {
    const streams = [];
    for (let i = 0; i < PER_ADDRESS; i++) streams.push(await openSse('/v1/stream?topic=troops', '127.0.0.2'));
    expect(streams.map((stream) => stream.status)).toEqual(Array(PER_ADDRESS).fill(200));
    const over = await openSse('/v1/stream?topic=troops', '127.0.0.2');
    expect(over.status).toBe(429);
    // Another client behind the same proxy still gets in: the limit saw 127.0.0.2, not nginx's 127.0.0.1.
    const other = await openSse('/v1/stream?topic=troops', '127.0.0.3');
    expect(other.status).toBe(200);
    for (const stream of [...streams, over, other]) stream.close();
  });

  it('moves 200 clients of a gateway stopped with SIGTERM to the other one, with no gap and no duplicate', async () => {
    const topic = 'diplomacy';
    const start = await latestSeq();
    // One loopback address each (127.0.1.1-200): the per-address limit of 3 would refuse them if nginx were the client.
    const clients = Array.from({ length: 200 }, (_, i) => {
      const client = new SirenaClient({
        url: nginx.url,
        topics: [topic],
        since: start,
        reconnectionDelayMs: 100,
        reconnectionDelayMaxMs: 1000,
        socketOptions: { transports: ['websocket'], ...({ localAddress: `127.0.1.${i + 1}` } as object) },
      });
      cleanup.push(() => client.close());
      const alerts: Alert[] = [];
      client.on('alert', (alert) => alerts.push(alert));
      return { client, alerts };
    });
    await waitUntil(() => clients.every(({ client }) => client.state === 'live'), '200 clients live', 30_000);
    const counts = () => Promise.all(sys.gateways.map((gw) => subscribersOn(gw, topic)));
    const before: number[] = await waitUntil(async () => {
      const both = await counts();
      return both[0]! + both[1]! === 200 ? both : undefined;
    }, 'the 200 subscribed over the two gateways');
    // Stop the gateway holding more of them (hashing by address spreads the 200 over both).
    const index = before[0]! >= before[1]! ? 0 : 1;
    const stopping = sys.gateways[index]!;
    const staying = sys.gateways[1 - index]!;
    expect(before[index]).toBeGreaterThan(0);

    const ids = await publish(5, topic);
    await waitUntil(() => clients.every(({ alerts }) => alerts.length >= 5), 'the first 5 alerts everywhere', 20_000);
    const stopped = stopping.stop('SIGTERM');
    // Alerts keep coming while the gateway drains and its clients move over.
    let publishing = true;
    const during = (async () => {
      while (publishing) {
        ids.push(...(await publish(2, topic)));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    await stopped;
    publishing = false;
    await during;
    ids.push(...(await publish(5, topic)));
    console.info(`failover: ${before[index]} of 200 clients on the stopped gateway; ${ids.length - 10} alerts published while it stopped`);

    await waitUntil(() => clients.every(({ client }) => client.state === 'live'), 'every client live again', 30_000);
    await waitUntil(async () => (await subscribersOn(staying, topic)) === 200, 'all 200 on the remaining gateway', 30_000);
    await waitUntil(
      () => clients.every(({ alerts }) => ids.every((id) => alerts.some((alert) => alert.id === id))),
      'every alert at every client',
      30_000,
    );
    const expected = await storedSeqs(topic, start);
    expect(expected.length).toBe(ids.length);
    for (const [i, { alerts }] of clients.entries()) expect(alerts.map((alert) => alert.seq), `client ${i}`).toEqual(expected);
  });
});
