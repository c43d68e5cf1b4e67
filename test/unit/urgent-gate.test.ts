// UrgentGate: routine work waits at its checkpoints while urgent work runs, and hands the thread back in slices.
import { describe, expect, it } from 'vitest';
import { UrgentGate } from '../../src/queue/urgent-gate.js';

describe('UrgentGate', () => {
  it('lets routine work through at once when nothing urgent runs and the slice is not used up', () => {
    const gate = new UrgentGate(1_000);
    expect(gate.checkpoint()).toBeUndefined();
    expect(gate.busy).toBe(false);
  });

  it('holds routine work at its checkpoint until all urgent work is done', async () => {
    const gate = new UrgentGate(1_000);
    const order: string[] = [];
    let finishFirst!: () => void;
    let finishSecond!: () => void;
    const first = gate.urgent(() => new Promise<void>((resolve) => (finishFirst = resolve)).then(() => order.push('urgent 1')));
    const second = gate.urgent(() => new Promise<void>((resolve) => (finishSecond = resolve)).then(() => order.push('urgent 2')));
    expect(gate.busy).toBe(true);
    const routine = gate.checkpoint()!.then(() => order.push('routine'));
    finishFirst();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['urgent 1']);
    finishSecond();
    await Promise.all([second, routine]);
    expect(order).toEqual(['urgent 1', 'urgent 2', 'routine']);
    expect(gate.busy).toBe(false);
  });

  it('releases waiting routine work when urgent work fails', async () => {
    const gate = new UrgentGate(1_000);
    const failing = gate.urgent(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('boom');
    });
    const routine = gate.checkpoint();
    await expect(failing).rejects.toThrow('boom');
    await expect(routine).resolves.toBeUndefined();
  });

  it('yields to I/O once a slice of routine work is used up', async () => {
    const gate = new UrgentGate(0);
    let ioRan = false;
    setImmediate(() => (ioRan = true));
    const wait = gate.checkpoint();
    expect(wait).toBeInstanceOf(Promise);
    await wait;
    expect(ioRan).toBe(true);
  });

  it('without slicing, routine work never yields on its own, but still waits for urgent work', async () => {
    const gate = new UrgentGate(0, false);
    expect(gate.checkpoint()).toBeUndefined();
    let release!: () => void;
    const urgent = gate.urgent(() => new Promise<void>((resolve) => (release = resolve)));
    const wait = gate.checkpoint();
    expect(wait).toBeInstanceOf(Promise);
    release();
    await Promise.all([urgent, wait]);
    gate.slicing = true;
    expect(gate.checkpoint()).toBeInstanceOf(Promise);
  });
});
