// Catch-up with `since`: gap-free and duplicate-free while alerts are published, across gateways, topics and
// severities, through many reconnects and many subscribes on one socket; and truncation past retention.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import type { Severity } from '../../src/core/severity.js';
import type { SubscribeAckOk } from '../../src/core/subscription.js';
import { connectClient, postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

const TOPICS = ['kyiv-air-raids', 'diplomacy', 'troops', 'general'];
const SEVERITIES: (Severity | undefined)[] = [undefined, 'minor', 'moderate', 'severe', 'extreme'];

interface Filter {
  topics: string[];
  minSeverity: Severity;
}

/** Posts small batches of mixed updates back to back until stopped; resolves with how many were accepted. */
function publishContinuously(sys: TestSystem, tag: string): { stop: () => Promise<number> } {
  let running = true;
  let posted = 0;
  const loop = (async () => {
    for (let batch = 0; running; batch += 1) {
      const updates = Array.from({ length: 4 }, (_, i) => {
        const n = batch * 4 + i;
        const severity = SEVERITIES[n % SEVERITIES.length];
        return {
          id: `${tag}-${n}`,
          text: `Report ${n} from the monitoring desk`,
          topics: [TOPICS[n % TOPICS.length] as string, ...(n % 3 === 0 ? [TOPICS[(n + 1) % TOPICS.length] as string] : [])],
          ...(severity && { severity }),
        };
      });
      const response = await postUpdate(sys, { updates });
      if (response.status !== 202) throw new Error(`post failed: ${response.status}`);
      posted += updates.length;
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return posted;
    },
  };
}

/** Every stored alert matching the filter, ascending, read page by page with `next`. */
async function storedMatching(sys: TestSystem, filter: Filter): Promise<Alert[]> {
  const out: Alert[] = [];
  const base = `${filter.topics.map((t) => `topic=${t}`).join('&')}&minSeverity=${filter.minSeverity}&order=asc&limit=1000`;
  let after = 0;
  for (;;) {
    const page = await request<{ alerts: Alert[]; next: { after: number } | null }>(sys.api.url, 'GET', `/v1/alerts?${base}&after=${after}`);
    expect(page.status).toBe(200);
    out.push(...page.body.alerts);
    if (!page.body.next) return out;
    after = page.body.next.after;
  }
}

/** Waits until all `posted` updates are stored (fresh prefix: seqs 1..posted). */
async function waitStored(sys: TestSystem, posted: number): Promise<void> {
  await waitUntil(async () => {
    const newest = await request<{ alerts: Alert[] }>(sys.api.url, 'GET', '/v1/alerts?limit=1');
    return newest.body.alerts[0]?.seq === posted;
  }, `${posted} alerts stored`, 20_000);
}

function expectGapFreeCopy(received: Alert[], stored: Alert[]): void {
  const seqs = received.map((alert) => alert.seq);
  // Strictly increasing: no duplicate, nothing out of order.
  for (let i = 1; i < seqs.length; i += 1) expect(seqs[i], `seq at ${i} after ${seqs[i - 1]}`).toBeGreaterThan(seqs[i - 1] as number);
  // Exactly the store's list: no gap.
  expect(seqs).toEqual(stored.map((alert) => alert.seq));
  expect(received.map((alert) => alert.id)).toEqual(stored.map((alert) => alert.id));
}

describe('catch-up under concurrent publishing (2 gateways, 2 workers)', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem({ gateways: 2, workers: 2 });
  });
  afterAll(async () => {
    await sys?.stop();
  });

  it('clients that reconnect dozens of times with since = last seen get every matching alert once, in order', async () => {
    const filters: Filter[] = [
      { topics: ['troops', 'diplomacy'], minSeverity: 'unknown' },
      { topics: ['kyiv-air-raids'], minSeverity: 'severe' },
      { topics: ['troops', 'general', 'kyiv-air-raids'], minSeverity: 'moderate' },
      { topics: ['diplomacy', 'general'], minSeverity: 'minor' },
    ];
    const publisher = publishContinuously(sys, 'race');
    const sessions = filters.map(async (filter, c) => {
      const received: Alert[] = [];
      let last = 0;
      let reconnects = 0;
      const session = async (gateway: number) => {
        const client = await connectClient(sys.gateways[gateway % 2]!.url);
        client.socket.on('alert', (alert) => {
          received.push(alert);
          last = Math.max(last, alert.seq);
        });
        const ack = await client.subscribe({ ...filter, since: last });
        if (!ack.ok) throw new Error(`subscribe failed: ${JSON.stringify(ack)}`);
        last = Math.max(last, ack.seq);
        return client;
      };
      while (reconnects < 25) {
        const client = await session(c + reconnects);
        // Stay a moment, then drop the connection abruptly.
        await new Promise((resolve) => setTimeout(resolve, 10 + ((reconnects * 37 + c * 11) % 60)));
        client.socket.io.engine.close();
        client.close();
        reconnects += 1;
      }
      return { received, reconnects, resume: () => session(c + reconnects), last: () => last };
    });
    const results = await Promise.all(sessions);
    const posted = await publisher.stop();
    await waitStored(sys, posted);

    for (const [c, result] of results.entries()) {
      const stored = await storedMatching(sys, filters[c]!);
      // The last session resumes once more and stays until it has everything.
      const final = await result.resume();
      const newest = stored[stored.length - 1]?.seq ?? 0;
      await waitUntil(() => result.last() >= newest, `client ${c} reaches seq ${newest}`);
      final.close();
      expect(stored.length).toBeGreaterThan(0);
      expectGapFreeCopy(result.received, stored);
    }
  });

  it('many subscribes in a row on one socket (awaited and pipelined, stale since) send nothing twice', async () => {
    const filter: Filter = { topics: ['troops', 'kyiv-air-raids'], minSeverity: 'moderate' };
    const latest = await request<{ alerts: Alert[] }>(sys.api.url, 'GET', '/v1/alerts?limit=1');
    const start = latest.body.alerts[0]?.seq ?? 0;
    const client = await connectClient(sys.gateways[0]!.url);
    let last = start;
    client.socket.on('alert', (alert) => (last = Math.max(last, alert.seq)));
    const publisher = publishContinuously(sys, 'resub');
    const first = (await client.subscribe({ ...filter, since: start })) as SubscribeAckOk;
    expect(first.ok).toBe(true);
    for (let i = 0; i < 40; i += 1) {
      const ack = await client.subscribe({ ...filter, since: last });
      expect(ack).toMatchObject({ ok: true, topics: filter.topics });
    }
    // Pipelined: every request carries the same, increasingly stale since.
    const stale = last;
    const acks = await Promise.all(Array.from({ length: 15 }, () => client.subscribe({ ...filter, since: stale })));
    expect(acks.every((ack) => ack.ok)).toBe(true);
    const posted = await publisher.stop();
    const total = start + posted;
    await waitStored(sys, total);
    const stored = (await storedMatching(sys, filter)).filter((alert) => alert.seq > start);
    const newest = stored[stored.length - 1]?.seq ?? 0;
    await waitUntil(() => last >= newest, `the socket reaches seq ${newest}`);
    client.close();
    expectGapFreeCopy(client.alerts, stored);
  });
});

