// Air-raid state per area on real processes: two gateways and the API agree, a restart keeps it, publishedAt order
// rules (a stale all-clear does not clear), cancel and revision restore, expiry to unknown, state events everywhere.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import type { AreaState, AreaStateEvent, StateResponse } from '../../src/core/area-state.js';
import type { SubscribeAckOk } from '../../src/core/subscription.js';
import { SirenaClient } from '../../src/client/sirena-client.js';
import { CLI_ENTRY, connectClient, openStream, postUpdate, request, startSystem, waitUntil, type TestClient, type TestStream, type TestSystem } from '../helpers/system.js';

const EDITOR = 'editor-key-0123456789abc';
const asEditor = { authorization: `Bearer ${EDITOR}` };

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ gateways: 2, workers: 1, env: { SIRENA_EDITOR_KEYS: EDITOR, SIRENA_ALERT_MAX_HOURS: '1' } });
});
afterAll(async () => {
  await sys?.stop();
});

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const ALERT = 'Air-raid alert in Kyiv: drones inbound, take shelter now';
const CLEAR = 'All clear in Kyiv. The air-raid alert is over.';

/** Posts updates on kyiv-air-raids and waits until each is stored. */
async function post(updates: { id: string; text: string; publishedAt: string; severity?: string }[]): Promise<Alert[]> {
  const body = updates.map((update) => ({ topics: ['kyiv-air-raids'], ...update }));
  const answer = await postUpdate(sys, updates.length === 1 ? body[0] : { updates: body });
  expect(answer.status).toBe(202);
  return waitUntil(async () => {
    const all = await Promise.all(updates.map(({ id }) => request<Alert>(sys.api.url, 'GET', `/v1/alerts/${id}`)));
    return all.every((r) => r.status === 200) ? all.map((r) => r.body) : null;
  }, `${updates.map(({ id }) => id).join(', ')} stored`);
}

async function stateOf(base: string, area = 'kyiv-city'): Promise<AreaState> {
  const answer = await request<StateResponse>(base, 'GET', '/v1/state');
  expect(answer.status).toBe(200);
  return answer.body.areas.find((state) => state.area === area)!;
}

/** The API and every gateway answer this state for the area. */
async function everywhere(expected: Partial<AreaState>, area = 'kyiv-city'): Promise<void> {
  for (const base of [sys.api.url, ...sys.gateways.map((gateway) => gateway.url)]) expect(await stateOf(base, area), base).toMatchObject(expected);
}

class StateWatcher {
  readonly events: AreaStateEvent[] = [];
  constructor(readonly client: TestClient) {
    client.socket.on('state', (event) => this.events.push(event));
  }
  waitFor(check: Partial<AreaStateEvent>, what: string): Promise<AreaStateEvent> {
    return waitUntil(() => this.events.find((event) => Object.entries(check).every(([key, value]) => event[key as keyof AreaStateEvent] === value)), what);
  }
}

const sseStates = (stream: TestStream) => stream.events.filter((event) => event.event === 'state').map((event) => JSON.parse(event.data) as AreaStateEvent);

