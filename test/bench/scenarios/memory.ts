// Scenario 4: memory: 10,000 idle subscribed sockets on one gateway (and one alert delivered to all, to prove it).
import {
  Fleet, againstRaw, QUICK, TEXTS, postJson, round, rssMiB, sleep, waitUntil, type ScenarioResult,
} from '../bench-harness.js';

const SOCKETS = QUICK ? 2000 : 10_000;
const FLEETS = 2;
const TOPICS = ['kyiv-air-raids', 'diplomacy'];

async function measure(pid: number, socketUrl: string, postUrl: string, body: unknown) {
  const fleets = Array.from({ length: FLEETS }, () => new Fleet());
  try {
    const before = rssMiB(pid);
    const started = Date.now();
    await Promise.all(fleets.map((fleet) => fleet.connect(socketUrl, SOCKETS / FLEETS, { topics: TOPICS }, 300_000)));
    const connectS = (Date.now() - started) / 1000;
    await sleep(2000);
    const rss = rssMiB(pid);
    const { status } = await postJson(postUrl, body);
    if (status !== 202) throw new Error(`POST answered ${status}`);
    const delivered = await waitUntil(
      async () => {
        const reports = await Promise.all(fleets.map((fleet) => fleet.report()));
        const total = reports.reduce((sum, report) => sum + report.receipts, 0);
        return total >= SOCKETS ? total : 0;
      },
      'one alert on every socket',
      60_000,
    );
    return { rssMiB: round(rss, 0), idleRssMiB: round(before, 0), connectS: round(connectS, 1), delivered };
  } finally {
    await Promise.all(fleets.map((fleet) => fleet.close()));
  }
}

export async function memoryScenario(): Promise<ScenarioResult> {
  const { raw, sirena } = await againstRaw(
    (rawServer) => measure(rawServer.pid, rawServer.url, `${rawServer.url}/emit`, { id: 'm1', text: TEXTS.severe, topics: TOPICS }),
    (system) => measure(system.gateways[0]!.child.pid as number, system.gateways[0]!.url, `${system.api.url}/v1/updates`, { id: 'm1', text: TEXTS.severe }),
  );
  return {
    scenario: 'memory',
    metric: `${SOCKETS} idle subscribed sockets on one gateway: RSS MiB`,
    sirena,
    raw,
    ratio: { rssMiB: round(sirena.rssMiB / raw.rssMiB, 2) },
    goal: 'gateway RSS < 600 MiB',
    pass: sirena.rssMiB < 600 && sirena.delivered >= SOCKETS,
  };
}
