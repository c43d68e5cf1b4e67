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

    // Each crafted text beside a fresh reading of the ordinary one; a ratio over the bound is read again (up to three
    // times, the least kept), since one reading can meet a GC pause or another process's burst. A real regression
    // (the 18-55x above) is over the bound every time.
    const ratios: Record<string, number> = {};
    for (let attempt = 0; attempt < 3; attempt++) {
      for (const [name, text] of Object.entries(CRAFTED_TEXTS)) {
        if ((ratios[name] ?? Number.POSITIVE_INFINITY) <= MOST_TIMES_ORDINARY) continue;
        const ratio = updateCost(parts, text) / updateCost(parts, ordinary);
        ratios[name] = Math.min(ratios[name] ?? Number.POSITIVE_INFINITY, ratio);
      }
    }
    const tooCostly = Object.entries(ratios).filter(([, ratio]) => ratio > MOST_TIMES_ORDINARY);
    expect(tooCostly, `ratios to an ordinary update ${JSON.stringify(ratios)}`).toEqual([]);
  });

  it('classifies a repeated place as the place (the bound changes no result)', () => {
    const classifier = createClassifier(DEFAULT_TOPICS);
    const text = `Drone attack on Kyiv: explosions heard. ${'Kyiv-based analysts said. '.repeat(500)} Drones hit Kyiv again.`;
    const { topics } = classifier.classify({ text });
    expect(topics).toContain('kyiv-air-raids');
  });
});
