// Scenario 5: replay of 10,000 missed alerts to one client: Sirena's figure comes from test/bench/replay.bench.ts
// (seeded through the store, subscribe with `since` → ack), the raw one from a server replaying from memory.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Fleet, QUICK, TEXTS, postJson, round, startRawServer, type ScenarioResult } from '../bench-harness.js';

const MISSED = QUICK ? 2000 : 10_000;
const BATCH = 500;
const TOPICS = ['kyiv-air-raids', 'diplomacy', 'troops', 'general'];

/** The raw server stores MISSED alerts, then one socket subscribes with `since: 0`: connect → ack after the last. */
async function measureRaw() {
  const rawServer = await startRawServer();
  const fleet = new Fleet();
  try {
    for (let b = 0; b < MISSED / BATCH; b += 1) {
      const updates = Array.from({ length: BATCH }, (_, i) => ({
        id: `missed-${b}-${i}`,
        text: `${TEXTS.severe} (${b}-${i})`,
        topics: [TOPICS[i % TOPICS.length]],
      }));
      const { status } = await postJson(`${rawServer.url}/store`, { updates });
      if (status !== 202) throw new Error(`POST answered ${status}`);
    }
    // Alerts and the ack travel on one socket in order: once the ack is in, every replayed alert is too.
    const connected = await fleet.connect(rawServer.url, 1, { topics: TOPICS, since: 0 }, 60_000);
    const report = await fleet.report();
    return { replayMs: round(connected.ms), replayed: report.distinctIds };
  } finally {
    await fleet.close();
    await rawServer.stop();
  }
}

/** Runs the catch-up bench (3 runs after a warm-up) and reads its JSON line. */
function measureSirena(): Promise<{ replayMs: number; maxMs: number; replayed: number }> {
  const script = fileURLToPath(new URL('../replay.bench.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', script, String(MISSED), '3'], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const { medianMs, maxMs, alerts } = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
        medianMs: number;
        maxMs: number;
        alerts: number;
      };
      // replay.bench.ts throws unless every alert arrived, so alerts is what was replayed.
      resolve({ replayMs: medianMs, maxMs, replayed: alerts });
    });
  });
}

export async function replayScenario(): Promise<ScenarioResult> {
  const raw = await measureRaw();
  const sirena = await measureSirena();
  return {
    scenario: 'replay',
    metric: `${MISSED} missed alerts to one client (subscribe with since → ack after the last): ms`,
    sirena,
    raw,
    ratio: { replayMs: round(sirena.replayMs / raw.replayMs, 2) },
    goal: '< 1000 ms, all replayed',
    pass: sirena.replayMs < 1000 && sirena.replayed === MISSED,
    notes: 'Sirena: median of 3 runs of test/bench/replay.bench.ts; raw includes the socket handshake',
  };
}
