// The whole pipeline as separate processes: POST → queue → worker → store → feed → gateway → socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ gateways: 1, workers: 1 });
});
afterAll(async () => {
  await sys?.stop();
});

describe('an update posted over HTTP reaches subscribers', () => {
  it('classifies, stores with a seq and pushes to a subscribed socket', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    const ack = await client.subscribe({ topics: ['kyiv-air-raids'] });
    expect(ack).toMatchObject({ ok: true, topics: ['kyiv-air-raids'], replayed: 0 });

    const posted = await postUpdate(sys, { text: 'Air-raid alert in Kyiv: drones inbound, take shelter now', id: 'pipe-1' });
    expect(posted.status).toBe(202);
    expect(posted.body).toEqual({ accepted: 1, ids: ['pipe-1'] });

    const [alert] = await client.waitForAlerts(1);
    expect(alert).toMatchObject({ id: 'pipe-1', topics: ['kyiv-air-raids'], severity: 'extreme', incidentId: 'pipe-1' });
    expect(alert!.seq).toBeGreaterThan(0);
    expect(alert!.reasons.length).toBeGreaterThan(0);
    expect(Date.parse(alert!.classifiedAt)).toBeGreaterThanOrEqual(Date.parse(alert!.receivedAt));

    const stored = await request(sys.api.url, 'GET', '/v1/alerts/pipe-1');
    expect(stored.status).toBe(200);
    expect(stored.body).toEqual({ ...alert, revisions: [] });
    client.close();
  });

  it('runs the learned severity check the build trained (SIRENA_SEVERITY_CHECK defaults to on)', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    await client.subscribe({ topics: ['general'] });
    // The rules read an attack ("strikes", beside "the city") and give severe; the check reads a promise.
    const text = 'The mayor promised that every window broken in the strikes this spring will be replaced by the city before winter.';
    await postUpdate(sys, { text, id: 'check-1' });
    const [alert] = await client.waitForAlerts(1);
    expect(alert).toMatchObject({ id: 'check-1', topics: ['general'], severity: 'minor' });
    expect(alert!.reasons.at(-2)).toBe("severity severe: attack elsewhere 'strikes'");
    expect(alert!.reasons.at(-1)).toMatch(/^severity minor: learned check over attack elsewhere \(p [01]\.\d\d/);
    client.close();
  });

  it('reads the source as the update\'s signature: a channel places a post that names no place, for its topic and its incident', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    await client.subscribe({ topics: ['kyiv-air-raids', 'general'] });
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
    await postUpdate(sys, { text: 'Відбій повітряної тривоги.', source: 'КМВА (Telegram)', id: 'sig-1' });
    const strike = 'A Russian missile hit an apartment block in Dnipro overnight; three people were killed, the governor said.';
    await postUpdate(sys, { text: strike, id: 'sig-2', publishedAt: at(7) });
    const inquiry = 'Розпочато досудове розслідування воєнного злочину у зв\'язку з ракетним ударом по обласному центру, внаслідок якого загинули семеро.';
    await postUpdate(sys, { text: inquiry, source: 'Дніпропетровська ОВА (Telegram)', id: 'sig-3', publishedAt: at(1) });
    const alerts = await client.waitForAlerts(3);
    expect(alerts.find((alert) => alert.id === 'sig-1')).toMatchObject({ topics: ['kyiv-air-raids'], severity: 'minor', source: 'КМВА (Telegram)' });
    expect(alerts.find((alert) => alert.id === 'sig-3')).toMatchObject({ topics: ['general'], severity: 'severe', incidentId: 'sig-2' });
    client.close();
  });

  it('a repeated id is accepted but not alerted again', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    await client.subscribe({ topics: ['diplomacy'] });
    const first = await postUpdate(sys, { text: 'Foreign ministers held talks in Ottawa', id: 'dup-1' });
    await client.waitForAlerts(1);
    const again = await postUpdate(sys, { text: 'Foreign ministers held talks in Ottawa', id: 'dup-1' });
    expect([first.status, again.status]).toEqual([202, 202]);
    expect(again.body.ids).toEqual(['dup-1']);
    // A later alert proves the worker got past the repeat without alerting it.
    await postUpdate(sys, { text: 'Sanctions talks resume in Brussels', id: 'dup-2' });
    await client.waitForAlerts(2);
    expect(client.alerts.map((alert) => alert.id)).toEqual(['dup-1', 'dup-2']);
    client.close();
  });

  it('filters by minSeverity and sends a multi-topic alert once', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    await client.subscribe({ topics: ['troops', 'diplomacy'], minSeverity: 'moderate' });
    await postUpdate(sys, {
      updates: [
        { id: 'multi-1', text: 'Ministers discussed the troop deployment', topics: ['troops', 'diplomacy'], severity: 'moderate' },
        { id: 'multi-2', text: 'A spokesman declined to comment', topics: ['diplomacy'], severity: 'minor' },
        { id: 'multi-3', text: 'Brigade redeployed to the front line', topics: ['troops'], severity: 'severe' },
      ],
    });
    await client.waitForAlerts(2);
    await postUpdate(sys, { id: 'multi-4', text: 'A marker alert', topics: ['troops'], severity: 'extreme' });
    await client.waitForAlerts(3);
    expect(client.alerts.map((alert) => alert.id).sort()).toEqual(['multi-1', 'multi-3', 'multi-4']);
    client.close();
  });

  it('replays stored alerts after `since` in seq order before live ones, then unsubscribes', async () => {
    const ids = ['replay-a', 'replay-b', 'replay-c'];
    await postUpdate(sys, { updates: ids.map((id) => ({ id, text: `Weapons delivery ${id}`, topics: ['troops'] })) });
    const seqs = await waitUntil(async () => {
      const all = await Promise.all(ids.map((id) => request(sys.api.url, 'GET', `/v1/alerts/${id}`)));
      return all.every((r) => r.status === 200) ? all.map((r) => (r.body as { seq: number }).seq) : null;
    }, 'the three alerts stored');
    const since = Math.min(...seqs) - 1;
    const client = await connectClient(sys.gateways[0]!.url);
    const ack = await client.subscribe({ topics: ['troops'], since });
    expect(ack).toMatchObject({ ok: true, replayed: expect.any(Number) });
    if (!ack.ok) throw new Error('subscribe failed');
    expect(ack.replayed).toBeGreaterThanOrEqual(3);
    // Everything replayed arrived before the ack, ascending, all with seq > since.
    const replayed = client.alerts.slice(0, ack.replayed);
    expect(replayed.map((alert) => alert.seq)).toEqual([...replayed.map((alert) => alert.seq)].sort((a, b) => a - b));
    expect(replayed.every((alert) => alert.seq > since)).toBe(true);
    expect(replayed.map((alert) => alert.id)).toEqual(expect.arrayContaining(ids));

    const gone = await client.unsubscribe({ topics: ['troops'] });
    expect(gone).toEqual({ ok: true, topics: [] });
    const before = client.alerts.length;
    await postUpdate(sys, { id: 'after-unsub', text: 'Troops rotated out', topics: ['troops'] });
    const marker = await connectClient(sys.gateways[0]!.url);
    await marker.subscribe({ topics: ['troops'], since: Math.max(...seqs) });
    await waitUntil(() => marker.alerts.some((alert) => alert.id === 'after-unsub'), 'the marker sees the alert');
    expect(client.alerts.length).toBe(before);
    client.close();
    marker.close();
  });
});

