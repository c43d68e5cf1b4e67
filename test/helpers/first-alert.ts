// How fast the first alert after "ready" arrives, against the ones after it: what `npm start`'s readiness promises.
import { performance } from 'node:perf_hooks';
import { connectClient, postUpdate, request, spawnRole, waitUntil, type RoleProcess } from './system.js';

export interface FirstAlertRun {
  /** The `npm start` process, serving. The caller stops it. */
  main: RoleProcess;
  /** What /readyz answered when it first answered 200. */
  readyBody: unknown;
  /** POST → alert on a subscribed socket for the first update after ready (ms). */
  firstMs: number;
  /** The same for each of the updates after it, one at a time. */
  steadyMs: number[];
}

/**
 * Starts `npm start` (the main role), polls /readyz every 10 ms until it answers 200, subscribes one socket, then
 * posts updates one at a time (an extreme one first, then alternating routine and extreme, so both lanes' workers
 * are measured) and times each from POST to the socket. The client's own first POST is paid on a 404 first.
 */
export async function measureFirstAlert(env: Record<string, string>, steadyCount = 8): Promise<FirstAlertRun> {
  const main = spawnRole('main', env);
  try {
    const line = await main.waitForLog('listening on');
    main.port = (JSON.parse(line) as { port: number }).port;
    const ready = await waitUntil(
      async () => {
        const answer = await request(main.url, 'GET', '/readyz');
        return answer.status === 200 ? answer : null;
      },
      '/readyz 200',
      60_000,
    );
    const client = await connectClient(main.url);
    try {
      await client.subscribe({ topics: ['kyiv-air-raids', 'diplomacy'] });
      await request(main.url, 'POST', '/client-warm-up', { json: {} });
      const run = Date.now().toString(36);
      const times: number[] = [];
      for (let i = 0; i <= steadyCount; i++) {
        const text =
          i % 2 === 0
            ? `Air-raid alert in Kyiv: drones inbound, take shelter (${run} ${i})`
            : `Foreign ministers met in Geneva for talks (${run} ${i})`;
        // Timed on the event itself (polling would round every figure up to its interval).
        const arrived = new Promise<number>((resolve) => client.socket.once('alert', () => resolve(performance.now())));
        const sent = performance.now();
        const posted = await postUpdate(main.url, { id: `first-${run}-${i}`, text });
        if (posted.status !== 202) throw new Error(`POST answered ${posted.status}`);
        const at = await Promise.race([arrived, waitUntil(() => false, `alert ${i}`, 20_000).then(() => Number.NaN)]);
        times.push(at - sent);
      }
      return { main, readyBody: ready.body, firstMs: times[0]!, steadyMs: times.slice(1) };
    } finally {
      client.close();
    }
  } catch (error) {
    await main.stop();
    throw error;
  }
}
