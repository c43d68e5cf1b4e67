// Losing Redis's primary under Sentinel (REDIS_SENTINELS): a primary, a replica and three sentinels started here, kill
// -9 of the primary in the middle of a stream of 2,000 updates. With SIRENA_REDIS_MIN_REPLICAS=1: every update
// answered 202 is in history exactly once, every subscriber (the SDK, resuming by since and epoch) gets every one at
// least once and in order within an epoch, and every role recovers by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SirenaClient } from '../../src/client/index.js';
import type { Alert } from '../../src/core/alert.js';
import { startSentinelSet, type SentinelSet } from '../helpers/redis-topology.js';
import { connectClient, postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

const UPDATES = 2_000;
const BATCH = 20;
const IN_FLIGHT = 4;

let set: SentinelSet;
let sys: TestSystem;
beforeAll(async () => {
  set = await startSentinelSet();
  sys = await startSystem({
    gateways: 2,
    workers: 2,
    // REDIS_URL points nowhere: with REDIS_SENTINELS set it is ignored.
    redisUrl: 'redis://127.0.0.1:1',
    env: {
      REDIS_SENTINELS: set.sentinels,
      REDIS_SENTINEL_NAME: set.name,
      SIRENA_REDIS_MIN_REPLICAS: '1',
      SIRENA_REDIS_WAIT_TIMEOUT_MS: '500',
      SIRENA_INGEST_RATE_LIMIT: '100000',
    },
  });
}, 120_000);
afterAll(async () => {
  await sys?.stop();
  await set?.stop();
});

/** The ids GET /v1/alerts lists (each once, at its latest version), paging through the whole history. */
async function storedIds(): Promise<Set<string>> {
  const ids = new Set<string>();
  let after = 0;
  for (;;) {
    const page = await request<{ alerts: Alert[] }>(sys.api.url, 'GET', `/v1/alerts?topic=troops&after=${after}&limit=1000`);
    if (page.status !== 200) return ids;
    for (const alert of page.body.alerts) ids.add(alert.id);
    if (page.body.alerts.length < 1000) return ids;
    after = page.body.alerts.at(-1)!.seq;
  }
}

/** What one subscriber received: each alert with the epoch its client was in. */
interface Received {
  seq: number;
  id: string;
  epoch: string | undefined;
}

describe('Sentinel failover mid-stream', () => {
  it('loses nothing acknowledged, delivers every update, and every role recovers', { timeout: 60_000 }, async () => {
    const urls = sys.gateways.map((gateway) => gateway.url);
    const subscribers = Array.from({ length: 3 }, (_, i) => {
      const client = new SirenaClient({
        // Each starts on another gateway and fails over to the other.
        url: i % 2 === 0 ? urls : [...urls].reverse(),
        topics: ['troops'],
        reconnectionDelayMs: 100,
        reconnectionDelayMaxMs: 500,
        socketOptions: { transports: ['websocket'] },
      });
      const received: Received[] = [];
      client.on('alert', (alert: Alert) => received.push({ seq: alert.seq, id: alert.id, epoch: client.epoch }));
      client.on('error', () => undefined);
      return { client, received };
    });
    await waitUntil(() => subscribers.every(({ client }) => client.state === 'live'), 'every subscriber live');

    const acknowledged = new Set<string>();
    let refused = 0;
    /** Posts one batch until it is answered 202 (503 during the failover: the same ids again, idempotent). */
    const post = async (from: number) => {
      const updates = Array.from({ length: BATCH }, (_, k) => ({ id: `s-${from + k}`, text: `Troops rotated near the border, report ${from + k}`, topics: ['troops'] }));
      for (;;) {
        const answer = await postUpdate(sys, { updates }).catch(() => undefined);
        if (answer?.status === 202) {
          for (const update of updates) acknowledged.add(update.id);
          return;
        }
        refused += 1;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    let next = 0;
    let killedAt = 0;
    const stream = Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < UPDATES) {
          const from = next;
          next += BATCH;
          await post(from);
          if (killedAt === 0 && acknowledged.size >= UPDATES / 3) {
            // kill -9 of the primary, mid-stream.
            killedAt = acknowledged.size;
            await set.primary.stop(true);
          }
        }
      }),
    );
    // Once every sentinel names the promoted replica, the old primary comes back (empty) as a replica of it, as an
    // operator would bring it back: SIRENA_REDIS_MIN_REPLICAS=1 needs one. (Sentinel would demote it too, but only
    // after it has answered as a primary for about 8 s.)
    const oldPrimary = set.primary.port;
    await waitUntil(() => killedAt > 0, 'the primary to be killed', 20_000);
    const newPrimary = await waitUntil(async () => {
      const port = await set.primaryPort();
      return port !== undefined && port !== oldPrimary ? port : undefined;
    }, 'the sentinels to fail over', 20_000);
    set.primary.start(['--replicaof', '127.0.0.1', String(newPrimary)]);
    await stream;
    expect(acknowledged.size).toBe(UPDATES);
    expect(refused).toBeGreaterThan(0);

    // History: every acknowledged update, exactly once (a replay from 0 sends every stored version).
    await waitUntil(async () => (await storedIds()).size >= UPDATES, 'every update stored', 30_000).catch((error: unknown) => {
      for (const role of [sys.api, ...sys.gateways, ...sys.workers]) console.log(role.role, role.output.filter((line) => !line.includes('"level":30')).slice(-8).join('\n'));
      throw error;
    });
    const reader = await connectClient(urls[0]!);
    expect(await reader.subscribe({ topics: ['troops'], since: 0 })).toMatchObject({ ok: true, replayed: UPDATES });
    const stored = reader.alerts.map((alert) => alert.id);
    expect(stored).toHaveLength(UPDATES);
    expect(new Set(stored)).toEqual(acknowledged);
    reader.close();

    // Every subscriber: every update at least once, in seq order within each epoch.
    for (const { client, received } of subscribers) {
      await waitUntil(() => new Set(received.map((r) => r.id)).size >= UPDATES, `a subscriber to have all ${UPDATES}`, 20_000);
      const byEpoch = new Map<string | undefined, number[]>();
      for (const { seq, epoch } of received) byEpoch.set(epoch, [...(byEpoch.get(epoch) ?? []), seq]);
      for (const seqs of byEpoch.values()) for (let i = 1; i < seqs.length; i += 1) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!);
      client.close();
    }

    // Every role recovered by itself: ready, still running, and the pipeline works.
    for (const role of [sys.api, ...sys.gateways]) {
      await waitUntil(async () => (await request(role.url, 'GET', '/readyz')).status === 200, `${role.role} ready`, 20_000);
    }
    for (const role of [sys.api, ...sys.gateways, ...sys.workers]) expect(role.child.exitCode, role.role).toBeNull();
    const after = await connectClient(urls[1]!);
    await after.subscribe({ topics: ['troops'] });
    await waitUntil(async () => (await postUpdate(sys, { id: 'after-failover', text: 'Troops rotated, report after', topics: ['troops'] })).status === 202, 'ingest');
    expect((await after.waitForAlerts(1, 20_000))[0]).toMatchObject({ id: 'after-failover' });
    after.close();
  });
});
