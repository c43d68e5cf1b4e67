// GET /v1/stream on a real gateway process: Last-Event-ID / since resume through the same seam as Socket.IO replay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStream, postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
let gateway: string;
beforeAll(async () => {
  sys = await startSystem({ gateways: 1, workers: 1, env: { SIRENA_SSE_HEARTBEAT_MS: '300' } });
  gateway = sys.gateways[0]!.url;
});
afterAll(async () => {
  await sys?.stop();
});

/** Waits until every id is stored; returns their seqs in the same order. */
async function storedSeqs(ids: readonly string[]): Promise<number[]> {
  return waitUntil(async () => {
    const all = await Promise.all(ids.map((id) => request(sys.api.url, 'GET', `/v1/alerts/${id}`)));
    return all.every((r) => r.status === 200) ? all.map((r) => (r.body as { seq: number }).seq) : null;
  }, `alerts ${ids.join(', ')} stored`);
}

describe('GET /v1/stream', () => {
  it('resumes with Last-Event-ID: exactly the missed alerts, then a ready event, then live ones; heartbeats between', async () => {
    const ids = ['sse-a', 'sse-b', 'sse-c'];
    await postUpdate(sys, { updates: ids.map((id) => ({ id, text: `Weapons delivery ${id}`, topics: ['troops'], severity: 'moderate' })) });
    // Another topic, and a lower severity: neither may be replayed.
    await postUpdate(sys, { id: 'sse-other', text: 'Sunny weather expected in Lviv', topics: ['general'] });
    await postUpdate(sys, { id: 'sse-minor', text: 'Foreign ministers held talks in Ottawa', topics: ['diplomacy'] });
    // One batch is classified concurrently, so seq order need not be id order.
    const seqs = await storedSeqs(ids);
    const [first, ...missed] = ids.map((id, i) => ({ id, seq: seqs[i]! })).sort((a, b) => a.seq - b.seq);
    await storedSeqs(['sse-other', 'sse-minor']);

    const stream = await openStream(gateway, '/v1/stream?topic=troops&topic=diplomacy&minSeverity=moderate', { 'Last-Event-ID': String(first!.seq) });
    expect(stream.status).toBe(200);
    const ready = await stream.waitForEvent((event) => event.event === 'ready', 'the ready event');
    expect(JSON.parse(ready.data)).toMatchObject({ topics: ['troops', 'diplomacy'], replayed: 2 });
    expect(stream.alerts.map((alert) => alert.id)).toEqual(missed.map((alert) => alert.id));
    // Each alert event carries its seq as the id, so a browser resumes from it.
    expect(stream.events.filter((event) => event.event === 'alert').map((event) => Number(event.id))).toEqual(
      stream.alerts.map((alert) => alert.seq),
    );

    await postUpdate(sys, { id: 'sse-live', text: 'Brigade redeployed to the front', topics: ['troops'], severity: 'severe' });
    await waitUntil(() => stream.alerts.some((alert) => alert.id === 'sse-live'), 'the live alert');
    expect(stream.alerts.map((alert) => alert.id)).toEqual([...missed.map((alert) => alert.id), 'sse-live']);
    await waitUntil(() => stream.comments.some((comment) => comment.includes('heartbeat')), 'a heartbeat comment');
    stream.close();
  });

  it('?since= resumes too, and a topic repeated in the query gets each alert once', async () => {
    await postUpdate(sys, { id: 'since-1', text: 'Ministers discussed the deployment', topics: ['troops', 'diplomacy'], severity: 'moderate' });
    const [seq] = await storedSeqs(['since-1']);
    const stream = await openStream(gateway, `/v1/stream?topic=troops&topic=diplomacy&since=${seq! - 1}`);
    await stream.waitForEvent((event) => event.event === 'ready', 'the ready event');
    expect(stream.alerts.map((alert) => alert.id)).toEqual(['since-1']);
    stream.close();
  });

  it('has no gap and no duplicate when alerts keep arriving during replay', async () => {
    const latest = await request<{ alerts: { seq: number }[] }>(sys.api.url, 'GET', '/v1/alerts?limit=1');
    const since = latest.body.alerts[0]?.seq ?? 0;
    const ids = Array.from({ length: 60 }, (_, i) => `race-${i}`);
    // Posts race the stream's catch-up: some land in history before head, some arrive live while replaying.
    const posting = (async () => {
      for (let i = 0; i < ids.length; i += 6) {
        await postUpdate(sys, { updates: ids.slice(i, i + 6).map((id) => ({ id, text: `Troop rotation ${id}`, topics: ['troops'] })) });
      }
    })();
    const stream = await openStream(gateway, `/v1/stream?topic=troops&since=${since}`);
    await posting;
    const seqs = await storedSeqs(ids);
    const last = Math.max(...seqs);
    await waitUntil(() => stream.alerts.some((alert) => alert.seq === last), 'the last racing alert');
    const got = stream.alerts.map((alert) => alert.seq);
    expect(got).toEqual([...new Set(got)].sort((a, b) => a - b));
    expect(stream.alerts.map((alert) => alert.id).filter((id) => id.startsWith('race-')).sort()).toEqual([...ids].sort());
    stream.close();
  });

  it.each([
    ['no topic', '/v1/stream', {}, 'invalid_request'],
    ['an unknown topic', '/v1/stream?topic=nowhere', {}, 'unknown_topic'],
    ['a bad severity', '/v1/stream?topic=troops&minSeverity=loud', {}, 'invalid_request'],
    ['a negative since', '/v1/stream?topic=troops&since=-1', {}, 'invalid_request'],
    ['an unknown parameter', '/v1/stream?topic=troops&after=3', {}, 'invalid_request'],
    ['a bad Last-Event-ID', '/v1/stream?topic=troops', { 'Last-Event-ID': 'abc' }, 'invalid_request'],
  ])('%s → 400 JSON error', async (_what, path, headers, code) => {
    const response = await request(gateway, 'GET', path, { headers });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.body).toMatchObject({ error: { code, message: expect.any(String) } });
  });
});
