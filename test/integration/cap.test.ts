// CAP 1.2 on real processes: alerts out as CAP documents and an Atom feed, within the read grant.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import { capMessage, HOSTILE_CAP } from '../helpers/cap-messages.js';
import { capProblems, capText, parseXml, type XmlNode } from '../helpers/cap-rules.js';
import { postUpdate, request, startRole, startSystem, uniquePrefix, waitUntil, type TestSystem } from '../helpers/system.js';

const PUBLISHER = 'publisher-key-0123456789';
const OTHER_PUBLISHER = 'other-publisher-key-0123456789';
const EDITOR = 'editor-key-0123456789abc';
const SECRET = 'cap-test-secret-0123456789abcdef0123456789';
const SENDER = 'sirena@cap.test';
const asPublisher = { authorization: `Bearer ${PUBLISHER}` };
const asEditor = { authorization: `Bearer ${EDITOR}` };

let sys: TestSystem;
let reader: Record<string, string>;
const tokenFor = async (topics: string[]) =>
  `Bearer ${await new SignJWT({ topics }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('10m').sign(new TextEncoder().encode(SECRET))}`;

beforeAll(async () => {
  sys = await startSystem({
    gateways: 1,
    workers: 1,
    env: { SIRENA_PUBLISH_KEYS: `${PUBLISHER},${OTHER_PUBLISHER}`, SIRENA_EDITOR_KEYS: EDITOR, SIRENA_JWT_SECRET: SECRET, SIRENA_CAP_SENDER: SENDER },
  });
  reader = { authorization: await tokenFor(['*']) };
});
afterAll(async () => {
  await sys?.stop();
});

/** Waits until the alert is stored and answers its latest version. */
function storedAlert(id: string): Promise<Alert> {
  return waitUntil(async () => {
    const got = await request<Alert>(sys.api.url, 'GET', `/v1/alerts/${id}`, { headers: reader });
    return got.status === 200 ? got.body : null;
  }, `alert ${id} stored`);
}

function getCap(path: string, headers: Record<string, string> = reader, base = sys.api.url) {
  return request<string>(base, 'GET', path, { headers });
}

