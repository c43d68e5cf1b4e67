// Scenario: one extreme alert to 10,000 Web Push subscriptions through a local HTTPS push service (issue 18): the time
// to the last push, and the socket latency of other alerts while the pushes go out vs without them, in the same run.
import type { ChildProcess } from 'node:child_process';
import { Fleet, QUICK, ROUNDS, TEXTS, forkTs, median, nowMs, percentile, round, sleep, startBenchSystem, waitUntil, type ScenarioResult } from '../bench-harness.js';
import { startRole } from '../../helpers/system.js';

const SUBSCRIPTIONS = QUICK ? 2000 : 10_000;
const SOCKETS = QUICK ? 200 : 1000;
/** Routine alerts per second to the sockets (diplomacy, minor: below SIRENA_PUSH_MIN_SEVERITY, so never pushed). */
const RATE = 20;
/** Routine alerts of the quiet phase. */
const QUIET_ALERTS = QUICK ? 60 : 200;
/** Subscriptions to `troops` the warm-up alert is pushed to: TLS connections, JIT and scripts warm before measuring. */
const WARM_SUBSCRIPTIONS = 500;
/** How long the pushes may take before the scenario gives up (ms). */
const PUSH_DEADLINE_MS = 120_000;

interface PushReport {
  received: number;
  distinct: number;
  requests: number;
  rejected: number;
  firstAt: number;
  lastAt: number;
}

function ask<T>(child: ChildProcess, message: unknown, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`push service exited (${code})`));
    const onMessage = (reply: { type: string }) => {
      if (reply.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(reply as T);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    if (message) child.send(message as object);
  });
}

async function post(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await response.arrayBuffer();
  if (response.status >= 300) throw new Error(`POST ${url} answered ${response.status}`);
}

/** Posts routine alerts at RATE until `until()` says stop (or `max` were sent); their ids and send times. */
async function routineAlerts(api: string, run: string, until: (sent: number) => boolean, max: number): Promise<Map<string, number>> {
  const sentAt = new Map<string, number>();
  const started = nowMs();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < max && !until(i); i += 1) {
    const wait = started + (i * 1000) / RATE - nowMs();
    if (wait > 1) await sleep(wait);
    const id = `${run}-${i}`;
    sentAt.set(id, nowMs());
    pending.push(post(`${api}/v1/updates`, { id, text: `${TEXTS.routine} (${run} ${i})`, source: 'bench' }));
  }
  await Promise.all(pending);
  return sentAt;
}

