// Scenario "fanout": the figure a city cares about, the time until the LAST of its subscribers has an alert.
// 4 gateways × 10,000 subscribed sockets (four fleets, one per gateway, each in its own process and on its own
// loopback source address: one address pair allows ~28,000 ephemeral ports, and a process 20,000 open files),
// against 4 raw Socket.IO servers fed by Redis pub/sub in the same run. Measured on each side:
// - one extreme alert at a time, ALERTS times: POST → last of the 40,000 sockets, p50 / p99 / max;
// - RSS per idle subscribed connection (gateway RSS after connecting minus before, ÷ its sockets);
// - a burst of BURST alerts in one request: deliveries per CPU-second of every server-side process
//   (gateways, API, workers, Redis; for raw its servers and Redis), i.e. deliveries/s per core.
import {
  Fleet, QUICK, TEXTS, cpuSeconds, redisPid, median, nowMs, percentile, postJson, round, rssMiB, sleep, startBenchSystem,
  startRawServer, waitUntil, type RawServer, type ScenarioResult,
} from '../bench-harness.js';
import { startRedisServer, removeRedisDir } from '../../helpers/redis-server.js';

const GATEWAYS = 4;
const PER_GATEWAY = QUICK ? 1000 : 10_000;
const SOCKETS = GATEWAYS * PER_GATEWAY;
const ALERTS = QUICK ? 5 : 20;
const BURST = QUICK ? 5 : 25;
const TOPIC = 'kyiv-air-raids';

interface Target {
  /** Socket.IO URL of each gateway (or raw server). */
  socketUrls: string[];
  /** Pids of the processes holding the sockets (RSS per connection). */
  gatewayPids: number[];
  /** Pids of every server-side process (CPU per delivery). */
  serverPids: () => number[];
  post(body: { id: string; text: string }[]): Promise<number>;
}

interface FanoutFigures {
  p50: number;
  p99: number;
  max: number;
  /** p50 over every single receipt of the one-at-a-time alerts (not only each alert's last). */
  receiptP50: number;
  kbPerConnection: number;
  deliveriesPerCoreSecond: number;
  burstSeconds: number;
  connectS: number;
  missing: number;
}

async function measure(target: Target): Promise<FanoutFigures> {
  const fleets = target.socketUrls.map(() => new Fleet());
  const total = async () => (await Promise.all(fleets.map((fleet) => fleet.report()))).reduce((sum, r) => sum + r.receipts, 0);
  try {
    const before = target.gatewayPids.map(rssMiB);
    const started = Date.now();
    await Promise.all(
      fleets.map((fleet, i) => fleet.connect(target.socketUrls[i]!, PER_GATEWAY, { topics: [TOPIC] }, 600_000, `127.0.1.${i + 1}`)),
    );
    const connectS = round((Date.now() - started) / 1000, 1);
    await sleep(3000);
    const after = target.gatewayPids.map(rssMiB);
    const kbPerConnection = round(median(after.map((mib, i) => ((mib - before[i]!) * 1024) / PER_GATEWAY)), 1);

    const run = `f${Date.now().toString(36)}`;
    // Warm-up: JIT, scripts, the fleets' decoders.
    for (let i = 0; i < 3; i++) {
      await target.post([{ id: `${run}-w${i}`, text: `${TEXTS.extreme} (warm-up ${i})` }]);
      await waitUntil(async () => (await total()) >= (i + 1) * SOCKETS, 'warm-up alert on every socket', 60_000);
    }
    await Promise.all(fleets.map((fleet) => fleet.report({ reset: true })));

    const lasts: number[] = [];
    const receipts: number[] = [];
    let missing = 0;
    for (let i = 0; i < ALERTS; i++) {
      const id = `${run}-${i}`;
      const sentAt = new Map([[id, nowMs()]]);
      const status = await target.post([{ id, text: `${TEXTS.extreme} (report ${i})` }]);
      if (status !== 202) throw new Error(`POST answered ${status}`);
      await waitUntil(async () => (await total()) >= SOCKETS, `alert ${i} on all ${SOCKETS} sockets`, 60_000).catch(() => undefined);
      const reports = await Promise.all(fleets.map((fleet) => fleet.report({ sentAt, reset: true })));
      const latencies = reports.flatMap((report) => report.latencies);
      missing += SOCKETS - latencies.length;
      lasts.push(Math.max(...latencies));
      receipts.push(...latencies);
      await sleep(200);
    }

    // Burst: BURST alerts in one request, deliveries per CPU-second of the server side.
    const cpuBefore = target.serverPids().map(cpuSeconds);
    const burstStart = nowMs();
    const status = await target.post(Array.from({ length: BURST }, (_, i) => ({ id: `${run}-b${i}`, text: `${TEXTS.extreme} (burst ${i})` })));
    if (status !== 202) throw new Error(`burst POST answered ${status}`);
    await waitUntil(async () => (await total()) >= BURST * SOCKETS, `${BURST} alerts on every socket`, 180_000);
    const burstSeconds = (nowMs() - burstStart) / 1000;
    const cpu = target.serverPids().map(cpuSeconds).reduce((sum, s, i) => sum + s - cpuBefore[i]!, 0);
    return {
      p50: round(percentile(lasts, 50)),
      p99: round(percentile(lasts, 99)),
      max: round(Math.max(...lasts)),
      receiptP50: round(percentile(receipts, 50)),
      kbPerConnection,
      deliveriesPerCoreSecond: Math.round((BURST * SOCKETS) / cpu),
      burstSeconds: round(burstSeconds, 2),
      connectS,
      missing,
    };
  } finally {
    await Promise.all(fleets.map((fleet) => fleet.close()));
  }
}

