// Replay speed: how fast 10,000 missed alerts reach a client that resumes with `since` (subscribe → ack).
// Run: npm run build && npx tsx test/bench/replay.bench.ts [alerts, default 10000] [runs, default 5]
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { io, type Socket } from 'socket.io-client';
import { ulid } from 'ulid';
import type { Alert } from '../../src/core/alert.js';
import type { ClientToServerEvents, ServerToClientEvents, SubscribeAck } from '../../src/core/subscription.js';
import { AlertStore } from '../../src/store/alert-store.js';
import { RedisKeys } from '../../src/store/keys.js';
import { startRole } from '../helpers/system.js';
import { removeRedisDir, startRedisServer } from '../helpers/redis-server.js';

const total = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);
const TOPICS = ['kyiv-air-raids', 'diplomacy', 'troops', 'general'];
const SEVERITIES = ['unknown', 'minor', 'moderate', 'severe', 'extreme'] as const;

const redisServer = await startRedisServer();
const prefix = `bench-${randomUUID().slice(0, 8)}:`;
const redis = new Redis(redisServer.url);
const store = new AlertStore({ redis, keys: new RedisKeys(prefix), retention: { count: 1_000_000, seconds: 86_400 }, idempotencySeconds: 86_400 });

// Seed: realistic alert sizes (a title, a paragraph, two reasons), appended in parallel chunks.
const now = new Date().toISOString();
for (let chunk = 0; chunk < total; chunk += 500) {
  await Promise.all(
    Array.from({ length: Math.min(500, total - chunk) }, (_, i) => {
      const n = chunk + i;
      return store.append({
        id: ulid(),
        topics: [TOPICS[n % TOPICS.length] as string],
        severity: SEVERITIES[n % SEVERITIES.length] as Alert['severity'],
        title: `Report ${n}: drones over the region, air defence active`,
        text: `Report ${n}. Air defence units were active over the region overnight; officials asked residents to stay in shelters until the all-clear. More details will follow.`,
        source: 'bench',
        lang: 'en',
        publishedAt: now,
        receivedAt: now,
        classifiedAt: now,
        reasons: ["matched 'drones'", "matched 'air defence'"],
        incidentId: ulid(),
      });
    }),
  );
}
const latest = await store.latestSeq();

const gateway = await startRole('gateway', { REDIS_URL: redisServer.url, SIRENA_KEY_PREFIX: prefix }).catch(async (error: unknown) => {
  await redisServer.stop();
  removeRedisDir(redisServer);
  throw error;
});

/** One reconnecting client: connect, subscribe with since = 0, time until the ack with every alert received. */
async function resume(): Promise<{ ms: number; firstMs: number; received: number; replayed: number }> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(gateway.url, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  let received = 0;
  let lastSeq = 0;
  let firstAt = 0;
  socket.on('alert', (alert) => {
    if (received === 0) firstAt = performance.now();
    if (alert.seq <= lastSeq) throw new Error(`out of order: ${alert.seq} after ${lastSeq}`);
    lastSeq = alert.seq;
    received += 1;
  });
  const started = performance.now();
  const ack: SubscribeAck = await socket.timeout(60_000).emitWithAck('subscribe', { topics: TOPICS, since: 0 });
  const ms = performance.now() - started;
  const firstMs = firstAt - started;
  socket.close();
  if (!ack.ok) throw new Error(`subscribe failed: ${JSON.stringify(ack)}`);
  if (received !== total || ack.replayed !== total) throw new Error(`received ${received}, replayed ${ack.replayed}, expected ${total}`);
  return { ms, firstMs, received, replayed: ack.replayed };
}

try {
  await resume(); // warm-up: JIT on both sides, Redis pages cached
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await resume());
  console.log(`seeded ${total} alerts (latest seq ${latest}); subscribe with since = 0 to the ack, ${runs} runs\n`);
  console.log(`${'run'.padEnd(6)}${'alerts'.padStart(10)}${'first ms'.padStart(10)}${'ack ms'.padStart(10)}${'alerts/s'.padStart(12)}`);
  results.forEach((result, i) =>
    console.log(`${String(i + 1).padEnd(6)}${String(result.received).padStart(10)}${result.firstMs.toFixed(0).padStart(10)}${result.ms.toFixed(0).padStart(10)}${Math.round((result.received / result.ms) * 1000).toLocaleString('en').padStart(12)}`),
  );
  const sorted = results.map((result) => result.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  console.log(`\nmedian ${median.toFixed(0)} ms for ${total} alerts (goal: < 1000 ms)`);
  console.log(JSON.stringify({ scenario: 'replay', alerts: total, runs, medianMs: Math.round(median), minMs: Math.round(sorted[0] as number), maxMs: Math.round(sorted[sorted.length - 1] as number) }));
} finally {
  await gateway.stop();
  redis.disconnect();
  await redisServer.stop();
  removeRedisDir(redisServer);
}