export async function pushScenario(): Promise<ScenarioResult> {
  const service = forkTs('./fake-push-server.ts');
  const { host, certPath } = await ask<{ host: string; certPath: string }>(service, undefined, 'ready');
  const system = await startBenchSystem({
    // 10,500 browsers subscribe from 127.0.0.1 within seconds: the per-address limit would measure itself.
    env: { SIRENA_PUSH_ENDPOINT_HOSTS: host, NODE_EXTRA_CA_CERTS: certPath, SIRENA_PUSH_SUBSCRIBE_RATE_PER_MINUTE: '1000000' },
  });
  const fleet = new Fleet();
  try {
    // As `npm start` runs it: Web Push sending in a worker process of its own.
    system.workers.push(await startRole('worker', { ...system.env, SIRENA_WORKER_LANES: 'push' }));
    const api = system.api.url;
    // 10,000 browsers subscribe to Kyiv's air raids, severe and above.
    const { subscriptions } = await ask<{ subscriptions: unknown[] }>(service, { type: 'subscriptions', count: SUBSCRIPTIONS, prefix: 'b' }, 'subscriptions');
    const subscribeStarted = nowMs();
    for (let i = 0; i < subscriptions.length; i += 50) {
      await Promise.all(subscriptions.slice(i, i + 50).map((subscription) => post(`${api}/v1/push/subscriptions`, { subscription, topics: ['kyiv-air-raids'], minSeverity: 'severe' })));
    }
    const subscribeMs = nowMs() - subscribeStarted;
    const { subscriptions: warm } = await ask<{ subscriptions: unknown[] }>(service, { type: 'subscriptions', count: WARM_SUBSCRIPTIONS, prefix: 'w' }, 'subscriptions');
    for (let i = 0; i < warm.length; i += 50) {
      await Promise.all(warm.slice(i, i + 50).map((subscription) => post(`${api}/v1/push/subscriptions`, { subscription, topics: ['troops'] })));
    }
    await fleet.connect(system.gateways[0]!.url, SOCKETS, { topics: ['diplomacy'] });
    const run = `p${Date.now().toString(36)}`;
    // Warm-up: JIT, connections, and the push path itself (a severe alert to troops, pushed to the warm-up ones).
    await routineAlerts(api, `${run}-w`, () => false, 20);
    await post(`${api}/v1/updates`, { text: 'Russian troops shelled Kharkiv, dozens wounded', topics: ['troops'], severity: 'severe' });
    await waitUntil(async () => (await fleet.report()).receipts >= 20 * SOCKETS, 'warm-up alerts', 30_000);
    await waitUntil(async () => (await ask<PushReport>(service, { type: 'report' }, 'report')).received >= WARM_SUBSCRIPTIONS, 'warm-up pushes', 60_000);
    await sleep(1000);

    // Rounds of quiet (routine alerts alone) and busy (one extreme alert to every push subscription, and routine
    // alerts at the same rate until its last push landed), ending with a quiet one: each busy phase is compared with
    // the quiet phases either side of it, so the machine's drift over the run cancels out.
    const quietPhase = async (label: string) => {
      await fleet.report({ reset: true });
      const sentAt = await routineAlerts(api, `${run}-${label}`, () => false, QUIET_ALERTS);
      await waitUntil(async () => (await fleet.report()).receipts >= QUIET_ALERTS * SOCKETS, 'quiet receipts', 30_000).catch(() => undefined);
      const report = await fleet.report({ sentAt });
      return { latencies: report.latencies, missing: QUIET_ALERTS * SOCKETS - report.receipts };
    };
    const busyPhase = async (label: string, pushedBefore: number) => {
      await fleet.report({ reset: true });
      const extremeAt = nowMs();
      await post(`${api}/v1/updates`, { id: `${run}-${label}-extreme`, text: TEXTS.extreme, source: 'bench' });
      let pushed = await ask<PushReport>(service, { type: 'report' }, 'report');
      let done = false;
      const watcher = (async () => {
        while (!done && nowMs() - extremeAt < PUSH_DEADLINE_MS) {
          pushed = await ask<PushReport>(service, { type: 'report', since: extremeAt }, 'report');
          if (pushed.received - pushedBefore >= SUBSCRIPTIONS) break;
          await sleep(100);
        }
        done = true;
      })();
      const sentAt = await routineAlerts(api, `${run}-${label}`, (i) => done && i >= 10, (PUSH_DEADLINE_MS / 1000) * RATE);
      await watcher;
      await waitUntil(async () => (await fleet.report()).receipts >= sentAt.size * SOCKETS, 'busy receipts', 30_000).catch(() => undefined);
      const report = await fleet.report({ sentAt });
      return {
        latencies: report.latencies,
        missing: sentAt.size * SOCKETS - report.receipts,
        alerts: sentAt.size,
        pushed: pushed.received - pushedBefore,
        lastPushMs: pushed.lastAt - extremeAt,
        firstPushMs: pushed.firstAt - extremeAt,
        total: pushed,
      };
    };
    const p = (latencies: number[], q: number) => percentile(latencies, q);
    const quiets = [await quietPhase('q0')];
    const busies: Awaited<ReturnType<typeof busyPhase>>[] = [];
    for (let r = 0; r < ROUNDS; r += 1) {
      busies.push(await busyPhase(`b${r}`, WARM_SUBSCRIPTIONS + busies.reduce((n, b) => n + b.pushed, 0)));
      quiets.push(await quietPhase(`q${r + 1}`));
    }
    const rounds = busies.map((busy, r) => {
      const around = [...quiets[r]!.latencies, ...quiets[r + 1]!.latencies];
      return {
        busy: { p50: p(busy.latencies, 50), p99: p(busy.latencies, 99) },
        quiet: { p50: p(around, 50), p99: p(around, 99) },
        lastPushMs: busy.lastPushMs,
        firstPushMs: busy.firstPushMs,
        pushed: busy.pushed,
        alerts: busy.alerts,
      };
    });
    const last = busies[busies.length - 1]!.total;
    const sirena = {
      lastPushMs: round(median(rounds.map((r) => r.lastPushMs))),
      firstPushMs: round(median(rounds.map((r) => r.firstPushMs))),
      p50: round(median(rounds.map((r) => r.busy.p50))),
      p99: round(median(rounds.map((r) => r.busy.p99))),
    };
    const raw = { p50: round(median(rounds.map((r) => r.quiet.p50))), p99: round(median(rounds.map((r) => r.quiet.p99))) };
    const ratio = {
      p50: round(median(rounds.map((r) => r.busy.p50 / r.quiet.p50)), 2),
      p99: round(median(rounds.map((r) => r.busy.p99 / r.quiet.p99)), 2),
    };
    const missing = [...quiets, ...busies].reduce((n, phase) => n + phase.missing, 0);
    const everyOnce =
      rounds.every((r) => r.pushed === SUBSCRIPTIONS) &&
      last.distinct === SUBSCRIPTIONS + WARM_SUBSCRIPTIONS &&
      last.received === SUBSCRIPTIONS * ROUNDS + WARM_SUBSCRIPTIONS;
    return {
      scenario: 'push',
      metric: `1 extreme alert → ${SUBSCRIPTIONS} Web Push subscriptions (local HTTPS push service): ms to first/last push; ${SOCKETS} sockets' p50/p99 ms of routine alerts @${RATE}/s during the pushes ("raw": the same run without, before and after); median of ${ROUNDS} rounds`,
      sirena,
      raw,
      ratio,
      goal: 'every subscription pushed once per alert, none refused; socket p50 ≤ 1.1× and p99 ≤ 1.5× the same run without pushes',
      pass: everyOnce && last.rejected === 0 && missing === 0 && ratio.p50 <= 1.1 && ratio.p99 <= 1.5,
      notes: `rounds (last push ms; busy vs quiet p50/p99 ms): ${rounds.map((r) => `${round(r.lastPushMs)}; ${round(r.busy.p50)}/${round(r.busy.p99)} vs ${round(r.quiet.p50)}/${round(r.quiet.p99)} (${r.alerts} alerts)`).join(' | ')}; push requests ${last.requests}, refused ${last.rejected}, missing socket receipts ${missing}; subscribing ${SUBSCRIPTIONS} took ${round(subscribeMs / 1000)} s; cpu s ${JSON.stringify(system.cpu())}`,
    };
  } finally {
    await fleet.close();
    await system.stop();
    service.send({ type: 'close' });
  }
}