const pidOfRedis = (port: number) => {
  const pid = redisPid(port);
  return pid ? [pid] : [];
};

async function rawSide(): Promise<FanoutFigures> {
  const redis = await startRedisServer();
  const servers: RawServer[] = [];
  try {
    for (let i = 0; i < GATEWAYS; i++) servers.push(await startRawServer({ redisPort: redis.port }));
    return await measure({
      socketUrls: servers.map((server) => server.url),
      gatewayPids: servers.map((server) => server.pid),
      serverPids: () => [...servers.map((server) => server.pid), ...pidOfRedis(redis.port)],
      post: async (updates) => (await postJson(`${servers[0]!.url}/emit`, { updates: updates.map((u) => ({ ...u, topics: [TOPIC] })) })).status,
    });
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await redis.stop();
    removeRedisDir(redis);
  }
}

async function sirenaSide(): Promise<FanoutFigures> {
  const system = await startBenchSystem({
    gateways: GATEWAYS,
    env: { SIRENA_MAX_CONNECTIONS: String(PER_GATEWAY * 2), SIRENA_MAX_SOCKETS_PER_IP: String(PER_GATEWAY * 2) },
  });
  try {
    const processes = [system.api, ...system.gateways, ...system.workers];
    return await measure({
      socketUrls: system.gateways.map((gateway) => gateway.url),
      gatewayPids: system.gateways.map((gateway) => gateway.child.pid as number),
      serverPids: () => [...processes.map((proc) => proc.child.pid as number), ...pidOfRedis(system.redis.port)],
      post: async (updates) => (await postJson(`${system.api.url}/v1/updates`, { updates: updates.map((u) => ({ ...u, source: 'bench' })) })).status,
    });
  } finally {
    await system.stop();
  }
}

export async function fanoutScenario(): Promise<ScenarioResult> {
  const raw = await rawSide();
  const sirena = await sirenaSide();
  const ratio = { p50: round(sirena.p50 / raw.p50, 2), p99: round(sirena.p99 / raw.p99, 2), max: round(sirena.max / raw.max, 2) };
  return {
    scenario: 'fanout',
    metric: `${GATEWAYS} gateways × ${PER_GATEWAY} sockets, ${ALERTS} extreme alerts one at a time: POST → last socket p50 / p99 / max ms; KB per idle connection; burst of ${BURST}: deliveries per CPU-second`,
    sirena: { ...sirena },
    raw: { ...raw },
    ratio,
    goal: 'time-to-last p50 and p99 ≤ 1.2× raw; ≤ 20 KB per idle connection; ≥ 12,500 deliveries/s per core',
    pass:
      ratio.p50 <= 1.2 && ratio.p99 <= 1.2 && sirena.kbPerConnection <= 20 && sirena.deliveriesPerCoreSecond >= 12_500 && sirena.missing === 0,
  };
}
