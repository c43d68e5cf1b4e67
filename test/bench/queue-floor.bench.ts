// How much of the latency goal the queue alone takes: the latency scenario (POST → 1,000 sockets at 10/s) against
// raw Socket.IO, a bare pipeline queued through BullMQ, a bare pipeline queued through a Redis Streams consumer group
// (test/bench/queue-floor-roles.ts: no auth, validation, classification, threading or indexes), and Sirena — in
// rounds, raw first each time. Ratios are to the same round's raw figures; the table shows their medians.
// Run: npx tsx test/bench/queue-floor.bench.ts   (QUEUE_FLOOR_ROUNDS=3)
import { median, round, startBenchSystem, startRawServer } from './bench-harness.js';
import { measureQueueFloor } from './queue-floor.js';
import { measureLatency } from './scenarios/latency.js';

const ROUNDS = Number(process.env.QUEUE_FLOOR_ROUNDS ?? 3);
const body = (topics?: string[]) => (id: string, text: string) => ({ id, text, source: 'bench', ...(topics && { topics }) });

const rows: Record<string, { p50: number; p99: number }[]> = { raw: [], bullmq: [], stream: [], sirena: [] };
for (let r = 0; r < ROUNDS; r++) {
  const raw = await startRawServer();
  try {
    rows.raw!.push(await measureLatency(`${raw.url}/emit`, raw.url, body(['kyiv-air-raids'])));
  } finally {
    await raw.stop();
  }
  rows.bullmq!.push(await measureQueueFloor('bullmq'));
  rows.stream!.push(await measureQueueFloor('stream'));
  const system = await startBenchSystem();
  try {
    rows.sirena!.push(await measureLatency(`${system.api.url}/v1/updates`, system.gateways[0]!.url, body()));
  } finally {
    await system.stop();
  }
  console.error(`round ${r + 1}: ${Object.entries(rows).map(([name, list]) => `${name} ${list[r]!.p50}/${list[r]!.p99}`).join('  ')}`);
}

const ratio = (name: string, key: 'p50' | 'p99') => round(median(rows[name]!.map((row, i) => row[key] / rows.raw![i]![key])), 2);
console.log(`POST → 1,000 sockets at 10/s, ${ROUNDS} rounds: median p50 / p99 ms, and × the same round's raw\n`);
console.log('| pipeline | p50 | p99 | p50 × raw | p99 × raw |\n|---|---|---|---|---|');
for (const name of Object.keys(rows)) {
  const list = rows[name]!;
  console.log(`| ${name} | ${median(list.map((x) => x.p50))} | ${median(list.map((x) => x.p99))} | ${ratio(name, 'p50')} | ${ratio(name, 'p99')} |`);
}
console.log(
  JSON.stringify({
    scenario: 'queue-floor',
    rounds: ROUNDS,
    ratio: Object.fromEntries(Object.keys(rows).map((name) => [name, { p50: ratio(name, 'p50'), p99: ratio(name, 'p99') }])),
  }),
);
process.exit(0);
