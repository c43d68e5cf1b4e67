// Update ids are idempotency keys per publisher: one publisher's id never silences another's update, and alert ids
// stay unique (the second publisher's alert gets an id of its own, the same on every repeat).
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, postUpdate, request, startSystem, type TestSystem } from '../helpers/system.js';

const KEY_A = 'publisher-key-aaaaaaaaaaaa';
const KEY_B = 'publisher-key-bbbbbbbbbbbb';
const asA = { authorization: `Bearer ${KEY_A}` };
const asB = { authorization: `Bearer ${KEY_B}` };

describe('with publisher keys', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem({ env: { SIRENA_PUBLISH_KEYS: `${KEY_A},${KEY_B}` } });
  });
  afterAll(async () => {
    await sys?.stop();
  });

  it("one publisher's id does not silence another's update with the same id", async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    await client.subscribe({ topics: ['diplomacy'] });

    const fromA = await postUpdate(sys, { id: 'shared-1', text: 'Foreign ministers held talks in Ottawa' }, asA);
    expect(fromA.body).toEqual({ accepted: 1, ids: ['shared-1'] });
    await client.waitForAlerts(1);

    const fromB = await postUpdate(sys, { id: 'shared-1', text: 'Sanctions talks resume in Brussels' }, asB);
    expect(fromB.status).toBe(202);
    const [idB] = fromB.body.ids;
    expect(idB).toMatch(/^shared-1\.[0-9a-f]{16}$/);
    const [, alertB] = await client.waitForAlerts(2);
    expect(alertB).toMatchObject({ id: idB, text: 'Sanctions talks resume in Brussels' });

    // Each publisher's repeat is idempotent for it, and keeps the id it got.
    expect((await postUpdate(sys, { id: 'shared-1', text: 'Foreign ministers held talks in Ottawa' }, asA)).body.ids).toEqual(['shared-1']);
    expect((await postUpdate(sys, { id: 'shared-1', text: 'Sanctions talks resume in Brussels' }, asB)).body.ids).toEqual([idB]);
    // A later alert proves the worker got past both repeats without alerting them.
    await postUpdate(sys, { id: 'marker-1', text: 'Diplomats met again in Vienna' }, asA);
    await client.waitForAlerts(3);
    expect(client.alerts.map((alert) => alert.id)).toEqual(['shared-1', idB, 'marker-1']);

    // Alert ids are unique: each names its own publisher's alert.
    expect((await request(sys.api.url, 'GET', '/v1/alerts/shared-1')).body).toMatchObject({ text: 'Foreign ministers held talks in Ottawa' });
    expect((await request(sys.api.url, 'GET', `/v1/alerts/${idB}`)).body).toMatchObject({ text: 'Sanctions talks resume in Brussels' });
    client.close();
  });

  it("an id the server made for one publisher cannot be taken by another", async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    await client.subscribe({ topics: ['diplomacy'] });
    const made = await postUpdate(sys, { text: 'Ambassadors met in Geneva' }, asA);
    const [madeId] = made.body.ids;
    await client.waitForAlerts(1);
    const taken = await postUpdate(sys, { id: madeId, text: 'Envoys met in Rome' }, asB);
    expect(taken.body.ids[0]).not.toBe(madeId);
    await client.waitForAlerts(2);
    // The first publisher's retry with the id it was given stays idempotent.
    expect((await postUpdate(sys, { id: madeId, text: 'Ambassadors met in Geneva' }, asA)).body.ids).toEqual([madeId]);
    expect((await request(sys.api.url, 'GET', `/v1/alerts/${madeId}`)).body).toMatchObject({ text: 'Ambassadors met in Geneva' });
    client.close();
  });
});

/** POST /v1/updates from a given loopback address (the OS routes all of 127/8 to lo). */
function postFrom(localAddress: string, url: string, body: unknown): Promise<{ status: number; ids: string[] }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}/v1/updates`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ids: (JSON.parse(text) as { ids?: string[] }).ids ?? [] }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('without publisher keys', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(async () => {
    await sys?.stop();
  });

  it('every loopback poster counts as one publisher', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    await client.subscribe({ topics: ['diplomacy'] });
    expect(await postFrom('127.0.0.1', sys.api.url, { id: 'loop-1', text: 'Foreign ministers held talks in Ottawa' })).toEqual({ status: 202, ids: ['loop-1'] });
    await client.waitForAlerts(1);
    expect(await postFrom('127.0.0.2', sys.api.url, { id: 'loop-1', text: 'Foreign ministers held talks in Ottawa' })).toEqual({ status: 202, ids: ['loop-1'] });
    await postFrom('127.0.0.2', sys.api.url, { id: 'loop-2', text: 'Sanctions talks resume in Brussels' });
    await client.waitForAlerts(2);
    expect(client.alerts.map((alert) => alert.id)).toEqual(['loop-1', 'loop-2']);
    client.close();
  });
});
