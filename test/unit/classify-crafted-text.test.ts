// Crafted text: a valid update that repeats a short place name to the length limit costs about what an ordinary
// update of that length costs (it used to compare every place hit with every other: 40x on "UK" repeated).
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/classifier.js';
import { DEFAULT_TOPICS } from '../../src/classify/default-topics.js';
import { createIncidentMatcher } from '../../src/classify/incident-matcher.js';
import { readCorpus } from '../eval/metrics.js';
import { CRAFTED_TEXTS, ordinaryLongText, recentCandidates, updateCost } from '../helpers/crafted-texts.js';

// A regression guard, not the goal: the goal (3x) is benchmarked (`npm run bench classifier`), since a timed check
// on a shared 2-core machine swings with the load (one CI run saw 4x on one text). After the fix every crafted text
// costs 0.2-1.6x the ordinary one when the machine is quiet; before it, "UK" repeated cost 55x, "Kyiv" 18x.
const MOST_TIMES_ORDINARY = 8;

describe('the cost of a crafted update', () => {
  it('is at most a small multiple of an ordinary update of the same length', async () => {
    const corpus = await readCorpus();
    const parts = {
      classifier: createClassifier(DEFAULT_TOPICS),
      matcher: createIncidentMatcher({ windowMs: 6 * 3_600_000, topics: DEFAULT_TOPICS }),
      candidates: recentCandidates(corpus, Date.now()),
    };
    const ordinary = ordinaryLongText(corpus);
    // Warm-up: JIT, the candidates' features, the term memo.
    updateCost(parts, ordinary, 3);
    for (const text of Object.values(CRAFTED_TEXTS)) updateCost(parts, text, 1);

    const ordinaryMs = updateCost(parts, ordinary);
    const ratios = Object.fromEntries(Object.entries(CRAFTED_TEXTS).map(([name, text]) => [name, updateCost(parts, text) / ordinaryMs]));
    const tooCostly = Object.entries(ratios).filter(([, ratio]) => ratio > MOST_TIMES_ORDINARY);
    expect(tooCostly, `ordinary ${ordinaryMs.toFixed(1)} ms; ratios ${JSON.stringify(ratios)}`).toEqual([]);
  });

  it('classifies a repeated place as the place (the bound changes no result)', () => {
    const classifier = createClassifier(DEFAULT_TOPICS);
    const text = `Drone attack on Kyiv: explosions heard. ${'Kyiv-based analysts said. '.repeat(500)} Drones hit Kyiv again.`;
    const { topics } = classifier.classify({ text });
    expect(topics).toContain('kyiv-air-raids');
  });
});
