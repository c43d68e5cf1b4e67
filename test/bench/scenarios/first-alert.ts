// Scenario: the first alert after `npm start` answers /readyz 200, against the alerts after it (issue: ready = warm).
import { measureFirstAlert } from '../../helpers/first-alert.js';
import { removeRedisDir, startRedisServer } from '../../helpers/redis-server.js';
import { uniquePrefix } from '../../helpers/system.js';
import { QUICK, ROUNDS, median, round, type ScenarioResult } from '../bench-harness.js';

const STEADY = QUICK ? 6 : 12;

export async function firstAlertScenario(): Promise<ScenarioResult> {
  const rounds: { first: number; steady: number; ratio: number }[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    // A fresh Redis and a fresh `npm start` each round: nothing is warm but what readiness made warm.
    const redis = await startRedisServer();
    try {
      const run = await measureFirstAlert({ REDIS_URL: redis.url, SIRENA_KEY_PREFIX: uniquePrefix() }, STEADY);
      await run.main.stop();
      const steady = median(run.steadyMs);
      rounds.push({ first: round(run.firstMs), steady: round(steady), ratio: round(run.firstMs / steady, 2) });
    } finally {
      await redis.stop();
      removeRedisDir(redis);
    }
  }
  const ratio = median(rounds.map((r) => r.ratio));
  return {
    scenario: 'first-alert',
    metric: `npm start, /readyz 200, then POST → socket one at a time: the first alert vs the median of the next ${STEADY} (ms), median of ${ROUNDS} rounds`,
    sirena: { firstMs: median(rounds.map((r) => r.first)), steadyMs: median(rounds.map((r) => r.steady)) },
    raw: {},
    ratio: { firstToSteady: ratio },
    goal: 'first alert after ready ≤ 3× the steady latency',
    pass: ratio <= 3,
    notes: `rounds (first / steady ms): ${rounds.map((r) => `${r.first}/${r.steady}`).join('; ')}`,
  };
}
