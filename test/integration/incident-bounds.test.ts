// How far one incident grows, and how it is read: a report past the incident's bounds (reports, time from its first
// report) starts a new incident, and GET /v1/incidents/:id answers a page at a time, like history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import { postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

type IncidentPage = { id: string; alerts: Alert[]; next: { after: number } | null; error?: { code: string } };

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ gateways: 0, workers: 1, env: { SIRENA_INCIDENT_MAX_REPORTS: '3', SIRENA_INCIDENT_MAX_SPAN_SECONDS: '7200' } });
});
afterAll(async () => {
  await sys?.stop();
});

/** Posts one report and waits until a worker has stored it (the next one threads onto it). */
async function post(id: string, publishedAt: string, text: string): Promise<Alert> {
  expect((await postUpdate(sys, { id, text, publishedAt })).status).toBe(202);
  return waitUntil(async () => {
    const stored = await request<Alert>(sys.api.url, 'GET', `/v1/alerts/${id}`);
    return stored.status === 200 ? stored.body : null;
  }, `alert ${id} stored`);
}

const at = (day: number, minute: number) => new Date(Date.UTC(2025, 2, day, 1, minute)).toISOString();
const fireReport = (n: number) => `Drone attack on Kyiv: fire crews are still putting out a fire at a damaged building (update ${n}).`;

describe('an incident', () => {
  it('takes SIRENA_INCIDENT_MAX_REPORTS reports; the next report of the event starts a new incident', async () => {
    const alerts: Alert[] = [];
    for (let n = 1; n <= 5; n++) alerts.push(await post(`fire-${n}`, at(1, n * 10), fireReport(n)));
    expect(alerts.map((alert) => alert.incidentId)).toEqual(['fire-1', 'fire-1', 'fire-1', 'fire-4', 'fire-4']);
  });

  it('takes reports for SIRENA_INCIDENT_MAX_SPAN_SECONDS after its first', async () => {
    const first = await post('span-1', at(2, 0), fireReport(1));
    const second = await post('span-2', at(2, 60), fireReport(2));
    // 130 minutes after the first report: within the topic's 180-minute chain, past the 2-hour span.
    const third = await post('span-3', at(2, 130), fireReport(3));
    expect([first.incidentId, second.incidentId, third.incidentId]).toEqual(['span-1', 'span-1', 'span-3']);
  });

  it('is read a page at a time, oldest first', async () => {
    const get = (query: string) => request<IncidentPage>(sys.api.url, 'GET', `/v1/incidents/fire-1${query}`);
    const first = await get('?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.id).toBe('fire-1');
    expect(first.body.alerts.map((alert) => alert.id)).toEqual(['fire-1', 'fire-2']);
    expect(first.body.next).toEqual({ after: first.body.alerts[1]!.seq });
    const last = await get(`?limit=2&after=${first.body.next!.after}`);
    expect(last.body.alerts.map((alert) => alert.id)).toEqual(['fire-3']);
    expect(last.body.next).toBeNull();
    // The default page holds a whole incident as bounded by default (100 reports).
    const whole = await get('');
    expect(whole.body.alerts.map((alert) => alert.id)).toEqual(['fire-1', 'fire-2', 'fire-3']);
    expect(whole.body.next).toBeNull();
    // Past the last report: an empty page of an incident that exists; an unknown incident stays 404.
    expect((await get(`?after=${whole.body.alerts[2]!.seq}`)).body).toEqual({ id: 'fire-1', alerts: [], next: null });
    expect((await request(sys.api.url, 'GET', '/v1/incidents/nope?limit=2')).status).toBe(404);
    for (const bad of ['?limit=0', '?limit=1001', '?after=-1', '?after=1e3', '?page=2']) {
      const answer = await get(bad);
      expect([bad, answer.status, answer.body.error?.code]).toEqual([bad, 400, 'invalid_request']);
    }
  });
});
