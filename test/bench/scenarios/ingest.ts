// Scenario 2: sustained ingest: batches offered at 5,000 updates/s; every accepted update must reach a subscriber.
import {
  Fleet, againstRawRounds, QUICK, ROUNDS, TEXTS, atRate, median, nowMs, postJson, round, waitUntil, type ScenarioResult,
} from '../bench-harness.js';

/** The goal: updates/s accepted, classified, stored and pushed. */
const GOAL = 5000;
/** Offered updates/s: the goal unless BENCH_INGEST_RATE asks for more (to see the headroom above it). */
const RATE = Number(process.env.BENCH_INGEST_RATE ?? GOAL);
if (!Number.isFinite(RATE) || RATE < 100) throw new Error(`BENCH_INGEST_RATE must be a number of updates/s ≥ 100, got ${process.env.BENCH_INGEST_RATE}`);
const BATCH = 250;
const SECONDS = QUICK ? 3 : 10;
const SUBSCRIBERS = 4;
const ALL_TOPICS = ['kyiv-air-raids', 'diplomacy', 'troops', 'general'];
const MIX = [TEXTS.routine, TEXTS.severe, TEXTS.routine, 'Troops rotated near the front line, officials said'];

/**
 * Offers SECONDS × RATE updates and waits until every accepted one reached every subscriber.
 * Throughput = accepted ÷ (first POST → last alert received): at exactly RATE offered, it reaches RATE only when the
 * last batch is delivered within 1/(RATE/BATCH) s of its POST (50 ms), so `lastBatchMs` is printed beside it.
 */
async function measure(postUrl: string, socketUrl: string, body: (ids: string[], texts: string[]) => unknown) {
  const fleet = new Fleet();
  try {
    await fleet.connect(socketUrl, SUBSCRIBERS, { topics: ALL_TOPICS });
    const run = `i${Date.now().toString(36)}`;
    const batches = Math.round((SECONDS * RATE) / BATCH);
    let accepted = 0;
    let refused = 0;
    const started = nowMs();
    await atRate(batches, RATE / BATCH, async (b) => {
      const ids = Array.from({ length: BATCH }, (_, i) => `${run}-${b}-${i}`);
      const texts = ids.map((id, i) => `${MIX[i % MIX.length]} (${id})`);
      const { status } = await postJson(postUrl, body(ids, texts));
      if (status === 202) accepted += BATCH;
      else refused += BATCH;
    });
    const postedMs = nowMs() - started;
    const lastPostAt = started + ((batches - 1) * 1000 * BATCH) / RATE;
    const final = await waitUntil(
      async () => {
        const report = await fleet.report();
        return report.minPerSocket >= accepted ? report : null;
      },
      `${accepted} alerts on each subscriber`,
      120_000,
    ).catch(() => fleet.report());
    const elapsed = final.lastAt - started;
    return {
      offeredPerS: round((accepted + refused) / (postedMs / 1000), 0),
      acceptedPerS: round(accepted / (postedMs / 1000), 0),
      deliveredPerS: round(final.minPerSocket / (elapsed / 1000), 0),
      // From the last batch's scheduled POST to the last alert on every subscriber.
      lastBatchMs: round(final.lastAt - lastPostAt, 0),
      accepted,
      refused,
      // Accepted but not on the subscriber when the wait ended (lost, or still queued at the deadline).
      undelivered: accepted - final.distinctIds,
    };
  } finally {
    await fleet.close();
  }
}

export async function ingestScenario(): Promise<ScenarioResult> {
  const cpu: string[] = [];
  const rounds = await againstRawRounds(
    (rawServer) => measure(`${rawServer.url}/emit`, rawServer.url, (ids, texts) => ({
        updates: ids.map((id, i) => ({ id, text: texts[i], topics: [ALL_TOPICS[i % ALL_TOPICS.length]], source: 'bench' })),
      })),
    async (system) => {
      const before = system.cpu();
      const figures = await measure(`${system.api.url}/v1/updates`, system.gateways[0]!.url, (ids, texts) => ({
        updates: ids.map((id, i) => ({ id, text: texts[i], source: 'bench' })),
      }));
      const after = system.cpu();
      if (process.env.BENCH_REDIS_STATS) {
        const { Redis } = await import('ioredis');
        const client = new Redis(system.redis.url);
        const stats = (await client.info('commandstats')).split('\n').filter((line) => line.startsWith('cmdstat_'));
        const rows = stats.map((line) => {
          const [name, rest] = line.split(':');
          const fields = Object.fromEntries(rest!.split(',').map((kv) => kv.split('=')));
          return { name, calls: Number(fields.calls), usec: Number(fields.usec) };
        }).sort((a, b) => b.usec - a.usec);
        for (const row of rows.slice(0, 15)) process.stderr.write(`${row.name} calls ${row.calls} usec ${row.usec} per ${(row.usec / row.calls).toFixed(1)}\n`);
        client.disconnect();
      }
      // CPU µs per update of each process: where Sirena's time goes (the machine has two cores).
      const updates = figures.accepted || 1;
      cpu.push(Object.entries(after).map(([name, seconds]) => `${name} ${round(((seconds - (before[name] ?? 0)) * 1e6) / updates, 0)}`).join(', '));
      return figures;
    },
  );
  const sirena = rounds.map((r) => r.sirena);
  const raw = rounds.map((r) => r.raw);
  const pick = (side: typeof sirena, key: 'offeredPerS' | 'acceptedPerS' | 'deliveredPerS' | 'lastBatchMs') => median(side.map((f) => f[key]));
  const sum = (side: typeof sirena, key: 'accepted' | 'refused' | 'undelivered') => side.reduce((total, f) => total + f[key], 0);
  const summary = (side: typeof sirena) => ({
    offeredPerS: pick(side, 'offeredPerS'),
    acceptedPerS: pick(side, 'acceptedPerS'),
    deliveredPerS: pick(side, 'deliveredPerS'),
    lastBatchMs: pick(side, 'lastBatchMs'),
    accepted: sum(side, 'accepted'),
    refused: sum(side, 'refused'),
    undelivered: sum(side, 'undelivered'),
  });
  const mine = summary(sirena);
  return {
    scenario: 'ingest',
    metric: `${SECONDS} s offered at ${RATE}/s in batches of ${BATCH}: delivered updates/s, median of ${ROUNDS} rounds`,
    sirena: mine,
    raw: summary(raw),
    ratio: { deliveredPerS: round(median(rounds.map((r) => r.sirena.deliveredPerS / r.raw.deliveredPerS)), 2) },
    goal: `≥ ${GOAL} updates/s delivered, none lost`,
    pass: mine.deliveredPerS >= GOAL && mine.undelivered === 0 && mine.refused === 0,
    notes: `rounds delivered/s (last batch ms): ${sirena.map((f) => `${f.deliveredPerS} (${f.lastBatchMs})`).join(', ')}; CPU µs per update: ${cpu.join(' | ')}`,
  };
}
