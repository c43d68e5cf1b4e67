// Scenario: an editor's revision reaches every live subscriber as fast as a new alert does (issue 19).
import {
  Fleet, QUICK, ROUNDS, TEXTS, atRate, median, nowMs, percentile, round, startBenchSystem, waitUntil,
  type ScenarioResult,
} from '../bench-harness.js';

const SOCKETS = QUICK ? 200 : 1000;
const UPDATES = QUICK ? 50 : 200;
const RATE = 10;
const TOPIC = 'kyiv-air-raids';
const EDITOR_KEY = 'bench-editor-key-0123456789';

async function post(url: string, body: unknown, key?: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key && { authorization: `Bearer ${key}` }) },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  if (response.status !== 202 && response.status !== 201) throw new Error(`POST ${url} answered ${response.status}`);
}

/** p50/p99 (ms) from POST to each socket's receipt of UPDATES posts at RATE, and the receipts missing. */
async function measure(fleet: Fleet, send: (i: number) => { id: string; go: () => Promise<void> }) {
  await fleet.report({ reset: true });
  const sentAt = new Map<string, number>();
  await atRate(UPDATES, RATE, async (i) => {
    const { id, go } = send(i);
    sentAt.set(id, nowMs());
    await go();
  });
  await waitUntil(async () => (await fleet.report()).receipts >= UPDATES * SOCKETS, `${UPDATES * SOCKETS} receipts`, 60_000).catch(() => undefined);
  const report = await fleet.report({ sentAt });
  return { p50: round(percentile(report.latencies, 50)), p99: round(percentile(report.latencies, 99)), missing: UPDATES * SOCKETS - report.receipts };
}

export async function revisionScenario(): Promise<ScenarioResult> {
  const rounds: { alert: Awaited<ReturnType<typeof measure>>; revision: Awaited<ReturnType<typeof measure>> }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const system = await startBenchSystem({ env: { SIRENA_EDITOR_KEYS: EDITOR_KEY } });
    const fleet = new Fleet();
    try {
      const api = system.api.url;
      await fleet.connect(system.gateways[0]!.url, SOCKETS, { topics: [TOPIC] });
      const run = `v${Date.now().toString(36)}`;
      const newAlert = (id: string, text: string) => ({ id, go: () => post(`${api}/v1/updates`, { id, text, source: 'bench' }) });
      const revise = (id: string, i: number) => ({
        id,
        go: () => post(`${api}/v1/alerts/${id}/revisions`, { severity: i % 2 === 0 ? 'moderate' : 'extreme', note: `bench correction ${i}` }, EDITOR_KEY),
      });
      // Warm-up: JIT, connections, both scripts.
      await atRate(10, 10, (i) => newAlert(`${run}-w${i}`, `${TEXTS.severe} (warm-up ${i})`).go());
      await waitUntil(async () => (await fleet.report()).receipts >= 10 * SOCKETS, 'warm-up alerts', 30_000);
      await atRate(10, 10, (i) => revise(`${run}-w${i}`, i).go());
      await waitUntil(async () => (await fleet.report()).receipts >= 20 * SOCKETS, 'warm-up revisions', 30_000);
      // New alerts, then a revision of each: the same sockets, the same rate.
      const alert = await measure(fleet, (i) => newAlert(`${run}-${i}`, `${TEXTS.severe} (report ${i})`));
      const revision = await measure(fleet, (i) => revise(`${run}-${i}`, i));
      rounds.push({ alert, revision });
    } finally {
      await fleet.close();
      await system.stop();
    }
  }
  const of = (side: 'alert' | 'revision', key: 'p50' | 'p99') => median(rounds.map((r) => r[side][key]));
  const ratio = {
    p50: round(median(rounds.map((r) => r.revision.p50 / r.alert.p50)), 2),
    p99: round(median(rounds.map((r) => r.revision.p99 / r.alert.p99)), 2),
  };
  const missing = rounds.reduce((sum, r) => sum + r.revision.missing + r.alert.missing, 0);
  return {
    scenario: 'revision',
    metric: `POST → ${SOCKETS} sockets @${RATE}/s, ${UPDATES} revisions vs ${UPDATES} new alerts: p50 / p99 ms, median of ${ROUNDS} rounds`,
    sirena: { p50: of('revision', 'p50'), p99: of('revision', 'p99'), missing },
    raw: { p50: of('alert', 'p50'), p99: of('alert', 'p99') },
    ratio,
    goal: 'a revision p50 and p99 ≤ 1.1× a new alert\'s ("raw" here is Sirena\'s new alert)',
    pass: ratio.p50 <= 1.1 && ratio.p99 <= 1.1 && missing === 0,
    notes: `rounds (revision vs new alert, p50/p99 ms): ${rounds.map((r) => `${r.revision.p50}/${r.revision.p99} vs ${r.alert.p50}/${r.alert.p99}`).join('; ')}`,
  };
}
