// Two workers, one event: reports of one alert posted at the same moment and handled by two worker processes at
// once share one incident. Each worker reads its candidates, finds none and would start an incident of its own; the
// store's append refuses a new incident when the topic got an alert the worker had not seen, and the worker threads
// the report again against it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import { postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

/** Pairs posted: with the race open, about half of them split in two on a 2-core machine. */
const ROUNDS = 24;

let sys: TestSystem;
beforeAll(async () => {
  // Debug logs name each stored alert: which worker process stored which report.
  sys = await startSystem({ gateways: 0, workers: 2, env: { LOG_LEVEL: 'debug' } });
});
afterAll(async () => {
  await sys?.stop();
});

async function stored(id: string): Promise<Alert> {
  return waitUntil(async () => {
    const answer = await request<Alert>(sys.api.url, 'GET', `/v1/alerts/${id}`);
    return answer.status === 200 ? answer.body : null;
  }, `alert ${id} stored`);
}

describe('two reports of one event handled by two workers at the same moment', () => {
  it('share one incident, every time', async () => {
    const split: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // A day apart: each round's alert is an event of its own, beyond the threading window of the others.
      const publishedAt = new Date(Date.UTC(2025, 3, 1 + round, 2, 0)).toISOString();
      const ids = [`race-${round}-en`, `race-${round}-uk`];
      const posted = await Promise.all([
        postUpdate(sys, { id: ids[0], publishedAt, text: 'Air raid alert in Kyiv: drones are heading for the capital, take shelter now.' }),
        postUpdate(sys, { id: ids[1], publishedAt, text: 'Повітряна тривога в Києві: ударні дрони летять на столицю, негайно пройдіть в укриття.' }),
      ]);
      expect(posted.map((answer) => answer.status)).toEqual([202, 202]);
      const [first, second] = await Promise.all(ids.map(stored));
      if (first!.incidentId !== second!.incidentId) split.push(`${round}: ${first!.incidentId} / ${second!.incidentId}`);
      // Which of the two started the incident depends on which worker stored first; the other names it.
      expect(ids).toContain(first!.incidentId);
      // The other one says it joined the first: its reasons end with the threading reason.
      const joiner = [first!, second!].find((alert) => alert.incidentId !== alert.id);
      if (joiner) expect(joiner.reasons.at(-1)).toMatch(new RegExp(`^same incident as ${first!.incidentId}: `));
    }
    expect(split).toEqual([]);
    // Both processes took jobs (the race needs two workers, not one working through both in turn).
    const logged = sys.workers.map((worker) => worker.output.filter((line) => line.includes('"race-') && line.includes('alert stored')).length);
    expect(logged.every((lines) => lines > 0), `jobs per worker ${logged.join('/')}`).toBe(true);
  });

  it('share one incident when each worker handles a batch of them', async () => {
    const split: string[] = [];
    for (let round = 0; round < ROUNDS / 2; round++) {
      const publishedAt = new Date(Date.UTC(2025, 5, 1 + round, 2, 0)).toISOString();
      const batches = [
        [
          { id: `batch-${round}-a1`, publishedAt, text: 'Air raid alert in Kyiv: ballistic missiles are heading for the capital, take shelter.' },
          { id: `batch-${round}-a2`, publishedAt, text: 'Explosions heard in Kyiv, air defence is working against the missiles.' },
        ],
        [
          { id: `batch-${round}-b1`, publishedAt, text: 'Повітряна тривога в Києві через загрозу балістики, пройдіть в укриття.' },
          { id: `batch-${round}-b2`, publishedAt, text: 'У Києві чути вибухи, працює ППО.' },
        ],
      ];
      const posted = await Promise.all(batches.map((updates) => postUpdate(sys, { updates })));
      expect(posted.map((answer) => answer.status)).toEqual([202, 202]);
      const alerts = await Promise.all(batches.flat().map(({ id }) => stored(id)));
      const incidents = new Set(alerts.map((alert) => alert.incidentId));
      if (incidents.size !== 1) split.push(`${round}: ${alerts.map((alert) => `${alert.id}→${alert.incidentId}`).join(' ')}`);
    }
    expect(split).toEqual([]);
  });
});