describe('GET /v1/alerts/:id/cap', () => {
  it('answers a valid CAP 1.2 alert for the latest version, earlier ones by ?revision=, on the API and a gateway', async () => {
    const posted = await postUpdate(
      sys,
      { id: 'cap-out-1', title: 'Air raid alert in Kyiv', text: 'Air raid alert in Kyiv, take shelter now', topics: ['kyiv-air-raids'], severity: 'extreme', publishedAt: '2024-11-02T21:38:00Z', lang: 'en' },
      asPublisher,
    );
    expect(posted.status).toBe(202);
    const first = await storedAlert('cap-out-1');

    for (const base of [sys.api.url, sys.gateways[0]!.url]) {
      const cap = await getCap('/v1/alerts/cap-out-1/cap', reader, base);
      expect(cap.status).toBe(200);
      expect(cap.headers.get('content-type')).toMatch(/^application\/cap\+xml/);
      expect(capProblems(cap.body)).toEqual([]);
      expect(capText(cap.body, 'identifier')).toBe('cap-out-1');
      expect(capText(cap.body, 'sender')).toBe(SENDER);
      expect(capText(cap.body, 'sent')).toBe('2024-11-02T21:38:00-00:00');
      expect(capText(cap.body, 'msgType')).toBe('Alert');
      expect(capText(cap.body, 'info', 'severity')).toBe('Extreme');
      expect(capText(cap.body, 'info', 'headline')).toBe('Air raid alert in Kyiv');
      expect(capText(cap.body, 'info', 'area', 'areaDesc')).toContain('Kyiv');
    }

    const revised = await request<Alert>(sys.api.url, 'POST', '/v1/alerts/cap-out-1/revisions', { json: { severity: 'minor', note: 'a drill' }, headers: asEditor });
    expect(revised.status).toBe(201);
    const cancelled = await request<Alert>(sys.api.url, 'POST', '/v1/alerts/cap-out-1/cancel', { json: { note: 'all clear' }, headers: asEditor });
    expect(cancelled.status).toBe(201);

    const latest = await getCap('/v1/alerts/cap-out-1/cap');
    expect(capProblems(latest.body)).toEqual([]);
    expect(capText(latest.body, 'identifier')).toBe('cap-out-1~r2');
    expect(capText(latest.body, 'msgType')).toBe('Cancel');
    expect(capText(latest.body, 'note')).toBe('all clear');
    const refs = capText(latest.body, 'references')!.split(' ');
    expect(refs).toHaveLength(2);
    expect(refs[0]).toBe(`${SENDER},cap-out-1,2024-11-02T21:38:00-00:00`);
    expect(refs[1]).toMatch(new RegExp(`^${SENDER},cap-out-1~r1,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d-00:00$`));

    const update = await getCap('/v1/alerts/cap-out-1/cap?revision=1');
    expect(capProblems(update.body)).toEqual([]);
    expect(capText(update.body, 'msgType')).toBe('Update');
    expect(capText(update.body, 'info', 'severity')).toBe('Minor');
    // Each version's references name the versions before it; its own identifier and sent are what they cite.
    expect(refs[1]).toBe(`${SENDER},${capText(update.body, 'identifier')},${capText(update.body, 'sent')}`);
    const original = await getCap('/v1/alerts/cap-out-1/cap?revision=0');
    expect(capText(original.body, 'msgType')).toBe('Alert');
    expect(capText(original.body, 'identifier')).toBe(first.id);
    expect(original.body).not.toContain('<references>');
  });

  it('unknown id or revision → 404, a bad query → 400 (JSON errors)', async () => {
    expect((await getCap('/v1/alerts/no-such-alert/cap')).body).toMatchObject({ error: { code: 'alert_not_found' } });
    expect((await getCap('/v1/alerts/cap-out-1/cap?revision=9')).status).toBe(404);
    expect((await getCap('/v1/alerts/cap-out-1/cap?revision=-1')).body).toMatchObject({ error: { code: 'invalid_request' } });
    expect((await getCap('/v1/alerts/cap-out-1/cap?format=json')).status).toBe(400);
  });

  it('applies the read grant of GET /v1/alerts/:id: 401 without a token, 403 outside its topics', async () => {
    expect((await getCap('/v1/alerts/cap-out-1/cap', {})).body).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await getCap('/v1/alerts/cap-out-1/cap', {}, sys.gateways[0]!.url)).status).toBe(401);
    const troops = { authorization: await tokenFor(['troops']) };
    expect((await getCap('/v1/alerts/cap-out-1/cap', troops)).body).toMatchObject({ error: { code: 'forbidden' } });
    expect((await getCap('/v1/alerts/cap-out-1/cap', { authorization: await tokenFor(['kyiv-air-raids']) })).status).toBe(200);
  });

  it('an earlier version only where the grant allows one of its own topics (as GET /v1/alerts/:id lists revisions)', async () => {
    await postUpdate(sys, { id: 'cap-retopic', text: 'Air raid alert in Kyiv, take shelter', topics: ['kyiv-air-raids'], severity: 'extreme' }, asPublisher);
    await storedAlert('cap-retopic');
    const moved = await request(sys.api.url, 'POST', '/v1/alerts/cap-retopic/revisions', { json: { topics: ['general'], note: 'not a raid' }, headers: asEditor });
    expect(moved.status).toBe(201);
    const general = { authorization: await tokenFor(['general']) };
    expect((await getCap('/v1/alerts/cap-retopic/cap', general)).status).toBe(200);
    expect((await getCap('/v1/alerts/cap-retopic/cap?revision=1', general)).status).toBe(200);
    expect((await getCap('/v1/alerts/cap-retopic/cap?revision=0', general)).body).toMatchObject({ error: { code: 'forbidden' } });
    expect((await getCap('/v1/alerts/cap-retopic/cap?revision=0', { authorization: await tokenFor(['kyiv-air-raids']) })).status).toBe(200);
  });
});

