// Scenario 5: replay: a client that missed 10,000 alerts subscribes with `since` and has them all, then its ack.
import {
  Fleet, QUICK, TEXTS, postJson, round, startBenchSystem, startRawServer, waitUntil, type ScenarioResult,
} from '../bench-harness.js';

const MISSED = QUICK ? 2000 : 10_000;
const BATCH = 500;
const TOPIC = 'kyiv-air-raids';

async function store(postUrl: string, body: (ids: string[]) => unknown): Promise<void> {
  for (let b = 0; b < MISSED / BATCH; b += 1) {
    const ids = Array.from({ length: BATCH }, (_, i) => `missed-${b}-${i}`);
    const { status } = await postJson(postUrl, body(ids));
    if (status !== 202) throw new Error(`POST answered ${status}`);
  }
}

/** Connects one socket with `since: 0`: the time from connect to the ack that follows the last replayed alert. */
async function measure(socketUrl: string) {
  const fleet = new Fleet();
  try {
    // Alerts and the ack travel on one socket in order: once the ack is in, every replayed alert is too.
    const connected = await fleet.connect(socketUrl, 1, { topics: [TOPIC], since: 0 }, 60_000);
    const report = await fleet.report();
    return { replayMs: round(connected.ms), replayed: report.distinctIds };
  } finally {
    await fleet.close();
  }
}

export async function replayScenario(): Promise<ScenarioResult> {
  const rawServer = await startRawServer();
  let raw;
  try {
    await store(`${rawServer.url}/store`, (ids) => ({ updates: ids.map((id) => ({ id, text: `${TEXTS.severe} (${id})`, topics: [TOPIC] })) }));
    raw = await measure(rawServer.url);
  } finally {
    await rawServer.stop();
  }
  const system = await startBenchSystem();
  let sirena;
  try {
    await store(`${system.api.url}/v1/updates`, (ids) => ({ updates: ids.map((id) => ({ id, text: `${TEXTS.severe} (${id})` })) }));
    await waitUntil(
      async () => {
        const response = await fetch(`${system.api.url}/v1/alerts?topic=${TOPIC}&limit=1`);
        const { alerts } = (await response.json()) as { alerts: { seq: number }[] };
        return (alerts[0]?.seq ?? 0) >= MISSED;
      },
      `${MISSED} alerts stored`,
      120_000,
    );
    sirena = await measure(system.gateways[0]!.url);
  } finally {
    await system.stop();
  }
  return {
    scenario: 'replay',
    metric: `${MISSED} missed alerts to one client (connect → ack after the last): ms`,
    sirena,
    raw,
    ratio: { replayMs: round(sirena.replayMs / raw.replayMs, 2) },
    goal: '< 1000 ms, all replayed',
    pass: sirena.replayMs < 1000 && sirena.replayed === MISSED,
  };
}
