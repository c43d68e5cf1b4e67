// GET /v1/alerts: cursors (after/before/limit/next), repeatable topic, minSeverity, stable order, validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import { meetsMinSeverity, type Severity } from '../../src/core/severity.js';
import { postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

type Page = { alerts: Alert[]; next: { after?: number; before?: number } | null };

let sys: TestSystem;
let all: Alert[];
const TOTAL = 60;
const TOPICS = ['troops', 'diplomacy', 'general'];
const SEVERITIES: Severity[] = ['minor', 'moderate', 'severe', 'extreme'];

const get = (query: string) => request<Page & { error?: { code: string; issues?: unknown[] } }>(sys.api.url, 'GET', `/v1/alerts?${query}`);

/** Follows `next` from a first query until it is null; returns every alert seen, in order. */
async function pageThrough(query: string): Promise<{ alerts: Alert[]; pages: number }> {
  const alerts: Alert[] = [];
  let cursor = '';
  for (let pages = 1; ; pages += 1) {
    const page = await get(`${query}${cursor}`);
    expect(page.status).toBe(200);
    alerts.push(...page.body.alerts);
    const next = page.body.next;
    if (!next) return { alerts, pages };
    cursor = next.after !== undefined ? `&after=${next.after}` : `&before=${next.before}`;
  }
}

beforeAll(async () => {
  // One gateway: it answers GET /v1/alerts too (the web console it serves lists history from it).
  sys = await startSystem({ gateways: 1, workers: 1 });
  await postUpdate(sys, {
    updates: Array.from({ length: TOTAL }, (_, i) => ({
      id: `hist-${i}`,
      text: `Desk report ${i}`,
      topics: [TOPICS[i % 3] as string, ...(i % 5 === 0 ? [TOPICS[(i + 1) % 3] as string] : [])],
      severity: SEVERITIES[i % 4],
    })),
  });
  all = await waitUntil(async () => {
    const page = await get('after=0&limit=1000');
    return page.body.alerts.length === TOTAL ? page.body.alerts : null;
  }, `${TOTAL} alerts stored`);
});
afterAll(async () => {
  await sys?.stop();
});

describe('GET /v1/alerts', () => {
  it('lists newest first by default and ascending from `after`, with stable order', async () => {
    const seqs = all.map((alert) => alert.seq);
    expect(seqs).toEqual(Array.from({ length: TOTAL }, (_, i) => i + 1));
    const newest = await get('limit=5');
    expect(newest.body.alerts.map((a) => a.seq)).toEqual([60, 59, 58, 57, 56]);
    expect(newest.body.next).toEqual({ before: 56 });
    const asc = await get('after=10&limit=3');
    expect(asc.body.alerts.map((a) => a.seq)).toEqual([11, 12, 13]);
    expect(asc.body.next).toEqual({ after: 13 });
    expect((await get('after=10&limit=3&order=desc')).body.alerts.map((a) => a.seq)).toEqual([60, 59, 58]);
    expect((await get('before=10&limit=3&order=asc')).body.alerts.map((a) => a.seq)).toEqual([1, 2, 3]);
    expect((await get('after=10&before=14&limit=50')).body).toMatchObject({ next: null });
    expect((await get('after=10&before=14&limit=50')).body.alerts.map((a) => a.seq)).toEqual([11, 12, 13]);
    // The same query twice answers the same.
    expect((await get('topic=troops&limit=7')).body).toEqual((await get('topic=troops&limit=7')).body);
  });

  it('says next: null on the last page, even when it is exactly full', async () => {
    expect((await get('after=50&limit=10')).body.next).toBeNull();
    expect((await get('after=49&limit=10')).body.next).toEqual({ after: 59 });
    expect((await get('before=11&limit=10')).body.next).toBeNull();
    expect((await get('after=60')).body).toEqual({ alerts: [], next: null });
  });

  it.each([
    ['ascending, all topics', 'order=asc&limit=7', undefined, undefined],
    ['descending, all topics', 'limit=9', undefined, undefined],
    ['ascending, two topics', 'topic=troops&topic=diplomacy&order=asc&limit=4', ['troops', 'diplomacy'], undefined],
    ['descending, one topic at severe', 'topic=general&minSeverity=severe&limit=3', ['general'], 'severe'],
    ['ascending, three topics at moderate', 'topic=general&topic=troops&topic=diplomacy&minSeverity=moderate&order=asc&limit=1', TOPICS, 'moderate'],
  ] as const)('paging with next (%s) returns each matching alert exactly once', async (_name, query, topics, minSeverity) => {
    const { alerts, pages } = await pageThrough(query);
    const expected = all.filter(
      (alert) =>
        (!topics || alert.topics.some((topic) => (topics as readonly string[]).includes(topic))) &&
        (!minSeverity || meetsMinSeverity(alert.severity, minSeverity)),
    );
    const desc = !query.includes('order=asc');
    expect(alerts.map((a) => a.seq)).toEqual((desc ? [...expected].reverse() : expected).map((a) => a.seq));
    expect(new Set(alerts.map((a) => a.seq)).size).toBe(alerts.length);
    expect(pages).toBeGreaterThan(1);
    if (minSeverity) expect(alerts.every((a) => meetsMinSeverity(a.severity, minSeverity))).toBe(true);
  });

  it('an alert in two requested topics is listed once', async () => {
    const both = all.filter((alert) => alert.topics.includes('troops') && alert.topics.includes('diplomacy'));
    expect(both.length).toBeGreaterThan(0);
    const listed = (await get('topic=troops&topic=diplomacy&limit=1000')).body.alerts;
    for (const alert of both) expect(listed.filter((a) => a.seq === alert.seq)).toHaveLength(1);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=2.5', 'limit'],
    ['limit=', 'limit'],
    ['after=-1', 'after'],
    ['after=abc', 'after'],
    ['after=', 'after'],
    ['after=1e3', 'after'],
    ['before=99999999999999999', 'before'],
    ['after=1&after=2', 'after'],
    ['order=sideways', 'order'],
    ['minSeverity=apocalyptic', 'minSeverity'],
    ['topic=Not%20A%20Topic', 'topic'],
    ['cursor=5', ''],
  ])('rejects %s with 400 invalid_request and issues', async (query, path) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', issues: expect.any(Array) });
    expect(response.body.error?.issues?.some((issue) => (issue as { path: string }).path.startsWith(path))).toBe(true);
  });

  it('rejects an unknown topic with 400 unknown_topic', async () => {
    const response = await get('topic=atlantis');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'unknown_topic' });
  });

  it('a gateway answers the same pages and the same errors as the API', async () => {
    const gateway = sys.gateways[0]!.url;
    const queries = ['limit=7', 'topic=troops&topic=diplomacy&minSeverity=moderate&limit=5', 'after=10&limit=9', `before=${all[30]!.seq}&limit=4`];
    for (const query of [...queries, 'topic=nope', 'limit=0', 'after=1e3', 'colour=red']) {
      const [fromApi, fromGateway] = await Promise.all([get(query), request(gateway, 'GET', `/v1/alerts?${query}`)]);
      expect(fromGateway.status).toBe(fromApi.status);
      expect(fromGateway.body).toEqual(fromApi.body);
    }
  });
});
