// The client SDK against real processes: resumes after a cut connection, a gateway restart on the same port and a
// failover between gateways, with no gap and no duplicate; its state changes are visible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SirenaClient, type ConnectionState } from '../../src/client/index.js';
import type { Alert } from '../../src/core/alert.js';
import { Redis } from 'ioredis';
import { RedisKeys } from '../../src/store/keys.js';
import { AlertStore } from '../../src/store/alert-store.js';
import { unsequencedAlert } from '../helpers/alert-fixture.js';
import { postUpdate, request, startRole, startSystem, waitUntil, type RoleProcess, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
const clients: SirenaClient[] = [];
const extraGateways: RoleProcess[] = [];
let counter = 0;

beforeAll(async () => {
  sys = await startSystem({ gateways: 1, workers: 1 });
});
afterAll(async () => {
  for (const client of clients) client.close();
  await Promise.all(extraGateways.map((gateway) => gateway.stop()));
  await sys?.stop();
});

/** A client that records its alerts, states and resumes. */
function watch(url: string | string[], topics = ['troops']) {
  const client = new SirenaClient({ url, topics, reconnectionDelayMs: 100, reconnectionDelayMaxMs: 500, socketOptions: { transports: ['websocket'] } });
  clients.push(client);
  const alerts: Alert[] = [];
  const states: ConnectionState[] = [];
  const resumes: { replayed: number; truncated: boolean }[] = [];
  client.on('alert', (alert) => alerts.push(alert));
  client.on('state', (state) => states.push(state));
  client.on('resumed', (info) => resumes.push(info));
  return { client, alerts, states, resumes };
}

async function publish(n: number, topic = 'troops'): Promise<string[]> {
  const ids = Array.from({ length: n }, () => `sdk-${counter++}`);
  const response = await postUpdate(sys, { updates: ids.map((id) => ({ id, text: `Brigade report ${id}`, topics: [topic] })) });
  expect(response.status).toBe(202);
  return ids;
}

async function storedSeqs(topic: string, after: number): Promise<number[]> {
  const page = await request<{ alerts: Alert[] }>(sys.api.url, 'GET', `/v1/alerts?topic=${topic}&after=${after}&limit=1000`);
  return page.body.alerts.map((alert) => alert.seq);
}

/** Waits until the client has every stored alert of `topic` after `after`, then checks it has nothing else. */
async function expectExactly(watched: ReturnType<typeof watch>, ids: string[], after: number, topic = 'troops'): Promise<void> {
  await waitUntil(() => ids.every((id) => watched.alerts.some((alert) => alert.id === id)), 'every published alert', 20_000);
  const expected = await storedSeqs(topic, after);
  const seqs = watched.alerts.map((alert) => alert.seq).filter((seq) => seq > after);
  expect(seqs).toEqual(expected);
}

const latest = async () => (await request<{ alerts: Alert[] }>(sys.api.url, 'GET', '/v1/alerts?limit=1')).body.alerts[0]?.seq ?? 0;

describe('SirenaClient', () => {
  it('acks live alerts and recent replayed ones, not replayed alerts older than a push TTL', async () => {
    const after = await latest();
    const keys = new RedisKeys(sys.prefix);
    const redis = new Redis(sys.redisUrl);
    // Stored as a worker would, with a retention that keeps a 90-minute-old alert.
    const store = new AlertStore({ redis, keys, retention: { count: 10_000, seconds: 86_400 }, idempotencySeconds: 60 });
    const earlier = new Date(Date.now() - 90 * 60_000).toISOString();
    const old = await store.append(unsequencedAlert({ id: 'ack-old', topics: ['general'], publishedAt: earlier, receivedAt: earlier, classifiedAt: earlier }));
    const recent = await store.append(unsequencedAlert({ id: 'ack-recent', topics: ['general'] }));
    const client = new SirenaClient({ url: sys.gateways[0]!.url, topics: ['general'], since: after, deviceId: 'dev-ack-window', socketOptions: { transports: ['websocket'] } });
    clients.push(client);
    const got: string[] = [];
    client.on('alert', (alert) => got.push(alert.id));
    try {
      await waitUntil(() => got.includes('ack-old') && got.includes('ack-recent'), 'both replayed');
      // Acks leave the gateway in 50 ms batches, the older alert's before the newer one's.
      await waitUntil(async () => (await redis.sismember(keys.pushAcks(recent.seq), 'dev-ack-window')) === 1, 'the recent alert acked');
      expect(await redis.sismember(keys.pushAcks(old.seq), 'dev-ack-window')).toBe(0);
      expect((await postUpdate(sys, { id: 'ack-live', text: 'Sunny weather expected in Lviv', topics: ['general'] })).status).toBe(202);
      await waitUntil(() => got.includes('ack-live'), 'the live alert');
      const liveSeq = (await request<Alert>(sys.api.url, 'GET', '/v1/alerts/ack-live')).body.seq;
      await waitUntil(async () => (await redis.sismember(keys.pushAcks(liveSeq), 'dev-ack-window')) === 1, 'the live alert acked');
    } finally {
      await redis.quit();
      client.close();
    }
  });

  it('keeps delivering after a refused subscribe (an unknown topic), and says why', async () => {
    const watched = watch(sys.gateways[0]!.url, ['diplomacy']);
    const errors: string[] = [];
    watched.client.on('error', (error) => errors.push(error.code));
    await waitUntil(() => watched.states.includes('live'), 'the client live');
    await watched.client.setTopics(['diplomacy', 'atlantis']);
    await waitUntil(() => errors.includes('unknown_topic'), 'the refusal reported');
    const ids = await publish(2, 'diplomacy');
    await waitUntil(() => ids.every((id) => watched.alerts.some((alert) => alert.id === id)), 'live alerts still delivered');
  });

  it('goes live, and resumes without gap or duplicate after its connection is cut', async () => {
    const start = await latest();
    const watched = watch(sys.gateways[0]!.url);
    await waitUntil(() => watched.client.state === 'live', 'live');
    expect(watched.states.slice(0, 3)).toEqual(['connecting', 'connected', 'live']);
    const ids = await publish(10);
    await waitUntil(() => watched.alerts.length >= 10, '10 live alerts');
    watched.client.socket!.io.engine.close();
    ids.push(...(await publish(25)));
    await waitUntil(() => watched.resumes.length >= 1, 'resumed');
    expect(watched.states).toContain('reconnecting');
    ids.push(...(await publish(5)));
    await expectExactly(watched, ids, start);
    expect(watched.client.state).toBe('live');
    expect(watched.client.lastSeq).toBe(watched.alerts[watched.alerts.length - 1]!.seq);
    expect(watched.client.epoch).toEqual(expect.any(String));
    watched.client.close();
    expect(watched.client.state).toBe('offline');
  });

  it('resumes after its gateway is restarted on the same port, catching up on what was published meanwhile', async () => {
    const first = await startRole('gateway', sys.env);
    extraGateways.push(first);
    const start = await latest();
    const watched = watch(first.url);
    await waitUntil(() => watched.client.state === 'live', 'live');
    const ids = await publish(5);
    await waitUntil(() => watched.alerts.length >= 5, '5 live alerts');
    expect((await first.stop()).code).toBe(0);
    await waitUntil(() => watched.client.state === 'reconnecting', 'reconnecting');
    ids.push(...(await publish(20)));
    const second = await startRole('gateway', { ...sys.env, PORT: String(first.port) });
    extraGateways.push(second);
    await waitUntil(() => watched.resumes.length >= 1, 'resumed', 20_000);
    expect(watched.resumes[0]).toMatchObject({ truncated: false });
    expect(watched.resumes[0]!.replayed).toBeGreaterThanOrEqual(20);
    ids.push(...(await publish(5)));
    await expectExactly(watched, ids, start);
  });

  it('fails over to the next gateway on a shutdown notice, without gap or duplicate', async () => {
    const doomed = await startRole('gateway', sys.env);
    extraGateways.push(doomed);
    const start = await latest();
    const watched = watch([doomed.url, sys.gateways[0]!.url], ['diplomacy', 'troops']);
    await waitUntil(() => watched.client.state === 'live', 'live');
    const ids = await publish(5, 'diplomacy');
    await waitUntil(() => watched.alerts.length >= 5, '5 live alerts');
    const stopped = doomed.stop();
    ids.push(...(await publish(20, 'diplomacy')));
    await stopped;
    await waitUntil(() => watched.client.url === sys.gateways[0]!.url && watched.client.state === 'live', 'live on the other gateway');
    ids.push(...(await publish(5, 'diplomacy')));
    await expectExactly(watched, ids, start, 'diplomacy');
  });
});
