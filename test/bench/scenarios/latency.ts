// Scenario 1: end-to-end latency, POST → alert on every subscribed socket, at a steady 10 updates/s.
import {
  Fleet, againstRawRounds, QUICK, ROUNDS, TEXTS, atRate, median, nowMs, percentile, postJson, round, waitUntil,
  type ScenarioResult,
} from '../bench-harness.js';

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
      missing: UPDATES * SOCKETS - report.receipts,
    };
  } finally {
    await fleet.close();
  }
}

export async function latencyScenario(): Promise<ScenarioResult> {
  const rounds = await againstRawRounds(
    (rawServer) => measureLatency(`${rawServer.url}/emit`, rawServer.url, (id, text) => ({ id, text, topics: [TOPIC], source: 'bench' })),
    (system) => measureLatency(`${system.api.url}/v1/updates`, system.gateways[0]!.url, (id, text) => ({ id, text, source: 'bench' })),
  );
  const of = (side: 'raw' | 'sirena', key: 'p50' | 'p99') => median(rounds.map((r) => r[side][key]));
  const ratio = {
    p50: round(median(rounds.map((r) => r.sirena.p50 / r.raw.p50)), 2),
    p99: round(median(rounds.map((r) => r.sirena.p99 / r.raw.p99)), 2),
  };
  const missing = rounds.reduce((sum, r) => sum + r.sirena.missing, 0);
  return {
    scenario: 'latency',
    metric: `POST → ${SOCKETS} sockets @${RATE}/s, ${UPDATES} updates: p50 / p99 ms, median of ${ROUNDS} rounds`,
    sirena: { p50: of('sirena', 'p50'), p99: of('sirena', 'p99'), missing },
    raw: { p50: of('raw', 'p50'), p99: of('raw', 'p99'), missing: rounds.reduce((sum, r) => sum + r.raw.missing, 0) },
    ratio,
    goal: 'p50 and p99 ≤ 1.3× raw',
    pass: ratio.p50 <= 1.3 && ratio.p99 <= 1.3 && missing === 0,
    notes: `rounds (Sirena vs raw, p50/p99 ms): ${rounds.map((r) => `${r.sirena.p50}/${r.sirena.p99} vs ${r.raw.p50}/${r.raw.p99}`).join('; ')}`,
  };
}
