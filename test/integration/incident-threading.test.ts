// Incident threading end to end: a live blog's reports of one overnight Kyiv drone attack share one incident, with
// unrelated reports posted in between kept apart, through real api and worker processes: one worker serving both
// lanes, and separate urgent-lane and routine processes as `npm start` runs them (a report then threads onto alerts
// another process stored, which it reads from the feed as its job starts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postUpdate, request, startRole, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

const SETUPS = [
  { name: 'one worker serving both lanes', lanes: ['all'] },
  { name: 'an urgent-lane worker and a routine worker', lanes: ['urgent', 'routine'] },
] as const;

describe.each(SETUPS)('incident threading, $name', ({ lanes }) => {
  let sys: TestSystem;

  beforeAll(async () => {
    sys = await startSystem({ gateways: 0, workers: 0 });
    const workers = await Promise.all(lanes.map((lane) => startRole('worker', { ...sys.env, SIRENA_WORKER_LANES: lane })));
    sys.workers.push(...workers);
  });
  afterAll(async () => {
    await sys?.stop();
  });

  /** Posts one update, as a live blog would, and waits until a worker has stored it. */
  async function post(id: string, minute: number, text: string) {
    const publishedAt = new Date(Date.UTC(2025, 2, 1, 1, minute)).toISOString();
    const response = await postUpdate(sys, { id, text, publishedAt });
    expect(response.status).toBe(202);
    return waitUntil(async () => {
      const stored = await request(sys.api.url, 'GET', `/v1/alerts/${id}`);
      return stored.status === 200 ? stored.body : null;
    }, `alert ${id} stored`);
  }

  it('threads four reports of one Kyiv drone attack, and only those, into one incident', async () => {
    const feed = [
      ['kyiv-1', 'Air raid alert in Kyiv: a drone attack on the capital is under way overnight, stay in shelters.'],
      ['talks', 'The foreign ministers of France and Poland held talks in Warsaw on a new sanctions package.'],
      ['kyiv-2', 'Anti-aircraft fire and explosions heard across Kyiv as air defence engages the drones.'],
      ['kharkiv', 'Explosions in Kharkiv: a missile strike hit an industrial site in the city, the mayor said.'],
      ['kyiv-3', 'Fires broke out in several districts of Kyiv after the drone attack, the city administration said.'],
      ['kyiv-4', 'At least two people were wounded as drone debris hit homes in Kyiv\'s Obolonskyi and Podilskyi districts.'],
    ] as const;
    const alerts = [];
    for (const [index, [id, text]] of feed.entries()) alerts.push(await post(id, index, text));
    const byId = new Map(alerts.map((alert) => [alert.id as string, alert]));

    const incidentId = byId.get('kyiv-1').incidentId;
    expect(incidentId).toBe('kyiv-1'); // a new incident is named after its first report
    for (const id of ['kyiv-2', 'kyiv-3', 'kyiv-4']) {
      expect(byId.get(id).incidentId, id).toBe(incidentId);
      expect(byId.get(id).reasons.at(-1)).toMatch(/^same incident as kyiv-\d: /);
    }
    // Split lanes: the extreme reports were stored by the urgent-lane process, the others by the routine one, so the
    // incident crosses processes.
    const kyivSeverities = ['kyiv-1', 'kyiv-2', 'kyiv-3', 'kyiv-4'].map((id) => byId.get(id).severity === 'extreme');
    expect(new Set(kyivSeverities)).toEqual(new Set([true, false]));
    expect(byId.get('talks').incidentId).toBe('talks');
    expect(byId.get('kharkiv').incidentId).toBe('kharkiv');

    const incident = await request(sys.api.url, 'GET', `/v1/incidents/${incidentId}`);
    expect(incident.status).toBe(200);
    const members = incident.body.alerts as { id: string; seq: number }[];
    expect(members.map((alert) => alert.id)).toEqual(['kyiv-1', 'kyiv-2', 'kyiv-3', 'kyiv-4']);
    const seqs = members.map((alert) => alert.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect((await request(sys.api.url, 'GET', '/v1/incidents/talks')).body.alerts.map((alert: { id: string }) => alert.id)).toEqual(['talks']);
  });
});
