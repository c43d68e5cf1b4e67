// Two gateways and two workers on one Redis behave as one system: every subscriber on every gateway gets every
// matching alert once, in seq order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, postUpdate, request, startSystem, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ gateways: 2, workers: 2 });
});
afterAll(async () => {
  await sys?.stop();
});

describe('two gateways, two workers', () => {
  it('delivers each alert once to clients on both gateways, in seq order', async () => {
    const clients = await Promise.all(sys.gateways.flatMap((gateway) => [connectClient(gateway.url), connectClient(gateway.url)]));
    await Promise.all(clients.map((client) => client.subscribe({ topics: ['troops', 'kyiv-air-raids'] })));
    const total = 300;
    // Posts race each other through the API and both workers.
    await Promise.all(
      Array.from({ length: 6 }, (_, batch) =>
        postUpdate(sys, {
          updates: Array.from({ length: total / 6 }, (_, i) => ({
            id: `mn-${batch}-${i}`,
            text: `Unit ${batch}-${i} moved`,
            topics: [i % 2 ? 'troops' : 'kyiv-air-raids'],
          })),
        }),
      ),
    );
    await Promise.all(clients.map((client) => client.waitForAlerts(total, 20_000)));
    const stored = await request<{ alerts: { seq: number }[] }>(sys.api.url, 'GET', '/v1/alerts?after=0&limit=1000');
    const storedSeqs = stored.body.alerts.map((a) => a.seq);
    for (const client of clients) {
      const seqs = client.alerts.map((a) => a.seq);
      expect(seqs).toEqual(storedSeqs);
    }
    // Seqs are contiguous: no worker lost or duplicated one.
    expect(storedSeqs).toEqual(Array.from({ length: total }, (_, i) => storedSeqs[0]! + i));
    for (const client of clients) client.close();
  });
});
