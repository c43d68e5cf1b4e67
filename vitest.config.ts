import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that run longest (each starts Redis topologies or a browser, and waits on failovers) go first, so that they
 * overlap with the many short files instead of running alone at the end.
 */
const LONGEST_FIRST = [
  'redis-cluster-failover.test.ts',
  'redis-sentinel.test.ts',
  'faults.test.ts',
  'console.test.ts',
  'lifecycle.test.ts',
  'redis-cluster.test.ts',
];

/**
 * Seconds each file took in two measured runs (`test/file-seconds.json`, from vitest's own `results.json`): the rest
 * run longest first by it, on a fresh clone as on a machine with vitest's cache. Without it a fresh clone ordered them
 * by file size, and the suite took 326 s against 269 s (CPU 560 s against 471 s: the long fault tests then ran beside
 * each other and beside heavy files, and paid for it in retries and reconnects). A file missing from the table (a new
 * one) goes first, as vitest runs unknown files first.
 */
const FILE_SECONDS: Record<string, number> = JSON.parse(readFileSync(new URL('./test/file-seconds.json', import.meta.url), 'utf8'));

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.indexOf(basename(file.moduleId));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    const seconds = (file: TestSpecification) => FILE_SECONDS[relative(file.project.config.root, file.moduleId).split('\\').join('/')] ?? Number.POSITIVE_INFINITY;
    const sorted = await super.sort(files);
    return sorted
      .map((file, index) => ({ file, index }))
      .sort((a, b) => rank(a.file) - rank(b.file) || seconds(b.file) - seconds(a.file) || a.index - b.index)
      .map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Worker threads, not forks: a file's worker starts without a new Node process (the roles under test are real
    // processes either way). The suite passed whole on both; threads used ~15 s less CPU on this 2-core machine.
    pool: 'threads',
    // Files in one worker share its module cache instead of loading src again each (the classifier's tables, and the
    // learned checks trained once per worker, not once per file that evaluates): the whole suite passed the same,
    // imports 60 s → 36 s of the files' summed time, the suite's duration 298 s → 270 s on a 2-core machine. No file
    // sets module state another reads; the roles under test are separate processes.
    isolate: false,
    // 2 cores: integration files start several processes each.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
  },
});
