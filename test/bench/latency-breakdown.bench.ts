// Where one alert's time goes on an idle system: POST → one subscribed socket, 100 updates 100 ms apart, split by
// the alert's own timestamps (receivedAt at the API, classifiedAt in the worker), next to the raw Socket.IO
// server's POST → socket for the same single socket. Explains the latency scenario's ratio (its 1,000-socket fanout
// costs both the same). Timestamps are milliseconds: read the split as ±1 ms.
// Run: npx tsx test/bench/latency-breakdown.bench.ts
import { io, type Socket } from 'socket.io-client';
import { TEXTS, nowMs, percentile, postJson, round, sleep, startBenchSystem, startRawServer } from './bench-harness.js';

const UPDATES = 100;
const WARM_UP = 10;

interface Received {
  at: number;
  alert: { receivedAt?: string; classifiedAt?: string };
}

async function subscriber(url: string): Promise<{ socket: Socket; received: Map<string, Received> }> {
  const socket = io(url, { transports: ['websocket'] });
  const received = new Map<string, Received>();
  socket.on('alert', (alert: { id: string; receivedAt?: string; classifiedAt?: string }) => received.set(alert.id, { at: nowMs(), alert }));
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  await new Promise((resolve) => socket.emit('subscribe', { topics: ['kyiv-air-raids'] }, resolve));
  return { socket, received };
}

/** Posts one update at a time; returns, per update, [total, POST answered, then the split if the alert has one]. */
async function run(url: string, postUrl: string, body: (id: string) => unknown): Promise<number[][]> {
  const { socket, received } = await subscriber(url);
  const rows: number[][] = [];
  try {
    for (let i = 0; i < UPDATES + WARM_UP; i++) {
      const id = `b${Date.now().toString(36)}-${i}`;
      const sent = nowMs();
      const { status } = await postJson(postUrl, body(id));
      if (status !== 202) throw new Error(`POST answered ${status}`);
      const answered = nowMs();
      const deadline = sent + 10_000;
      while (!received.has(id)) {
        if (nowMs() > deadline) throw new Error(`alert ${id} did not arrive within 10 s`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      const { at, alert } = received.get(id)!;
      const receivedAt = Date.parse(alert.receivedAt ?? '');
      const classifiedAt = Date.parse(alert.classifiedAt ?? '');
      if (i >= WARM_UP) rows.push([at - sent, answered - sent, receivedAt - sent, classifiedAt - receivedAt, at - classifiedAt]);
      await sleep(100);
    }
  } finally {
    socket.close();
  }
  return rows;
}

const median = (rows: number[][], column: number) => round(percentile(rows.map((row) => row[column]!), 50));
const p90 = (rows: number[][], column: number) => round(percentile(rows.map((row) => row[column]!), 90));

const rawServer = await startRawServer();
const raw = await run(rawServer.url, `${rawServer.url}/emit`, (id) => ({ id, text: TEXTS.severe, topics: ['kyiv-air-raids'] })).finally(
  () => rawServer.stop(),
);
const system = await startBenchSystem();
const sirena = await run(system.gateways[0]!.url, `${system.api.url}/v1/updates`, (id) => ({ id, text: `${TEXTS.severe} (${id})` })).finally(
  () => system.stop(),
);

console.log(`POST → one socket, ${UPDATES} updates 100 ms apart: p50 (p90) ms\n`);
console.log(`raw Socket.IO: POST → socket ${median(raw, 0)} (${p90(raw, 0)})`);
console.log(`Sirena:        POST → socket ${median(sirena, 0)} (${p90(sirena, 0)}); POST answered ${median(sirena, 1)} (${p90(sirena, 1)})`);
console.log(`  POST → receivedAt (auth, rate limit, parse, depth)              ${median(sirena, 2)} (${p90(sirena, 2)})`);
console.log(`  receivedAt → classifiedAt (queue, BullMQ pickup, candidates, match) ${median(sirena, 3)} (${p90(sirena, 3)})`);
console.log(`  classifiedAt → socket (append, feed XREAD, fanout)              ${median(sirena, 4)} (${p90(sirena, 4)})`);
console.log(
  JSON.stringify({
    scenario: 'latency-breakdown',
    raw: { p50: median(raw, 0) },
    sirena: { p50: median(sirena, 0), postToReceived: median(sirena, 2), receivedToClassified: median(sirena, 3), classifiedToSocket: median(sirena, 4) },
  }),
);
process.exit(0);