describe('air-raid state per area', () => {
  let watchers: StateWatcher[];
  let stream: TestStream;

  it('starts unknown; the subscribe ack and the SSE ready event carry the state of the subscribed topics', async () => {
    const answer = await request<StateResponse>(sys.api.url, 'GET', '/v1/state');
    expect(answer.body.areas.map((state) => [state.area, state.name, state.topic, state.status, state.since, state.alertId])).toEqual([
      ['kyiv-city', 'Kyiv', 'kyiv-air-raids', 'unknown', null, null],
      ['kyiv-oblast', 'Kyiv Oblast', 'kyiv-air-raids', 'unknown', null, null],
    ]);
    expect(answer.body.seq).toBeGreaterThanOrEqual(0);
    watchers = [];
    for (const gateway of sys.gateways) {
      const client = await connectClient(gateway.url);
      watchers.push(new StateWatcher(client));
      const ack = (await client.subscribe({ topics: ['kyiv-air-raids'], minSeverity: 'extreme' })) as SubscribeAckOk;
      expect(ack.state?.map((state) => [state.area, state.status])).toEqual([
        ['kyiv-city', 'unknown'],
        ['kyiv-oblast', 'unknown'],
      ]);
    }
    const other = await connectClient(sys.gateways[0]!.url);
    expect(((await other.subscribe({ topics: ['diplomacy'] })) as SubscribeAckOk).state).toEqual([]);
    other.close();
    stream = await openStream(sys.gateways[1]!.url, '/v1/stream?topic=kyiv-air-raids');
    const ready = await stream.waitForEvent((event) => event.event === 'ready', 'ready');
    expect((JSON.parse(ready.data) as { state: AreaState[] }).state).toHaveLength(2);
  });

  it('an alert turns the area red on both gateways, a stale all-clear does not clear it, a later one does', async () => {
    const sdk = new SirenaClient({ url: sys.gateways[0]!.url, topics: ['kyiv-air-raids'], minSeverity: 'extreme', autoConnect: false });
    const sdkStates: AreaStateEvent[] = [];
    sdk.on('areaState', (state) => sdkStates.push(state));
    sdk.connect();
    await waitUntil(() => sdkStates.length === 2, 'the SDK has both areas from the ack');
    const raisedAt = minutesAgo(20);
    const [alert] = await post([{ id: 'st-alert-1', text: ALERT, publishedAt: raisedAt, severity: 'extreme' }]);
    for (const watcher of watchers) {
      const event = await watcher.waitFor({ area: 'kyiv-city', status: 'alert' }, 'alert state event');
      expect(event).toMatchObject({ since: raisedAt, alertId: 'st-alert-1', topic: 'kyiv-air-raids', seq: alert!.seq });
    }
    await waitUntil(() => sseStates(stream).some((event) => event.status === 'alert'), 'SSE state event');
    await waitUntil(() => sdk.areas().find((state) => state.area === 'kyiv-city')?.status === 'alert', 'the SDK areaState event');
    sdk.close();
    await everywhere({ status: 'alert', since: raisedAt, alertId: 'st-alert-1' });
    // The oblast was not named.
    await everywhere({ status: 'unknown' }, 'kyiv-oblast');

    // An all-clear published before the alert, arriving after it: it changes nothing.
    await post([{ id: 'st-stale-clear', text: CLEAR, publishedAt: minutesAgo(30) }]);
    await everywhere({ status: 'alert', alertId: 'st-alert-1' });

    const clearedAt = minutesAgo(10);
    await post([{ id: 'st-clear-1', text: CLEAR, publishedAt: clearedAt }]);
    for (const watcher of watchers) await watcher.waitFor({ area: 'kyiv-city', status: 'clear', alertId: 'st-clear-1' }, 'clear state event');
    await everywhere({ status: 'clear', since: clearedAt, alertId: 'st-clear-1' });
    // The stale all-clear never made an event of its own.
    expect(watchers[0]!.events.some((event) => event.alertId === 'st-stale-clear')).toBe(false);
  });

  it('cancelling the alert that set the state, or revising it below extreme, restores the state before it', async () => {
    await post([{ id: 'st-alert-2', text: ALERT, publishedAt: minutesAgo(8), severity: 'extreme' }]);
    await watchers[0]!.waitFor({ status: 'alert', alertId: 'st-alert-2' }, 'second alert');
    const cancelled = await request<Alert>(sys.api.url, 'POST', '/v1/alerts/st-alert-2/cancel', { json: { note: 'false alarm' }, headers: asEditor });
    expect(cancelled.status).toBe(201);
    const restored = await watchers[1]!.waitFor({ status: 'clear', seq: cancelled.body.seq }, 'restored by the cancel');
    expect(restored).toMatchObject({ alertId: 'st-clear-1' });
    await everywhere({ status: 'clear', alertId: 'st-clear-1' });

    await post([{ id: 'st-alert-3', text: ALERT, publishedAt: minutesAgo(6), severity: 'extreme' }]);
    await watchers[0]!.waitFor({ status: 'alert', alertId: 'st-alert-3' }, 'third alert');
    const revised = await request<Alert>(sys.api.url, 'POST', '/v1/alerts/st-alert-3/revisions', { json: { severity: 'severe', note: 'damage only' }, headers: asEditor });
    await watchers[0]!.waitFor({ status: 'clear', seq: revised.body.seq }, 'restored by the revision');
    await everywhere({ status: 'clear', alertId: 'st-clear-1' });
  });

  it('in a batch, the order posted breaks a tie of publishedAt (not the urgent lane\'s order)', async () => {
    const at = minutesAgo(4);
    await post([
      { id: 'st-batch-alert', text: ALERT, publishedAt: at, severity: 'extreme' },
      { id: 'st-batch-clear', text: CLEAR, publishedAt: at },
    ]);
    await everywhere({ status: 'clear', alertId: 'st-batch-clear', since: at });
    const later = minutesAgo(3);
    await post([
      { id: 'st-batch-clear-2', text: CLEAR, publishedAt: later },
      { id: 'st-batch-alert-2', text: ALERT, publishedAt: later, severity: 'extreme' },
    ]);
    await everywhere({ status: 'alert', alertId: 'st-batch-alert-2', since: later });
  });

  it('a restarted gateway keeps the state (it is in Redis)', async () => {
    const before = await stateOf(sys.api.url);
    const restart = await sys.stopGateway(0);
    const gateway = await restart();
    expect(await stateOf(gateway.url)).toEqual(before);
    const client = await connectClient(gateway.url);
    const ack = (await client.subscribe({ topics: ['kyiv-air-raids'] })) as SubscribeAckOk;
    expect(ack.state?.find((state) => state.area === 'kyiv-city')).toEqual(before);
    client.close();
    // sirena state prints the same.
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, SIRENA_URL: gateway.url };
    const { stdout } = await promisify(execFile)(process.execPath, [CLI_ENTRY, 'state', '--json'], { env });
    expect((JSON.parse(stdout) as StateResponse).areas.find((state) => state.area === 'kyiv-city')).toEqual(before);
    const text = await promisify(execFile)(process.execPath, [CLI_ENTRY, 'state'], { env: { ...env, NO_COLOR: '1' } });
    expect(text.stdout).toMatch(/^Kyiv +ALERT since .+ \(st-batch-alert-2\)$/m);
  });

  it('an alert left standing SIRENA_ALERT_MAX_HOURS without an all-clear turns unknown, live', async () => {
    // Published 1 h minus 3 s ago, with SIRENA_ALERT_MAX_HOURS=1.
    const publishedAt = new Date(Date.now() - 3_600_000 + 3_000).toISOString();
    await post([{ id: 'st-oblast', text: 'Air raid alert in Kyiv region, Brovary: take cover', publishedAt, severity: 'extreme' }]);
    const watcher = watchers[1]!;
    await watcher.waitFor({ area: 'kyiv-oblast', status: 'alert', alertId: 'st-oblast' }, 'oblast alert');
    await watcher.waitFor({ area: 'kyiv-oblast', status: 'unknown' }, 'oblast expired');
    await everywhere({ status: 'unknown', since: null, alertId: null }, 'kyiv-oblast');
  });

  it('refuses a publishedAt more than 5 minutes in the future (it could pin a state)', async () => {
    const future = new Date(Date.now() + 10 * 60_000).toISOString();
    const answer = await postUpdate(sys, { updates: [{ text: ALERT, publishedAt: minutesAgo(1) }, { text: ALERT, publishedAt: future }] });
    expect([answer.status, answer.body.error?.code]).toEqual([400, 'invalid_request']);
    const near = new Date(Date.now() + 60_000).toISOString();
    expect((await postUpdate(sys, { text: 'Weapons delivery to the front', topics: ['troops'], publishedAt: near })).status).toBe(202);
    for (const watcher of watchers) watcher.client.close();
    stream.close();
  });
});
