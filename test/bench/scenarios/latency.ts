// Scenario 1: end-to-end latency, POST → alert on every subscribed socket, at a steady 10 updates/s, against the
// bare BullMQ pipeline (the floor the queue sets) and raw Socket.IO, for split roles and for `npm start`.
import { removeRedisDir, startRedisServer } from '../../helpers/redis-server.js';
import { request, startRole, uniquePrefix } from '../../helpers/system.js';
import {
  Fleet, QUICK, ROUNDS, TEXTS, atRate, benchEnv, median, nowMs, percentile, postJson, round, startBenchSystem, startRawServer,
  waitUntil, type ScenarioResult,
} from '../bench-harness.js';
import { measureQueueFloor } from '../queue-floor.js';

const SOCKETS = QUICK ? 200 : 1000;
const UPDATES = QUICK ? 50 : 200;
const RATE = 10;
const TOPIC = 'kyiv-air-raids';

/** Posts UPDATES updates at RATE and returns p50/p99 of every receipt's latency (ms) on the fleet. */
export async function measureLatency(postUrl: string, socketUrl: string, body: (id: string, text: string) => unknown) {
  const fleet = new Fleet();
  try {
    await fleet.connect(socketUrl, SOCKETS, { topics: [TOPIC] });
    const run = `l${Date.now().toString(36)}`;
    // Warm-up: JIT, connections, Redis scripts.
    await atRate(10, 20, (i) => postJson(postUrl, body(`${run}-w${i}`, `${TEXTS.severe} (warm-up ${i})`)));
    await waitUntil(async () => (await fleet.report()).receipts >= 10 * SOCKETS, 'warm-up alerts', 30_000);
    await fleet.report({ reset: true });

    const sentAt = new Map<string, number>();
    await atRate(UPDATES, RATE, async (i) => {
      const id = `${run}-${i}`;
      sentAt.set(id, nowMs());
      const { status } = await postJson(postUrl, body(id, `${TEXTS.severe} (report ${i})`));
      if (status !== 202) throw new Error(`POST answered ${status}`);
    });
    // On a starved machine some receipts may still be on their way at the deadline: report what arrived.
    await waitUntil(async () => (await fleet.report()).receipts >= UPDATES * SOCKETS, `${UPDATES * SOCKETS} receipts`, 60_000).catch(
      () => undefined,
    );
    const report = await fleet.report({ sentAt });
    return {
      p50: round(percentile(report.latencies, 50)),
      p99: round(percentile(report.latencies, 99)),
      firstP50: round(percentile(report.firsts, 50)),
      missing: UPDATES * SOCKETS - report.receipts,
    };
  } finally {
    await fleet.close();
  }
}

/**
 * `npm start` as the README runs it (API and gateway in one process, its workers beside it) on a private Redis,
 * measured like the split roles once /readyz answers 200.
 */
async function measureNpmStart() {
  const redis = await startRedisServer();
  try {
    const main = await startRole('main', { ...benchEnv(), REDIS_URL: redis.url, SIRENA_KEY_PREFIX: uniquePrefix() });
    try {
      await waitUntil(async () => (await request(main.url, 'GET', '/readyz')).status === 200, '/readyz 200', 60_000);
      return await measureLatency(`${main.url}/v1/updates`, main.url, (id, text) => ({ id, text, source: 'bench' }));
    } finally {
      await main.stop();
    }
  } finally {
    await redis.stop();
    removeRedisDir(redis);
  }
}

type Figures = { p50: number; p99: number; firstP50: number; missing: number };

/**
 * Per round, in this order so drift falls on all alike: raw Socket.IO (POST → emit), the bare BullMQ pipeline
 * (the floor BullMQ itself sets), Sirena's split roles, and `npm start`. Goal: both Sirena topologies within 1.1× of
 * the BullMQ floor, p50 and p99 (the median of the rounds' ratios).
 */
export async function latencyScenario(): Promise<ScenarioResult> {
  const rounds: Record<'raw' | 'floor' | 'sirena' | 'npmStart', Figures>[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const rawServer = await startRawServer();
    let raw: Figures;
    try {
      raw = await measureLatency(`${rawServer.url}/emit`, rawServer.url, (id, text) => ({ id, text, topics: [TOPIC], source: 'bench' }));
    } finally {
      await rawServer.stop();
    }
    const floor = await measureQueueFloor('bullmq');
    const system = await startBenchSystem();
    let sirena: Figures;
    try {
      sirena = await measureLatency(`${system.api.url}/v1/updates`, system.gateways[0]!.url, (id, text) => ({ id, text, source: 'bench' }));
    } finally {
      await system.stop();
    }
    const npmStart = await measureNpmStart();
    rounds.push({ raw, floor, sirena, npmStart });
    process.stderr.write(
      `latency round ${r + 1}: ${Object.entries(rounds[r]!).map(([name, f]) => `${name} ${f.p50}/${f.p99} (first ${f.firstP50})`).join('  ')}\n`,
    );
  }
  const of = (side: keyof (typeof rounds)[number], key: 'p50' | 'p99') => median(rounds.map((r) => r[side][key]));
  const ratioTo = (side: 'sirena' | 'npmStart', base: 'floor' | 'raw', key: 'p50' | 'p99') =>
    round(median(rounds.map((r) => r[side][key] / r[base][key])), 2);
  const ratio = {
    p50: ratioTo('sirena', 'floor', 'p50'),
    p99: ratioTo('sirena', 'floor', 'p99'),
    npmStartP50: ratioTo('npmStart', 'floor', 'p50'),
    npmStartP99: ratioTo('npmStart', 'floor', 'p99'),
    floorToRawP50: round(median(rounds.map((r) => r.floor.p50 / r.raw.p50)), 2),
    sirenaToRawP50: ratioTo('sirena', 'raw', 'p50'),
    sirenaToRawP99: ratioTo('sirena', 'raw', 'p99'),
    npmStartToRawP50: ratioTo('npmStart', 'raw', 'p50'),
    npmStartToRawP99: ratioTo('npmStart', 'raw', 'p99'),
  };
  const missing = rounds.reduce((sum, r) => sum + r.sirena.missing + r.npmStart.missing, 0);
  return {
    scenario: 'latency',
    metric: `POST → ${SOCKETS} sockets @${RATE}/s, ${UPDATES} updates: p50 / p99 ms, median of ${ROUNDS} rounds; ratio = × the bare BullMQ pipeline`,
    sirena: {
      p50: of('sirena', 'p50'), p99: of('sirena', 'p99'), npmStartP50: of('npmStart', 'p50'), npmStartP99: of('npmStart', 'p99'), missing,
    },
    raw: { p50: of('raw', 'p50'), p99: of('raw', 'p99'), floorP50: of('floor', 'p50'), floorP99: of('floor', 'p99') },
    ratio,
    goal: 'split roles and npm start: p50 and p99 ≤ 1.1× the bare BullMQ pipeline (queue-floor) of the same round',
    pass: ratio.p50 <= 1.1 && ratio.p99 <= 1.1 && ratio.npmStartP50 <= 1.1 && ratio.npmStartP99 <= 1.1 && missing === 0,
    notes: `rounds (raw / floor / split / npm start, p50/p99 ms): ${rounds
      .map((r) => `${r.raw.p50}/${r.raw.p99}, ${r.floor.p50}/${r.floor.p99}, ${r.sirena.p50}/${r.sirena.p99}, ${r.npmStart.p50}/${r.npmStart.p99}`)
      .join('; ')}`,
  };
}
