// Regression guard: the classifier's figures on each corpus (labelled, held-out) never fall below the committed baseline.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS } from '../../src/classify/default-topics.js';
import { BASELINE_PATH, CORPORA, evaluate, figuresOf, regressions, type Figures } from '../eval/metrics.js';

describe('classifier on the evaluation corpora', () => {
  it.each(CORPORA)('matches or beats every figure in test/fixtures/eval-baseline.json on the $name corpus', async ({ name, path }) => {
    const baseline = (JSON.parse(await readFile(BASELINE_PATH, 'utf8')) as Record<string, Figures>)[name];
    expect(baseline, `eval-baseline.json has no "${name}" figures`).toBeDefined();
    const { result } = await evaluate(path, DEFAULT_TOPICS);
    expect(regressions(figuresOf(result), baseline!)).toEqual([]);
  });
});
