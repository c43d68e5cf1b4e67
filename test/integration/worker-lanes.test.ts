// Worker lanes: a routine-only worker never takes an extreme alert; an urgent-only worker takes only those.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, postUpdate, startRole, startSystem, waitUntil, type RoleProcess, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
const extra: RoleProcess[] = [];
beforeAll(async () => {
  sys = await startSystem({ gateways: 1, workers: 0 });
});
afterAll(async () => {
  await Promise.all(extra.map((proc) => proc.stop()));
  await sys?.stop();
});

describe('SIRENA_WORKER_LANES', () => {
  it('splits routine and urgent work between the workers that serve each lane', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    await client.subscribe({ topics: ['kyiv-air-raids', 'diplomacy'] });
    const routine = await startRole('worker', { ...sys.env, SIRENA_WORKER_LANES: 'routine' });
    extra.push(routine);
    expect(routine.output.join('\n')).toContain('"lane":"routine"');
    expect(routine.output.join('\n')).not.toContain('"lane":"urgent"');
    // Batch work: every thread of a routine-only worker runs at a lower CPU priority (nice is field 19 of stat).
    const niceOf = (pid: number) =>
      readdirSync(`/proc/${pid}/task`).map((tid) => Number(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]));
    const threads = niceOf(routine.child.pid!);
    expect(threads.length).toBeGreaterThan(1);
    expect(new Set(threads)).toEqual(new Set([10]));

    await postUpdate(sys, { id: 'lane-x', text: 'Air-raid alert in Kyiv: ballistic missiles inbound, take shelter now' });
    await postUpdate(sys, { id: 'lane-r', text: 'Foreign ministers held talks in Ottawa' });
    await client.waitForAlerts(1);
    // The routine worker stored the routine update and left the extreme one queued for an urgent-lane worker.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(client.alerts.map((alert) => alert.id)).toEqual(['lane-r']);

    const urgent = await startRole('worker', { ...sys.env, SIRENA_WORKER_LANES: 'urgent' });
    extra.push(urgent);
    expect(new Set(niceOf(urgent.child.pid!))).toEqual(new Set([0]));
    await waitUntil(() => client.alerts.length >= 2, 'the extreme alert, once an urgent worker runs');
    expect(client.alerts.map((alert) => [alert.id, alert.severity])).toEqual([
      ['lane-r', 'minor'],
      ['lane-x', 'extreme'],
    ]);
    client.close();
  });
});

describe('with no worker on the urgent lane', () => {
  it('a routine worker stands in until an urgent-lane worker is back, so extreme alerts still go out', async () => {
    const lonely = await startSystem({ gateways: 1, workers: 0 });
    const procs: RoleProcess[] = [];
    try {
      const client = await connectClient(lonely.gateways[0]!.url);
      await client.subscribe({ topics: ['kyiv-air-raids'] });
      const routine = await startRole('worker', { ...lonely.env, SIRENA_WORKER_LANES: 'routine' });
      procs.push(routine);
      await postUpdate(lonely, { id: 'alone-x', text: 'Air-raid alert in Kyiv: ballistic missiles inbound, take shelter now' });
      // Two checks, two seconds apart, find no urgent-lane worker; then the routine worker serves the lane itself.
      const [alert] = await client.waitForAlerts(1, 15_000);
      expect(alert).toMatchObject({ id: 'alone-x', severity: 'extreme' });
      // The log line may reach us after the alert does (the two travel different pipes): wait for it, briefly.
      await routine.waitForLog('no worker serves the urgent lane', 5_000);

      procs.push(await startRole('worker', { ...lonely.env, SIRENA_WORKER_LANES: 'urgent' }));
      await waitUntil(
        () => routine.output.some((line) => line.includes('no longer serves the urgent lane')),
        'the routine worker to hand the urgent lane back',
        10_000,
      );
      client.close();
    } finally {
      await Promise.all(procs.map((proc) => proc.stop()));
      await lonely.stop();
    }
  });
});
