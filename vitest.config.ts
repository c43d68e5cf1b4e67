import { basename } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that run longest (each starts Redis topologies or a browser, and waits on failovers) go first, so that they
 * overlap with the many short files instead of running alone at the end: on a fresh clone vitest has no timings and
 * orders by file size, which put the Sentinel and Cluster failover tests last. The rest keep vitest's order.
 */
const LONGEST_FIRST = [
  'redis-cluster-failover.test.ts',
  'redis-sentinel.test.ts',
  'faults.test.ts',
  'console.test.ts',
  'lifecycle.test.ts',
  'redis-cluster.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.indexOf(basename(file.moduleId));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    const sorted = await super.sort(files);
    return sorted.map((file, index) => ({ file, index })).sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index).map(({ file }) => file);
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
    // 2 cores: integration files start several processes each.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
  },
});
