// Urgent work first within one worker process: routine jobs step aside while an extreme alert is being processed.

/**
 * Routine jobs share a worker process's one thread with urgent ones. While any urgent job runs, routine jobs wait
 * at their next checkpoint (between updates); and they hand the thread back every few milliseconds anyway, so
 * the urgent job's own Redis replies are not queued behind long stretches of routine matching.
 * @example
 * const gate = new UrgentGate();
 * await gate.urgent(() => processExtremeJob());      // urgent lane
 * for (const update of batch) { await gate.checkpoint(); match(update); }   // routine lane
 */
export class UrgentGate {
  private active = 0;
  private waiters: (() => void)[] = [];
  private sliceStarted = performance.now();
  private readonly sliceMs: number;

  /**
   * Whether routine work hands the thread back every slice: only worth it while an urgent lane runs in the process
   * (it costs a routine job its unbroken stretch).
   */
  slicing: boolean;

  /**
   * @param sliceMs - longest stretch of routine work between two yields of the thread
   * @param slicing - see {@link UrgentGate.slicing}
   */
  constructor(sliceMs = 2, slicing = true) {
    this.sliceMs = sliceMs;
    this.slicing = slicing;
  }

  /** Runs urgent work; routine work pauses at its checkpoints until no urgent work is left. */
  async urgent<T>(work: () => Promise<T>): Promise<T> {
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
      if (this.active === 0) {
        const waiters = this.waiters;
        this.waiters = [];
        for (const wake of waiters) wake();
      }
    }
  }

  /** True while urgent work runs. */
  get busy(): boolean {
    return this.active > 0;
  }

  /**
   * A routine job's checkpoint: resolves at once (synchronously, returning undefined) unless urgent work is running
   * or the thread has been busy for a slice; then it waits for the urgent work, or yields once to I/O.
   */
  checkpoint(): Promise<void> | undefined {
    if (this.active > 0) return new Promise((resolve) => this.waiters.push(resolve));
    if (!this.slicing) return undefined;
    const now = performance.now();
    if (now - this.sliceStarted < this.sliceMs) return undefined;
    return new Promise((resolve) =>
      setImmediate(() => {
        this.sliceStarted = performance.now();
        // Urgent work may have started meanwhile: wait for it too (a fresh slice starts either way).
        resolve(this.active > 0 ? new Promise<void>((wake) => this.waiters.push(wake)) : undefined);
      }),
    );
  }
}