describe('bad socket input gets ok:false and the socket stays connected', () => {
  it.each([
    ['a string', 'garbage', 'invalid_request'],
    ['no topics', {}, 'invalid_request'],
    ['an unknown topic', { topics: ['atlantis'] }, 'unknown_topic'],
    ['a bad topic id', { topics: ['Not A Topic!'] }, 'invalid_request'],
    ['a bad severity', { topics: ['troops'], minSeverity: 'apocalyptic' }, 'invalid_request'],
    ['a negative since', { topics: ['troops'], since: -1 }, 'invalid_request'],
    ['an extra field', { topics: ['troops'], sneaky: true }, 'invalid_request'],
  ])('subscribe with %s', async (_name, payload, code) => {
    const client = await connectClient(sys.gateways[0]!.url);
    const ack = await client.subscribe(payload);
    expect(ack).toMatchObject({ ok: false, error: { code } });
    expect(client.socket.connected).toBe(true);
    expect(await client.subscribe({ topics: ['general'] })).toMatchObject({ ok: true });
    client.close();
  });

  it('unsubscribe with junk', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    expect(await client.unsubscribe(42)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await client.unsubscribe({ topics: ['atlantis'] })).toMatchObject({ ok: false, error: { code: 'unknown_topic' } });
    expect(client.socket.connected).toBe(true);
    client.close();
  });
});