/** The feed's entries: CAP link, title, categories. */
function entries(feed: XmlNode) {
  return feed.children
    .filter((child) => child.name === 'entry')
    .map((entry) => ({
      href: entry.children.find((c) => c.name === 'link' && c.attributes.rel === 'alternate')?.attributes.href ?? '',
      type: entry.children.find((c) => c.name === 'link')?.attributes.type,
      title: entry.children.find((c) => c.name === 'title')?.text,
      topics: entry.children.filter((c) => c.name === 'category').map((c) => c.attributes.term),
    }));
}

describe('GET /v1/feeds/cap', () => {
  beforeAll(async () => {
    const posted = await postUpdate(
      sys,
      {
        updates: [
          { id: 'feed-troops-1', title: 'Brigade moved', text: 'A brigade was redeployed near the front', topics: ['troops'], severity: 'moderate' },
          { id: 'feed-diplo-1', title: 'Talks & <statements>', text: 'Ministers met for talks', topics: ['diplomacy'], severity: 'minor' },
          { id: 'feed-kyiv-1', title: 'Drones over Kyiv', text: 'Air raid alert in Kyiv: drones inbound, take shelter', topics: ['kyiv-air-raids'], severity: 'extreme' },
        ],
      },
      asPublisher,
    );
    expect(posted.status).toBe(202);
    await Promise.all(['feed-troops-1', 'feed-diplo-1', 'feed-kyiv-1'].map(storedAlert));
  });

  it('an Atom feed, newest first, whose entries link to valid CAP documents of the latest versions', async () => {
    const got = await getCap('/v1/feeds/cap?limit=100');
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const feed = parseXml(got.body);
    expect([feed.name, feed.ns]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
    for (const required of ['id', 'title', 'updated', 'author']) expect(feed.children.some((c) => c.name === required)).toBe(true);
    const list = entries(feed);
    const ids = list.map((entry) => decodeURIComponent(entry.href.split('/v1/alerts/')[1]!.replace(/\/cap$/, '')));
    // Newest first: the order of history (by seq; an extreme alert may be stored before the rest of its batch).
    const history = await request<{ alerts: Alert[] }>(sys.api.url, 'GET', '/v1/alerts?limit=100', { headers: reader });
    expect(ids).toEqual(history.body.alerts.map((alert) => alert.id));
    expect(ids).toEqual(expect.arrayContaining(['feed-kyiv-1', 'feed-diplo-1', 'feed-troops-1']));
    // The revised and cancelled alert of the export test is one entry, at its latest version.
    expect(ids.filter((id) => id === 'cap-out-1')).toHaveLength(1);
    expect(list.find((entry) => entry.title === 'Talks & <statements>')).toBeDefined();
    for (const entry of list) {
      expect(entry.type).toBe('application/cap+xml');
      const cap = await request<string>(entry.href, 'GET', '', { headers: reader });
      expect(cap.status).toBe(200);
      expect(capProblems(cap.body)).toEqual([]);
    }
    expect(capText(await (await fetch(list.find((e) => e.href.includes('cap-out-1'))!.href, { headers: reader })).text(), 'msgType')).toBe('Cancel');
  });

  it('filters by topic and minSeverity, bounds its size, and checks its query', async () => {
    const filter = 'topic=kyiv-air-raids&topic=troops&minSeverity=moderate';
    const kyiv = entries(parseXml((await getCap(`/v1/feeds/cap?${filter}`)).body));
    // The alerts GET /v1/alerts lists for the same filter (a revision is listed in every topic any version had).
    const history = await request<{ alerts: Alert[] }>(sys.api.url, 'GET', `/v1/alerts?${filter}`, { headers: reader });
    expect(kyiv.map((entry) => entry.href.replace(/^.*\/v1\/alerts\/([^/]+)\/cap$/, '$1'))).toEqual(history.body.alerts.map((alert) => alert.id));
    expect(kyiv.map((entry) => entry.title)).toContain('Drones over Kyiv');
    expect(kyiv.map((entry) => entry.title)).not.toContain('Talks & <statements>');
    expect(entries(parseXml((await getCap('/v1/feeds/cap?limit=1')).body))).toHaveLength(1);
    expect((await getCap('/v1/feeds/cap?limit=101')).body).toMatchObject({ error: { code: 'invalid_request' } });
    expect((await getCap('/v1/feeds/cap?minSeverity=loud')).status).toBe(400);
    expect((await getCap('/v1/feeds/cap?topic=no-such-topic')).body).toMatchObject({ error: { code: 'unknown_topic' } });
  });

  it('the same grant: 401 without a token, 403 for a topic outside it, only its topics when none is named', async () => {
    expect((await getCap('/v1/feeds/cap', {})).body).toMatchObject({ error: { code: 'unauthorized' } });
    const troops = { authorization: await tokenFor(['troops']) };
    expect((await getCap('/v1/feeds/cap?topic=kyiv-air-raids', troops)).body).toMatchObject({ error: { code: 'forbidden' } });
    for (const base of [sys.api.url, sys.gateways[0]!.url]) {
      const mine = entries(parseXml((await getCap('/v1/feeds/cap', troops, base)).body));
      expect(mine.map((entry) => entry.title)).toContain('Brigade moved');
      expect(mine.every((entry) => entry.topics.includes('troops'))).toBe(true);
    }
  });
});

function postCap(body: string, headers: Record<string, string> = asPublisher) {
  return request<Alert & { accepted?: number; ids?: string[]; error?: { code: string; message: string } }>(sys.api.url, 'POST', '/v1/updates', {
    body,
    headers: { 'content-type': 'application/cap+xml', ...headers },
  });
}

describe('POST /v1/updates with Content-Type: application/cap+xml', () => {
  it('round trip: a CAP Alert is queued like an update; its CAP out keeps identifier, sent, severity, headline', async () => {
    const input = capMessage({ identifier: 'cap-in-1', severity: 'Severe', sent: '2024-11-02T23:38:00+02:00', headline: 'Strike on a Kyiv suburb & fires', description: 'Fires after a missile strike on a Kyiv suburb, three wounded' });
    const posted = await postCap(input);
    expect(posted.status).toBe(202);
    expect(posted.body).toEqual({ accepted: 1, ids: ['cap-in-1'] });
    const alert = await storedAlert('cap-in-1');
    expect(alert).toMatchObject({ id: 'cap-in-1', title: 'Strike on a Kyiv suburb & fires', text: 'Fires after a missile strike on a Kyiv suburb, three wounded', publishedAt: '2024-11-02T23:38:00+02:00', lang: 'en-US', source: 'dsns@example.gov.ua' });
    const output = (await getCap('/v1/alerts/cap-in-1/cap')).body;
    expect(capProblems(output)).toEqual([]);
    for (const path of [['identifier'], ['sent'], ['info', 'severity'], ['info', 'headline']]) expect(capText(output, ...path)).toBe(capText(input, ...path));
    // A repeat is idempotent, as for JSON.
    expect((await postCap(input)).body).toEqual({ accepted: 1, ids: ['cap-in-1'] });
  });

  it("a CAP Update/Cancel naming the publisher's alert is a revision; once per message; another publisher's is 403", async () => {
    await postCap(capMessage({ identifier: 'cap-rev-1', severity: 'Extreme' }));
    const original = await storedAlert('cap-rev-1');
    const update = capMessage({
      identifier: 'cap-rev-1-u1',
      msgType: 'Update',
      sent: '2024-11-02T21:50:00-00:00',
      references: 'dsns@example.gov.ua,cap-rev-1,2024-11-02T21:38:00-00:00',
      severity: 'Minor',
      headline: 'Drill, not an attack',
      note: 'it was a drill',
    });
    const otherPublisher = { authorization: `Bearer ${OTHER_PUBLISHER}` };
    const stolen = await postCap(update.replace('cap-rev-1-u1', 'cap-rev-1-x1'), otherPublisher);
    expect(stolen.status).toBe(403);
    expect(stolen.body.error?.code).toBe('forbidden');

    const revised = await postCap(update);
    expect(revised.status).toBe(201);
    expect(revised.body).toMatchObject({ id: 'cap-rev-1', msgType: 'update', revision: 1, severity: 'minor', title: 'Drill, not an attack', note: 'it was a drill' });
    expect(revised.body.seq).toBeGreaterThan(original.seq);
    // The same message again: not applied twice.
    const again = await postCap(update);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ revision: 1, seq: revised.body.seq });

    // A Cancel may reference the publisher's Update alone.
    const cancel = capMessage({ identifier: 'cap-rev-1-c1', msgType: 'Cancel', references: 'dsns@example.gov.ua,cap-rev-1-u1,2024-11-02T21:50:00-00:00' });
    const cancelled = await postCap(cancel);
    expect(cancelled.status).toBe(201);
    expect(cancelled.body).toMatchObject({ id: 'cap-rev-1', msgType: 'cancel', revision: 2 });
    const out = (await getCap('/v1/alerts/cap-rev-1/cap')).body;
    expect(capProblems(out)).toEqual([]);
    expect(capText(out, 'msgType')).toBe('Cancel');
    expect(capText(out, 'references')!.split(' ')).toHaveLength(2);
    const single = await request<{ revisions: Alert[] }>(sys.api.url, 'GET', '/v1/alerts/cap-rev-1', { headers: reader });
    expect(single.body.revisions.map((version) => version.revision)).toEqual([0, 1]);

    const late = await postCap(update.replace('cap-rev-1-u1', 'cap-rev-1-u2'));
    expect(late.body.error?.code).toBe('alert_cancelled');
    const unknown = await postCap(update.replace('cap-rev-1-u1', 'cap-rev-x').replace(',cap-rev-1,', ',never-sent,'));
    expect(unknown.body.error?.code).toBe('alert_not_found');
  });

  it('refuses every hostile or non-CAP-1.2 body with 400 and its code, stores nothing, and keeps serving', async () => {
    for (const { name, code, body } of HOSTILE_CAP) {
      const refused = await postCap(body);
      expect([name, refused.status, refused.body.error?.code]).toEqual([name, 400, code]);
      expect(refused.body.error?.message.length).toBeGreaterThan(0);
    }
    const big = capMessage({ identifier: 'h-big', description: 'x'.repeat(300 * 1024) });
    expect((await postCap(big)).status).toBe(413);
    expect((await postCap(capMessage({ identifier: 'h-nokey' }), {})).status).toBe(401);
    const wrongType = await request(sys.api.url, 'POST', '/v1/updates', { body: capMessage({ identifier: 'h-type' }), headers: { ...asPublisher, 'content-type': 'text/xml' } });
    expect(wrongType.status).toBe(415);

    // Still serving: a good message after them is stored, and none of the refused ones ever was.
    expect((await postCap(capMessage({ identifier: 'after-hostile' }))).status).toBe(202);
    await storedAlert('after-hostile');
    for (const id of ['h-ent', 'h-xxe', 'h-lol', 'h-dtd', 'h-ns', 'h-nons', 'h-11', 'h-order', 'h-enum', 'h-z', 'h-exercise', 'h-private', 'h-big', 'h-nokey', 'h-type']) {
      expect([id, (await request(sys.api.url, 'GET', `/v1/alerts/${id}`, { headers: reader })).status]).toEqual([id, 404]);
    }
    expect((await request(sys.api.url, 'GET', '/readyz')).status).toBe(200);
  });
});

describe('CAP ingest and the byte budget (SIRENA_INGEST_BYTE_RATE_LIMIT)', () => {
  it('charges CAP bodies like JSON ones: past the budget 429 rate_limited with Retry-After', async () => {
    const api = await startRole('api', { REDIS_URL: sys.redisUrl, SIRENA_KEY_PREFIX: uniquePrefix(), SIRENA_PUBLISH_KEYS: PUBLISHER, SIRENA_INGEST_BYTE_RATE_LIMIT: '20000' });
    try {
      const post = (id: string) =>
        request<{ error?: { code: string } }>(api.url, 'POST', '/v1/updates', {
          body: capMessage({ identifier: id, description: `Air raid alert in Kyiv ${'.'.repeat(9_000)}` }),
          headers: { ...asPublisher, 'content-type': 'application/cap+xml' },
        });
      expect((await post('budget-1')).status).toBe(202);
      expect((await post('budget-2')).status).toBe(202);
      const over = await post('budget-3');
      expect(over.status).toBe(429);
      expect(over.body.error?.code).toBe('rate_limited');
      expect(over.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await api.stop();
    }
  });
});
