// Editors' revisions and cancellations on real processes: new versions under new seqs, delivered to whoever any
// version reached, replayed once each in seq order, listed once in history, with revisions on the single alert.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert, AlertWithRevisions } from '../../src/core/alert.js';
import { SirenaClient } from '../../src/client/sirena-client.js';
import { CLI_ENTRY, connectClient, openStream, postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

const PUBLISHER = 'publisher-key-0123456789';
const EDITOR = 'editor-key-0123456789abc';
const asPublisher = { authorization: `Bearer ${PUBLISHER}` };
const asEditor = { authorization: `Bearer ${EDITOR}` };

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ gateways: 1, workers: 1, env: { SIRENA_PUBLISH_KEYS: PUBLISHER, SIRENA_EDITOR_KEYS: EDITOR } });
});
afterAll(async () => {
  await sys?.stop();
});

/** Posts alerts and waits until each is stored; returns them (first versions) in the order of `ids`. */
async function stored(updates: { id: string; text: string; topics: string[]; severity?: string }[]): Promise<Alert[]> {
  const posted = await postUpdate(sys, { updates }, asPublisher);
  expect(posted.status).toBe(202);
  return waitUntil(async () => {
    const all = await Promise.all(updates.map(({ id }) => request<Alert>(sys.api.url, 'GET', `/v1/alerts/${id}`)));
    return all.every((r) => r.status === 200) ? all.map((r) => r.body) : null;
  }, `alerts ${updates.map(({ id }) => id).join(', ')} stored`);
}

function revise(id: string, body: unknown, headers: Record<string, string> = asEditor) {
  return request<Alert & { error?: { code: string } }>(sys.api.url, 'POST', `/v1/alerts/${id}/revisions`, { json: body, headers });
}

function cancel(id: string, body: unknown, headers: Record<string, string> = asEditor) {
  return request<Alert & { error?: { code: string } }>(sys.api.url, 'POST', `/v1/alerts/${id}/cancel`, { json: body, headers });
}