describe('since older than retention', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem({ gateways: 1, workers: 1, env: { SIRENA_RETENTION_COUNT: '5' } });
    await postUpdate(sys, { updates: Array.from({ length: 12 }, (_, i) => ({ id: `ret-${i}`, text: `Troops moved, report ${i}`, topics: ['troops'] })) });
    await waitStored(sys, 12);
    await waitUntil(async () => (await request<{ alerts: Alert[] }>(sys.api.url, 'GET', '/v1/alerts?after=0&limit=100')).body.alerts.length === 5, 'retention trims to 5');
  });
  afterAll(async () => {
    await sys?.stop();
  });

  it('says truncated with oldestSeq, and replays what is left', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    const ack = await client.subscribe({ topics: ['troops'], since: 2 });
    expect(ack).toMatchObject({ ok: true, truncated: true, oldestSeq: 8, replayed: 5, seq: 12 });
    expect(client.alerts.map((alert) => alert.seq)).toEqual([8, 9, 10, 11, 12]);
    client.close();
  });

  it('is not truncated when since is within retention', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    const ack = await client.subscribe({ topics: ['troops'], since: 7 });
    expect(ack).toMatchObject({ ok: true, replayed: 5, seq: 12 });
    expect(ack).not.toHaveProperty('truncated');
    client.close();
  });

  it('replays everything and says truncated when the cursor comes from another epoch', async () => {
    const probe = await connectClient(sys.gateways[0]!.url);
    const { epoch } = (await probe.subscribe({ topics: ['troops'] })) as SubscribeAckOk;
    probe.close();
    const client = await connectClient(sys.gateways[0]!.url);
    const ack = await client.subscribe({ topics: ['troops'], since: 11, epoch: 'an-earlier-history' });
    expect(ack).toMatchObject({ ok: true, truncated: true, oldestSeq: 8, replayed: 5, epoch });
    const ahead = await connectClient(sys.gateways[0]!.url);
    expect(await ahead.subscribe({ topics: ['troops'], since: 500 })).toMatchObject({ ok: true, truncated: true, replayed: 5 });
    expect(await ahead.subscribe({ topics: ['troops'], since: 11, epoch })).toMatchObject({ ok: true, replayed: 0 });
    client.close();
    ahead.close();
  });
});
