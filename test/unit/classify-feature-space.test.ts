// The learned checks' features as numbers (src/classify/feature-space.ts): an update's encoding is the features
// severityFeatures names that the model knows, each once, in the same order, so the checks score exactly what they
// were trained on.
import { describe, expect, it } from 'vitest';
import { createFeatureSpace, featureSpaceFor, sumRows } from '../../src/classify/feature-space.js';
import { createSeverityCheck, encodeDecision, severityFeatures, type SeverityDecision } from '../../src/classify/severity-check.js';
import { createTopicCheck } from '../../src/classify/topic-check.js';
import { tokenize } from '../../src/classify/term-index.js';
import { readTrainingCorpus, TRAINING_CORPORA } from '../../src/classify/train-severity-check.js';
import { packageInfo } from '../../src/package-info.js';
import { join } from 'node:path';
import { trainedModels } from '../eval/metrics.js';

const decisionOf = (text: string, topics: string[] = ['kyiv-air-raids']): SeverityDecision => ({
  tokenized: tokenize(text),
  decidedBy: 'statement',
  severity: 'minor',
  topics,
});

describe('the feature space of a learned check', () => {
  it('encodes the named features it knows, each once, in the order they are named', () => {
    // A small model: two stems, a pair of them, a pair across a break that must not be read, the rule and a topic.
    const names = ['bias', 'w:вибухи', 'w:київ', 'b:вибухи_київ', 'b:київ_вибухи', 'rule:statement', 'topic:diplomacy', 'w:тривог'];
    const space = createFeatureSpace(names);
    const ids = encodeDecision(space, decisionOf('Вибухи у Київ. Київ: вибухи, тривога! Вибухи. Київ', ['diplomacy']));
    // w:вибухи, w:київ, b:київ_вибухи (across a colon: the same sentence), w:тривог (тривога's stem), then rule, topic,
    // bias; never b:вибухи_київ: a word ("у") or a break ("Вибухи. Київ") stands between them each time.
    expect(ids.map((id) => names[id])).toEqual(['w:вибухи', 'w:київ', 'b:київ_вибухи', 'w:тривог', 'rule:statement', 'topic:diplomacy', 'bias']);
    expect(space.idOf('b:київ_вибухи')).toBe(4);
    expect(space.idOf('w:unknown')).toBeUndefined();
  });

  it('matches the named features of every update of the tuning corpora, and their scores to the last bit', () => {
    const { severity } = trainedModels();
    const names = Object.keys(severity.weights);
    const space = createFeatureSpace(names);
    const table = space.table(severity.weights, 5);
    const known = new Set(names);
    const root = packageInfo().root;
    let compared = 0;
    for (const path of TRAINING_CORPORA) {
      for (const update of readTrainingCorpus(join(root, path))) {
        const decision = decisionOf(update.text, update.topics ?? []);
        const named = [...severityFeatures(decision).keys()].filter((name) => known.has(name));
        const ids = encodeDecision(space, decision);
        expect(ids.map((id) => names[id])).toEqual(named);
        // The score by names, summed in their order as the checks did before they read numbers.
        const byNames = new Float64Array(5);
        for (const name of named) severity.weights[name]!.forEach((weight, at) => (byNames[at]! += weight));
        expect([...sumRows(ids, table, 5)]).toEqual([...byNames]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(8000);
  });

  it('gives a model weights to rows of its table (zero for a feature of the space it has not), and refuses a feature not in the space', () => {
    const space = createFeatureSpace(['bias', 'w:київ']);
    expect([...space.table({ bias: [1, 2], 'w:київ': [3, 4] }, 2)]).toEqual([1, 2, 3, 4]);
    expect(() => space.table({ 'w:other': [9, 9] }, 2)).toThrow(/not in this feature space/);
    expect([...space.table({ 'w:київ': [3, 4] }, 2)]).toEqual([0, 0, 3, 4]);
  });

  it('is shared by a second model with the same features only, and reads an update once for both', () => {
    const space = featureSpaceFor({ bias: [0], 'w:київ': [1] });
    expect(featureSpaceFor({ 'w:київ': [2, 3], bias: [4, 5] }, space)).toBe(space);
    expect(featureSpaceFor({ 'w:київ': [2] }, space)).not.toBe(space);
    expect(featureSpaceFor({ bias: [0], 'w:київ': [1], 'w:тривог': [2] }, space)).not.toBe(space);
    const decision = decisionOf('Київ');
    const first = encodeDecision(space, decision);
    expect(encodeDecision(space, { ...decision })).toBe(first);
    // Other words, or other extras (the topic check reads the decision with the same ones), are read again.
    expect(encodeDecision(space, decisionOf('Київ'))).not.toBe(first);
    expect(encodeDecision(space, decisionOf('Київ'))).toEqual(first);
    const again = decisionOf('Київ');
    expect(encodeDecision(space, { ...again, decidedBy: 'other' })).toEqual(first);
    expect(encodeDecision(space, { ...again, decidedBy: 'other' })).toBe(encodeDecision(space, { ...again, decidedBy: 'other' }));
    expect(encodeDecision(space, { tokenized: again.tokenized, decidedBy: 'x', severity: 'minor', topics: [] })).toEqual(first);
    expect(encodeDecision(space, decisionOf('Тривога'))).toEqual([0]);
    // The same words with another rule: read again, not the last reading.
    const rules = createFeatureSpace(['w:київ', 'rule:a', 'rule:b']);
    const words = decisionOf('Київ');
    expect(encodeDecision(rules, { ...words, decidedBy: 'a' })).toEqual([0, 1]);
    expect(encodeDecision(rules, { ...words, decidedBy: 'b' })).toEqual([0, 2]);
  });

  it('gives the topic check the same answers in the severity check\'s space as in its own', () => {
    const { severity, topic } = trainedModels();
    const shared = createTopicCheck(topic, createSeverityCheck(severity).space);
    const own = createTopicCheck(topic);
    const root = packageInfo().root;
    const context = { finalSeverity: 'minor' as const, fallback: 'general', unplaced: [] };
    let changed = 0;
    for (const update of readTrainingCorpus(join(root, TRAINING_CORPORA[1]!)).slice(0, 1500)) {
      // With topics the rules might have given wrongly, so the check adds and takes away.
      const decision = decisionOf(update.text, ['troops']);
      const answer = own.review(decision, context, true);
      expect(shared.review(decision, context, true)).toEqual(answer);
      if (answer) changed++;
    }
    expect(changed).toBeGreaterThan(10);
  });
});