describe('revisions and cancellations', () => {
  it('a revision is the same id under a new seq: msgType, revision, note, a reason quoting it; history lists it once', async () => {
    const [original] = await stored([{ id: 'rev-basic', text: 'Air raid alert in Kyiv, take shelter', topics: ['kyiv-air-raids'], severity: 'extreme' }]);
    expect(original).toMatchObject({ msgType: 'alert', revision: 0, severity: 'extreme' });

    const first = await revise('rev-basic', { severity: 'severe', note: 'shelter call withdrawn; damage reports only' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: 'rev-basic', msgType: 'update', revision: 1, severity: 'severe', note: 'shelter call withdrawn; damage reports only', publishedAt: original!.publishedAt });
    expect(first.body.seq).toBeGreaterThan(original!.seq);
    expect(first.body.reasons).toContain('revised by an editor: "shelter call withdrawn; damage reports only"');

    const second = await revise('rev-basic', { topics: ['general'], title: 'Damage reports from Kyiv', note: 'not an air-raid report' });
    expect(second.body).toMatchObject({ revision: 2, topics: ['general'], title: 'Damage reports from Kyiv', severity: 'severe' });
    expect(second.body.seq).toBeGreaterThan(first.body.seq);

    const single = await request<AlertWithRevisions>(sys.api.url, 'GET', '/v1/alerts/rev-basic');
    expect(single.body).toMatchObject({ seq: second.body.seq, revision: 2 });
    expect(single.body.revisions.map((version) => [version.seq, version.revision])).toEqual([
      [original!.seq, 0],
      [first.body.seq, 1],
    ]);
    // The gateway answers the same.
    expect((await request<AlertWithRevisions>(sys.gateways[0]!.url, 'GET', '/v1/alerts/rev-basic')).body.revisions).toHaveLength(2);

    // History lists the id once, at its latest version, in any topic any version had, newest first and ascending.
    for (const query of ['limit=1000', 'topic=kyiv-air-raids&limit=1000', 'topic=general&limit=1000', `after=${original!.seq - 1}&limit=1000`]) {
      const page = await request<{ alerts: Alert[] }>(sys.api.url, 'GET', `/v1/alerts?${query}`);
      const versions = page.body.alerts.filter((alert) => alert.id === 'rev-basic');
      expect(versions.map((alert) => alert.seq), query).toEqual([second.body.seq]);
    }

    // A publisher's later update with the same id stays idempotent: no new version.
    expect((await postUpdate(sys, { id: 'rev-basic', text: 'Air raid alert in Kyiv again' }, asPublisher)).status).toBe(202);
    await postUpdate(sys, { id: 'rev-basic-after', text: 'Weapons delivery to the front' }, asPublisher);
    await waitUntil(async () => (await request(sys.api.url, 'GET', '/v1/alerts/rev-basic-after')).status === 200, 'the later update');
    expect((await request<Alert>(sys.api.url, 'GET', '/v1/alerts/rev-basic')).body).toMatchObject({ seq: second.body.seq, revision: 2 });
  });

  it('delivers a downgrade, a re-topic and a cancel to whoever any version reached, over Socket.IO, SSE and the SDK', async () => {
    const gateway = sys.gateways[0]!.url;
    const extreme = await connectClient(gateway);
    expect((await extreme.subscribe({ topics: ['kyiv-air-raids'], minSeverity: 'extreme' })).ok).toBe(true);
    const diplomacy = await connectClient(gateway);
    expect((await diplomacy.subscribe({ topics: ['diplomacy'] })).ok).toBe(true);
    const troops = await connectClient(gateway);
    expect((await troops.subscribe({ topics: ['troops'] })).ok).toBe(true);
    const stream = await openStream(gateway, '/v1/stream?topic=kyiv-air-raids&minSeverity=extreme');
    await stream.waitForEvent((event) => event.event === 'ready', 'the stream ready');
    const sdk = new SirenaClient({ url: gateway, topics: ['kyiv-air-raids'], minSeverity: 'extreme', autoConnect: false });
    const revisions: [Alert, Alert | undefined][] = [];
    sdk.on('revision', (alert, previous) => revisions.push([alert, previous]));
    const sdkAlerts: Alert[] = [];
    sdk.on('alert', (alert) => sdkAlerts.push(alert));
    sdk.connect();
    await waitUntil(() => sdk.lastSeq !== undefined, 'the SDK subscribed');

    await stored([{ id: 'rev-live', text: 'Air raid alert in Kyiv, drones inbound', topics: ['kyiv-air-raids'], severity: 'extreme' }]);
    await waitUntil(() => extreme.alerts.some((alert) => alert.id === 'rev-live'), 'the first version');
    const down = await revise('rev-live', { severity: 'minor', note: 'a drill' });
    const moved = await revise('rev-live', { topics: ['diplomacy'], note: 'a statement about the drill' });
    const cancelled = await cancel('rev-live', { note: 'posted by mistake' });
    expect(cancelled.status).toBe(201);
    expect(cancelled.body).toMatchObject({ msgType: 'cancel', revision: 3, note: 'posted by mistake' });
    const seqs = [down.body.seq, moved.body.seq, cancelled.body.seq];

    // Below its minimum severity and outside its topic now, but it saw the extreme: it hears of every change.
    await waitUntil(() => extreme.alerts.filter((alert) => alert.id === 'rev-live').length === 4, 'every version on the extreme subscriber');
    expect(extreme.alerts.filter((alert) => alert.id === 'rev-live').map((alert) => alert.seq).slice(1)).toEqual(seqs);
    await waitUntil(() => stream.alerts.filter((alert) => alert.id === 'rev-live').length === 4, 'every version on SSE');
    // Diplomacy matches from the re-topic on.
    await waitUntil(() => diplomacy.alerts.filter((alert) => alert.id === 'rev-live').length === 2, 'the re-topic and the cancel on diplomacy');
    expect(diplomacy.alerts.filter((alert) => alert.id === 'rev-live').map((alert) => alert.seq)).toEqual(seqs.slice(1));
    await waitUntil(() => revisions.length === 3, 'three SDK revision events');
    expect(revisions.map(([alert, previous]) => [alert.revision, previous?.revision])).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
    ]);
    expect(sdk.latest('rev-live')).toMatchObject({ msgType: 'cancel', seq: cancelled.body.seq });
    // Never matched by any version: nothing.
    expect(troops.alerts.some((alert) => alert.id === 'rev-live')).toBe(false);

    // Cancelled: every further change is 409.
    expect((await revise('rev-live', { severity: 'extreme', note: 'back on' })).body.error?.code).toBe('alert_cancelled');
    expect((await revise('rev-live', { severity: 'extreme', note: 'back on' })).status).toBe(409);
    expect((await cancel('rev-live', { note: 'again' })).status).toBe(409);
    sdk.close();
    stream.close();
    for (const client of [extreme, diplomacy, troops]) client.close();
  });

  it('a revision posted while a client replays: every version once, in seq order, no gap', async () => {
    const updates = Array.from({ length: 400 }, (_, i) => ({ id: `race-${i}`, text: `Brigade rotation number ${i} reported`, topics: ['troops'], severity: 'moderate' }));
    const firsts = await stored(updates);
    const since = Math.min(...firsts.map((alert) => alert.seq)) - 1;
    const client = await connectClient(sys.gateways[0]!.url);
    // Revisions race the replay: some land before the replay reads them, some after, some while live.
    const revising = Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const id = `race-${i * 10}`;
        const one = await revise(id, { severity: 'severe', note: `correction ${i}` });
        const two = await revise(id, { title: `Rotation ${i * 10}`, note: `title ${i}` });
        return [one.body.seq, two.body.seq];
      }),
    );
    const ack = await client.subscribe({ topics: ['troops'], since });
    expect(ack.ok).toBe(true);
    const revisionSeqs = (await revising).flat();
    const expected = [...firsts.map((alert) => alert.seq), ...revisionSeqs].sort((a, b) => a - b);
    const mine = () => client.alerts.filter((alert) => alert.id.startsWith('race-'));
    await waitUntil(() => mine().length >= expected.length, `${expected.length} versions`);
    expect(mine().map((alert) => alert.seq)).toEqual(expected);
    // Each version once: the latest has revision 2 for every revised id.
    expect(mine().filter((alert) => alert.revision === 2)).toHaveLength(40);
    client.close();
  });

  it('refuses bad input: 404 unknown id, 401 no or wrong key, 403 a publisher key, 400 a bad body', async () => {
    await stored([{ id: 'rev-bad', text: 'Foreign ministers met in Geneva', topics: ['diplomacy'] }]);
    expect((await revise('no-such-alert', { severity: 'minor', note: 'x' })).body.error?.code).toBe('alert_not_found');
    expect((await revise('no-such-alert', { severity: 'minor', note: 'x' })).status).toBe(404);
    expect((await cancel('no-such-alert', { note: 'x' })).status).toBe(404);
    expect((await revise('rev-bad', { note: 'x' }, {})).status).toBe(401);
    expect((await revise('rev-bad', { note: 'x' }, { authorization: 'Bearer not-a-key-at-all-0000' })).status).toBe(401);
    const publisher = await revise('rev-bad', { note: 'x' }, asPublisher);
    expect([publisher.status, publisher.body.error?.code]).toEqual([403, 'forbidden']);
    expect((await cancel('rev-bad', { note: 'x' }, asPublisher)).status).toBe(403);
    for (const body of [{ severity: 'minor' }, { note: '   ' }, { note: 'x', severity: 'huge' }, { note: 'x', topics: [] }, { note: 'x', seq: 1 }, { note: 'x', title: '' }]) {
      const answer = await revise('rev-bad', body);
      expect([answer.status, answer.body.error?.code], JSON.stringify(body)).toEqual([400, 'invalid_request']);
    }
    expect((await revise('rev-bad', { note: 'x', topics: ['nowhere'] })).body.error?.code).toBe('unknown_topic');
    expect((await cancel('rev-bad', {})).status).toBe(400);
    const notJson = await request(sys.api.url, 'POST', '/v1/alerts/rev-bad/cancel', { body: '{"note":', headers: { ...asEditor, 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
    // Nothing of it was stored.
    expect((await request<Alert>(sys.api.url, 'GET', '/v1/alerts/rev-bad')).body).toMatchObject({ revision: 0, msgType: 'alert' });
  });

  it('sirena revise and sirena cancel', async () => {
    await stored([{ id: 'rev-cli', text: 'Air raid alert in Kyiv', topics: ['kyiv-air-raids'], severity: 'extreme' }]);
    const run = promisify(execFile);
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, SIRENA_URL: sys.api.url, SIRENA_EDITOR_KEY: EDITOR };
    const revised = await run(process.execPath, [CLI_ENTRY, 'revise', 'rev-cli', '--severity', 'severe', '--note', 'no shelter call', '--json'], { env });
    expect(JSON.parse(revised.stdout)).toMatchObject({ id: 'rev-cli', revision: 1, severity: 'severe', msgType: 'update' });
    const cancelled = await run(process.execPath, [CLI_ENTRY, 'cancel', 'rev-cli', '--note', 'duplicate', '--json'], { env });
    expect(JSON.parse(cancelled.stdout)).toMatchObject({ id: 'rev-cli', revision: 2, msgType: 'cancel' });
    await expect(run(process.execPath, [CLI_ENTRY, 'cancel', 'rev-cli', '--note', 'again'], { env })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('alert_cancelled'),
    });
    await expect(run(process.execPath, [CLI_ENTRY, 'revise', 'rev-cli'], { env })).rejects.toMatchObject({ code: 2 });
  });

  it('sirena corrections --jsonl exports corrected alerts as an eval corpus, and npm run eval -- --file scores them', async () => {
    const run = promisify(execFile);
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, SIRENA_URL: sys.gateways[0]!.url };
    const { stdout } = await run(process.execPath, [CLI_ENTRY, 'corrections', '--jsonl'], { env, maxBuffer: 16 * 1024 * 1024 });
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    // Earlier tests corrected rev-basic and forty race-* alerts; rev-live and rev-cli were cancelled (not corrections).
    expect(lines.map((line) => line.id).sort()).toEqual(['rev-basic', ...Array.from({ length: 40 }, (_, i) => `race-${i * 10}`)].sort());
    expect(lines.find((line) => line.id === 'rev-basic')).toEqual({
      id: 'rev-basic',
      title: 'Air raid alert in Kyiv, take shelter',
      text: 'Air raid alert in Kyiv, take shelter',
      publishedAt: expect.any(String),
      topics: ['general'],
      severity: 'severe',
      incident: null,
      note: 'not an air-raid report',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'sirena-corrections-')), 'corrections.jsonl');
    writeFileSync(file, stdout);
    // The rules alone: scoring the file is what is tested here, and training the learned checks in the child costs the
    // suite 6-8 s (classify-eval.test.ts scores the corpora with them).
    const evaluated = await run('npm', ['run', '--silent', 'eval', '--', '--file', file, '--rules-only'], { env: { ...process.env }, maxBuffer: 16 * 1024 * 1024 });
    expect(evaluated.stdout).toContain('== corrections.jsonl: 41 updates');
    const figures = evaluated.stdout.split('\n').find((line) => line.startsWith('{"scenario":"classifier-eval-corrections.jsonl"'));
    expect(JSON.parse(figures!)).toHaveProperty('severityExact');
  });
});
