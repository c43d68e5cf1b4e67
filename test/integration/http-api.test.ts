// The HTTP API as the contract lists it: every endpoint's shape and every error status, against real processes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

const KEY = 'publisher-key-0123456789';
const auth = { authorization: `Bearer ${KEY}` };
let sys: TestSystem;

beforeAll(async () => {
  sys = await startSystem({ env: { SIRENA_PUBLISH_KEYS: `${KEY},second-key-0123456789`, SIRENA_MAX_BODY_BYTES: '4096' } });
});
afterAll(async () => {
  await sys?.stop();
});

describe('POST /v1/updates errors', () => {
  it.each([
    ['no key', {}, { text: 'a' }, 401, 'unauthorized'],
    ['a wrong key', { authorization: 'Bearer not-the-key-at-all' }, { text: 'a' }, 401, 'unauthorized'],
    ['a non-bearer header', { authorization: `Basic ${KEY}` }, { text: 'a' }, 401, 'unauthorized'],
    ['a schema error', auth, { text: 42 }, 400, 'invalid_request'],
    ['an unknown topic hint', auth, { text: 'a', topics: ['atlantis'] }, 400, 'unknown_topic'],
    ['a body over the limit', auth, { text: 'x'.repeat(5000) }, 413, 'payload_too_large'],
  ])('%s → %i %s', async (_name, headers, body, status, code) => {
    const response = await postUpdate(sys, body, headers);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error: { code, message: expect.any(String) } });
  });

  it('zod issues come with a 400', async () => {
    const response = await postUpdate(sys, { updates: [{ text: 'ok' }, { text: '' }] }, auth);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { issues: [{ path: 'updates.1.text', code: 'too_small' }] } });
  });

  it('bad JSON → 400 invalid_json; wrong content type → 415', async () => {
    const bad = await request(sys.api.url, 'POST', '/v1/updates', { body: '{"text":', headers: { ...auth, 'content-type': 'application/json' } });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'invalid_json']);
    const text = await request(sys.api.url, 'POST', '/v1/updates', { body: 'text=a', headers: { ...auth, 'content-type': 'text/plain' } });
    expect([text.status, text.body.error.code]).toEqual([415, 'unsupported_media_type']);
  });

  it('the second key works too, and a batch answers with every id', async () => {
    const response = await postUpdate(sys, { updates: [{ text: 'one', id: 'k2-a' }, { text: 'two' }] }, { authorization: 'Bearer second-key-0123456789' });
    expect(response.status).toBe(202);
    expect(response.body.accepted).toBe(2);
    expect(response.body.ids[0]).toBe('k2-a');
    expect(response.body.ids[1]).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });
});

describe('reading', () => {
  it('GET /v1/alerts/:id, /v1/incidents/:id, /v1/topics and /v1/alerts', async () => {
    await postUpdate(sys, { id: 'read-1', text: 'Drone attack on Kyiv: fires in two districts, one wounded', topics: ['kyiv-air-raids'] }, auth);
    const alert = await waitUntil(async () => {
      const r = await request(sys.api.url, 'GET', '/v1/alerts/read-1');
      return r.status === 200 ? r.body : null;
    }, 'the alert stored');
    expect(alert).toMatchObject({ id: 'read-1', topics: expect.arrayContaining(['kyiv-air-raids']) });

    const incident = await request(sys.api.url, 'GET', `/v1/incidents/${alert.incidentId}`);
    expect(incident.status).toBe(200);
    expect(incident.body).toMatchObject({ id: alert.incidentId, alerts: [{ id: 'read-1' }] });

    const topics = await request(sys.api.url, 'GET', '/v1/topics');
    expect(topics.body.topics.map((t: { id: string }) => t.id)).toEqual(['kyiv-air-raids', 'diplomacy', 'troops', 'general']);
    expect(topics.body.topics[0]).toMatchObject({ name: expect.any(String), count: expect.any(Number) });
    expect(topics.body.topics[0].count).toBeGreaterThanOrEqual(1);

    // Two alerts in the topic: a page of one points at the next; the last page says next: null.
    await postUpdate(sys, { id: 'read-2', text: 'Air-raid alert in Kyiv again', topics: ['kyiv-air-raids'] }, auth);
    await waitUntil(async () => (await request(sys.api.url, 'GET', '/v1/alerts/read-2')).status === 200, 'the second alert');
    const list = await request(sys.api.url, 'GET', '/v1/alerts?topic=kyiv-air-raids&limit=1');
    expect(list.status).toBe(200);
    expect(list.body.alerts).toHaveLength(1);
    expect(list.body.next).toEqual({ before: list.body.alerts[0].seq });
    const last = await request(sys.api.url, 'GET', `/v1/alerts?topic=kyiv-air-raids&limit=1&before=${list.body.alerts[0].seq}`);
    expect(last.body.alerts.map((a: { id: string }) => a.id)).toEqual(['read-1']);
    expect(last.body.next).toBeNull();
  });

  it.each([
    ['/v1/alerts/nope', 404, 'alert_not_found'],
    ['/v1/incidents/nope', 404, 'incident_not_found'],
    ['/v1/nothing-here', 404, 'not_found'],
    ['/v1/alerts?limit=0', 400, 'invalid_request'],
    ['/v1/alerts?minSeverity=huge', 400, 'invalid_request'],
    ['/v1/alerts?after=-5', 400, 'invalid_request'],
    ['/v1/alerts?topic=atlantis', 400, 'unknown_topic'],
    ['/v1/alerts?colour=red', 400, 'invalid_request'],
  ])('GET %s → %i %s', async (path, status, code) => {
    const response = await request(sys.api.url, 'GET', path);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });
});

describe('health', () => {
  it('healthz, readyz and metrics', async () => {
    expect((await request(sys.api.url, 'GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await request(sys.api.url, 'GET', '/readyz')).body).toEqual({ status: 'ready', checks: { redis: 'ok', queue: 'ok' } });
    const metrics = await request<string>(sys.api.url, 'GET', '/metrics');
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    expect(metrics.body).toMatch(/^sirena_updates_total\{outcome="accepted",role="api"\} \d+$/m);
    const gateway = await request<string>(sys.gateways[0]!.url, 'GET', '/metrics');
    expect(gateway.body).toContain('sirena_sockets_connected');
    expect((await request(sys.gateways[0]!.url, 'GET', '/readyz')).body).toMatchObject({ status: 'ready', checks: { redis: 'ok', feed: 'ok' } });
  });
});
