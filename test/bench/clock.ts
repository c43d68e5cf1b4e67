// The bench's clock: wall-clock milliseconds with sub-millisecond resolution, comparable across processes.
import { performance } from 'node:perf_hooks';

export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}
