// Regression guard: the classifier's figures on the labelled corpus never fall below the committed baseline.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/classifier.js';
import { DEFAULT_TOPICS } from '../../src/classify/default-topics.js';
import { createIncidentMatcher } from '../../src/classify/incident-matcher.js';
import { BASELINE_PATH, figuresOf, predict, readCorpus, regressions, score, type Figures } from '../eval/metrics.js';

describe('classifier on the labelled corpus', () => {
  it('matches or beats every figure in test/fixtures/eval-baseline.json', async () => {
    const baseline = JSON.parse(await readFile(BASELINE_PATH, 'utf8')) as Figures;
    const classifier = createClassifier(DEFAULT_TOPICS);
    const corpus = await readCorpus();
    const predictions = predict(corpus, classifier, createIncidentMatcher({ windowMs: 21_600_000, topics: DEFAULT_TOPICS }));
    const figures = figuresOf(score(corpus, predictions, classifier.topics.map((topic) => topic.id)));
    expect(regressions(figures, baseline)).toEqual([]);
  });
});
