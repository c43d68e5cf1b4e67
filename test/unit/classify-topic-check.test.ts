// The learned topic check (src/classify/topic-check.ts): trained from the tuning corpora, it may add a topic the rules
// did not give or take one away, tells why, never touches an extreme alert or a publisher's topics, never takes Kyiv's
// air-raid topic away, and stays off for rules it was not trained beside.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/classifier.js';
import { DEFAULT_TOPICS, DEFAULT_TOPICS_INPUT } from '../../src/classify/default-topics.js';
import { rulesKeyOf } from '../../src/classify/severity-check.js';
import { tokenize } from '../../src/classify/term-index.js';
import { createTopicCheck, TOPIC_CHECK_FORMAT, TOPIC_TRAINING, trainTopicCheck, type TopicCheckModel, type TopicReviewer } from '../../src/classify/topic-check.js';
import { parseTopicsFile } from '../../src/classify/topics-file.js';
import { loadTopicCheck, readTrainingCorpus, TRAINING_CORPORA } from '../../src/classify/train-severity-check.js';
import { trainedModels } from '../eval/metrics.js';
import type { Severity } from '../../src/core/severity.js';
import { packageInfo } from '../../src/package-info.js';

// Trained once per vitest worker (shared with the eval's and the severity check's files), as the build trains it.
const { topic: model } = trainedModels();
const TOPICS = ['kyiv-air-raids', 'diplomacy', 'troops'];

/** A model whose only feature is the bias: every update gets these probabilities for the three topics. */
function constantModel(p: Record<string, number>): TopicCheckModel {
  const logit = (q: number) => Math.log(q / (1 - q));
  return {
    format: TOPIC_CHECK_FORMAT,
    rulesKey: rulesKeyOf(DEFAULT_TOPICS),
    topics: TOPICS,
    addThreshold: TOPIC_TRAINING.addThreshold,
    removeThreshold: TOPIC_TRAINING.removeThreshold,
    trainedOn: 1,
    weights: { bias: TOPICS.map((topic) => logit(p[topic] ?? 0.5)) },
  };
}

/** Asks the check about an update the rules put under `topics` at `severity`. */
const ask = (check: TopicReviewer, topics: string[], severity: Severity, explain = false, unplaced: string[] = []) =>
  check.review({ tokenized: tokenize('Something happened in Kyiv today.'), decidedBy: 'none', severity, topics }, { finalSeverity: severity, fallback: 'general', unplaced }, explain);

