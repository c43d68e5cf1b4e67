// Bounded soak: real processes on a private redis-server, steady ingest and clients that keep reconnecting with
// `since`; samples each process's RSS every 10 s and reports its slope (memory must stay flat) and delivery gaps.
// Run: npx tsx test/bench/soak.bench.ts   (SOAK_SECONDS=180, SOAK_RATE=200 updates/s, SOAK_CLIENTS=20)
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { io, type Socket } from 'socket.io-client';
import type { Alert } from '../../src/core/alert.js';
import { removeRedisDir, startRedisServer } from '../helpers/redis-server.js';
import { postUpdate, startRole, type RoleProcess } from '../helpers/system.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
const RATE = Number(process.env.SOAK_RATE ?? 200);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 20);
const SAMPLE_MS = 10_000;
const TOPICS = ['kyiv-air-raids', 'diplomacy', 'troops', 'general'];
const TEXTS = [
  'Air-raid alert in Kyiv: drones inbound, take shelter',
  'Foreign ministers met for talks in Geneva',
  'A brigade was redeployed to the eastern front line',
  'Fires in three districts after a drone attack on Kyiv, two wounded',
  'The weather in Lviv is mild today',
];

const redis = await startRedisServer();
const env = {
  REDIS_URL: redis.url,
  SIRENA_KEY_PREFIX: 'soak:',
  SIRENA_INGEST_RATE_LIMIT: '1000000',
  SIRENA_INGEST_BYTE_RATE_LIMIT: '100000000000',
  SIRENA_MAX_SOCKETS_PER_IP: '10000',
  LOG_LEVEL: 'info',
};
const [api, gateway, ...workers] = (await Promise.all([
  startRole('api', env),
  startRole('gateway', env),
  startRole('worker', env),
  startRole('worker', env),
])) as RoleProcess[];
const procs = { api: api!, gateway: gateway!, 'worker-1': workers[0]!, 'worker-2': workers[1]! };
const probe = new Redis(redis.url);

/** A subscriber that reconnects every 5-10 s and resumes with since = the last seq it saw. */
class ResumingClient {
  seqs = new Set<number>();
  duplicates = 0;
  last = 0;
  reconnects = 0;
  private socket: Socket | undefined;
  private timer: NodeJS.Timeout | undefined;
  stopped = false;

  connect(): void {
    const socket = io(gateway!.url, { transports: ['websocket'], forceNew: true, reconnection: true, reconnectionDelay: 200 });
    this.socket = socket;
    socket.on('alert', (alert: Alert) => {
      if (this.seqs.has(alert.seq)) this.duplicates += 1;
      this.seqs.add(alert.seq);
      this.last = Math.max(this.last, alert.seq);
    });
    socket.on('connect', () => socket.emit('subscribe', { topics: TOPICS, since: this.last }, () => undefined));
    this.timer = setTimeout(() => {
      socket.close();
      if (this.stopped) return;
      this.reconnects += 1;
      this.connect();
    }, 5000 + Math.random() * 5000);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.socket?.close();
  }
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const samples: { t: number; rss: Record<string, number> }[] = [];
const startedAt = Date.now();
async function sample(): Promise<void> {
  const rss: Record<string, number> = {};
  for (const [name, proc] of Object.entries(procs)) rss[name] = rssMb(proc.child.pid!);
  rss.redis = Number(/used_memory_rss:(\d+)/.exec(await probe.info('memory'))?.[1] ?? 0) / 2 ** 20;
  samples.push({ t: (Date.now() - startedAt) / 1000, rss });
}

const clients = Array.from({ length: CLIENTS }, () => new ResumingClient());
for (const client of clients) client.connect();

let posted = 0;
let refused = 0;
const ingestStart = Date.now();
const ingest = setInterval(() => {
  // Paced by elapsed time, not by ticks: a busy event loop must not quietly lower the rate.
  const due = Math.min(1000, Math.floor(((Date.now() - ingestStart) / 1000) * RATE) - posted);
  if (due <= 0) return;
  const updates = Array.from({ length: due }, (_, i) => ({ text: `${TEXTS[(posted + i) % TEXTS.length]} (#${posted + i})` }));
  posted += due;
  postUpdate(api!.url, { updates }).then(
    (answer) => {
      if (answer.status !== 202) refused += updates.length;
    },
    () => (refused += updates.length),
  );
}, 100);
await sample();
const sampler = setInterval(() => void sample(), SAMPLE_MS);
await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
clearInterval(ingest);
clearInterval(sampler);
await sample();

// Let the workers drain and every client catch up to the last seq.
const accepted = posted - refused;
const drainDeadline = Date.now() + 60_000;
let latest = 0;
while (Date.now() < drainDeadline) {
  latest = Number((await probe.get('soak:seq')) ?? 0);
  if (latest >= accepted && clients.every((client) => client.last >= latest)) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
for (const client of clients) client.stop();
const gaps = clients.reduce((sum, client) => sum + (client.last - client.seqs.size), 0);
const duplicates = clients.reduce((sum, client) => sum + client.duplicates, 0);
const reconnects = clients.reduce((sum, client) => sum + client.reconnects, 0);

/** Least-squares slope of RSS over time, MB per minute, skipping the first sample (warm-up). */
function slope(name: string): number {
  const points = samples.slice(1).map((s) => [s.t / 60, s.rss[name] ?? 0] as const);
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const num = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const den = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

const names = [...Object.keys(procs), 'redis'];
console.log(`soak: ${SECONDS} s, ${RATE} updates/s target (${(posted / SECONDS).toFixed(0)} achieved), ${CLIENTS} clients reconnecting every 5-10 s\n`);
console.log(`${'t (s)'.padEnd(8)}${names.map((name) => name.padStart(11)).join('')}   RSS MB`);
for (const s of samples) console.log(`${s.t.toFixed(0).padEnd(8)}${names.map((name) => (s.rss[name] ?? 0).toFixed(1).padStart(11)).join('')}`);
const slopes = Object.fromEntries(names.map((name) => [name, Number(slope(name).toFixed(2))]));
console.log(`${'MB/min'.padEnd(8)}${names.map((name) => String(slopes[name]).padStart(11)).join('')}`);
console.log(`\nposted ${posted}, refused ${refused}, stored ${latest}; client reconnects ${reconnects}, gaps ${gaps}, duplicates ${duplicates}`);
console.log(
  JSON.stringify({
    scenario: 'soak',
    seconds: SECONDS,
    rate: RATE,
    clients: CLIENTS,
    posted,
    refused,
    stored: latest,
    reconnects,
    gaps,
    duplicates,
    rssMb: Object.fromEntries(names.map((name) => [name, { first: samples[0]?.rss[name], last: samples.at(-1)?.rss[name] }])),
    slopeMbPerMin: slopes,
  }),
);

probe.disconnect();
await Promise.all(Object.values(procs).map((proc) => proc.stop()));
await redis.stop();
removeRedisDir(redis);
process.exit(gaps === 0 && duplicates === 0 && latest >= accepted ? 0 : 1);