describe('the learned topic check', () => {
  it('is trained from the tuning corpora only, the same way every time, for every topic but the fallback', () => {
    const root = packageInfo().root;
    const count = TRAINING_CORPORA.reduce((sum, path) => sum + readTrainingCorpus(join(root, path)).length, 0);
    expect(model).toMatchObject({ format: TOPIC_CHECK_FORMAT, rulesKey: rulesKeyOf(DEFAULT_TOPICS), trainedOn: count, topics: TOPICS });
    expect(model).toMatchObject({ addThreshold: 0.75, removeThreshold: 0.25 });
    const examples = [
      { features: ['bias', 'w:посол'], topics: ['diplomacy'] },
      { features: ['bias', 'w:бригад'], topics: ['troops'] },
      { features: ['bias', 'w:посол', 'w:бригад'], topics: ['diplomacy', 'troops'] },
    ];
    expect(trainTopicCheck(examples, TOPICS, 'k').weights).toEqual(trainTopicCheck(examples, TOPICS, 'k').weights);
  });

  it('adds a topic it is sure of, takes away one it is sure against, and says so with its confidence', () => {
    const check = createTopicCheck(constantModel({ diplomacy: 0.9, troops: 0.1 }));
    const reviewed = ask(check, ['troops'], 'moderate', true);
    expect(reviewed?.topics).toEqual(['diplomacy']);
    expect(reviewed?.reasons).toEqual([
      'topic diplomacy: learned topic check (p 0.90)',
      'topic troops: taken away by the learned topic check (p 0.10)',
    ]);
    // The fallback goes once a topic is added; an update left with none goes under it.
    expect(ask(check, ['general'], 'minor', false)?.topics).toEqual(['diplomacy']);
    const againstAll = createTopicCheck(constantModel({ 'kyiv-air-raids': 0.1, diplomacy: 0.1, troops: 0.1 }));
    expect(ask(againstAll, ['troops'], 'moderate', false)?.topics).toEqual(['general']);
    // Unsure either way: the rules' topics stand.
    expect(ask(createTopicCheck(constantModel({})), ['troops'], 'moderate', true)).toBeUndefined();
  });

  it('never touches an extreme alert, nor takes Kyiv\'s air-raid topic away', () => {
    const against = createTopicCheck(constantModel({ 'kyiv-air-raids': 0.01, diplomacy: 0.99 }));
    expect(ask(against, ['kyiv-air-raids'], 'extreme', true)).toBeUndefined();
    expect(ask(against, ['general'], 'extreme', true)).toBeUndefined();
    expect(ask(against, ['kyiv-air-raids'], 'severe', false)?.topics).toEqual(['kyiv-air-raids', 'diplomacy']);
    expect(ask(against, ['kyiv-air-raids'], 'moderate', false)?.topics).toEqual(['kyiv-air-raids', 'diplomacy']);
    expect(ask(createTopicCheck(constantModel({ 'kyiv-air-raids': 0.01 })), ['kyiv-air-raids'], 'minor', false)).toBeUndefined();
  });

  it('never adds a place-bound topic to an update that names none of its places', () => {
    const forKyiv = createTopicCheck(constantModel({ 'kyiv-air-raids': 0.99 }));
    expect(ask(forKyiv, ['general'], 'minor', false)?.topics).toEqual(['kyiv-air-raids']);
    expect(ask(forKyiv, ['general'], 'minor', false, ['kyiv-air-raids'])).toBeUndefined();
    const classifier = createClassifier(DEFAULT_TOPICS, { topicCheck: forKyiv });
    expect(classifier.classify({ text: 'Відбій тривоги на Житомирщині.' }).topics).not.toContain('kyiv-air-raids');
    expect(classifier.classify({ text: 'Klitschko opened a new library in Obolon.', severity: 'minor' }).topics).toContain('kyiv-air-raids');
  });

  it("never adds Kyiv's air raids to an update left at unknown (no war news goes under the fallback)", () => {
    const classifier = createClassifier(DEFAULT_TOPICS, { topicCheck: createTopicCheck(constantModel({ 'kyiv-air-raids': 0.99, diplomacy: 0.01, troops: 0.01 })) });
    const result = classifier.classify({ text: 'Klitschko opened a new library in Obolon.' });
    expect(result).toMatchObject({ topics: ['general'], severity: 'unknown' });
    expect(result.reasons.join(' | ')).not.toMatch(/learned topic check/);
  });

  it('in the classifier: last, not over a publisher\'s topics, and never on a live threat', () => {
    const classifier = createClassifier(DEFAULT_TOPICS, { topicCheck: createTopicCheck(constantModel({ 'kyiv-air-raids': 0.01, diplomacy: 0.99, troops: 0.01 })) });
    const live = 'Ballistic missiles are heading for Kyiv, take shelter now!';
    expect(classifier.classify({ text: live })).toMatchObject({ topics: ['kyiv-air-raids'], severity: 'extreme' });
    const statement = classifier.classify({ text: 'Ukraine will get 40 more howitzers this year, the defence ministry said.' });
    expect(statement.topics).toEqual(['diplomacy']);
    expect(statement.reasons.at(-1)).toMatch(/^topic troops: taken away by the learned topic check \(p 0\.01/);
    const named = classifier.classify({ text: 'Ukraine will get 40 more howitzers this year.', topics: ['troops'] });
    expect(named.topics).toContain('troops');
    expect(named.reasons.join(' | ')).not.toMatch(/learned topic check/);
  });

  it('in a digest of three sentences, keeps a topic on two words or more unless its own sentences read alone lose it too', () => {
    // Against troops wherever Kyiv is named, for it beside a brigade: the whole digest reads against, its own sentences for.
    const logit = (q: number) => Math.log(q / (1 - q));
    const leaning: TopicCheckModel = {
      ...constantModel({ 'kyiv-air-raids': 0.5, diplomacy: 0.5, troops: 0.5 }),
      weights: { bias: [0, 0, 0], 'w:kyiv': [0, 0, -12], 'w:brigad': [0, 0, logit(0.9)] },
    };
    const classifier = createClassifier(DEFAULT_TOPICS, { topicCheck: createTopicCheck(leaning) });
    const digest =
      'A new brigade finished its training and moved to the front near Lyman. Another brigade repelled assaults near Pokrovsk. In Kyiv, debris damaged a warehouse overnight.';
    const kept = classifier.classify({ text: digest });
    expect(kept.topics, kept.reasons.join(' | ')).toEqual(['kyiv-air-raids', 'troops']);
    // Two sentences are no digest: the whole update decides.
    const short = classifier.classify({ text: 'A new brigade finished its training and moved to the front near Lyman. In Kyiv, debris damaged a warehouse overnight.' });
    expect(short.topics, short.reasons.join(' | ')).toEqual(['kyiv-air-raids']);
  });

  it('as trained: files a drill of repelling drones under troops, a bakers\' "summit" under general', () => {
    const classifier = createClassifier(DEFAULT_TOPICS, { topicCheck: createTopicCheck(model) });
    const rules = createClassifier(DEFAULT_TOPICS);
    for (const text of ['На Контрактовій площі пройшов «саміт» пекарів: сорок пекарень ділилися рецептами закваски.']) {
      expect(rules.classify({ text }).topics).toEqual(['diplomacy']);
      const { topics, reasons } = classifier.classify({ text });
      expect(topics, reasons.join(' | ')).toEqual(['general']);
      expect(reasons.join(' | ')).toMatch(/topic diplomacy: taken away by the learned topic check \(p 0\.\d\d; words that weighed most: /);
    }
  });

  it('loads only a model trained beside the same rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sirena-topic-check-'));
    const path = join(dir, 'topic-check.json');
    expect(loadTopicCheck(DEFAULT_TOPICS, path)).toMatchObject({ check: undefined, why: expect.stringMatching(/^no model at/) });
    writeFileSync(path, '{"format":"something else"}');
    expect(loadTopicCheck(DEFAULT_TOPICS, path)).toMatchObject({ check: undefined, why: expect.stringMatching(/is not a topic-check model/) });
    writeFileSync(path, JSON.stringify(model));
    expect(loadTopicCheck(DEFAULT_TOPICS, path)).toMatchObject({ trainedOn: model.trainedOn });
    const own = parseTopicsFile({ ...DEFAULT_TOPICS_INPUT, topics: DEFAULT_TOPICS_INPUT.topics.map((topic, at) => (at === 0 ? { ...topic, name: 'Kyiv' } : topic)) }, 'test');
    expect(loadTopicCheck(own, path)).toMatchObject({ check: undefined, why: expect.stringMatching(/trained beside other rules/) });
  });
});
