// Texts crafted to make classification costly (a short name repeated to the length limit), and what one update
// costs a worker: shared by the unit test that bounds the cost and the classifier bench that reports it.
import type { Classifier } from '../../src/classify/classifier.js';
import type { IncidentCandidate, IncidentMatcher } from '../../src/classify/incident-matcher.js';
import { MAX_TEXT_LENGTH } from '../../src/core/update.js';
import { titleFromText } from '../../src/queue/update-processor.js';

/** `unit` repeated up to the text limit. */
const repeated = (unit: string) => unit.repeat(Math.floor(MAX_TEXT_LENGTH / unit.length)).trim();

/**
 * Valid 20,000-character updates that give thousands of hits of one kind: place names (each compared with every
 * other before), a place inside its negative context, a term beside a place, a multi-word name.
 */
export const CRAFTED_TEXTS: Readonly<Record<string, string>> = {
  'Kyiv repeated': repeated('Kyiv '),
  'UK repeated': repeated('UK '),
  'Києві repeated': repeated('Києві '),
  'Kyiv-based repeated': repeated('Kyiv-based '),
  'drone Kyiv repeated': repeated('drone Kyiv '),
  'the capital repeated': repeated('the capital '),
  'Kyiv region repeated': repeated('Kyiv region Kyiv '),
  // The scopes (cue-scopes.ts): conditionals, negations, names and quoted names, figures of speech, each a marker
  // beside a cue thousands of times.
  'if alert Kyiv repeated': repeated('if air raid alert in Kyiv, '),
  'no alert Kyiv repeated': repeated('no air raid alert in Kyiv '),
  'тривоги немає repeated': repeated('у Києві тривоги немає '),
  'Kyiv Post repeated': repeated('Kyiv Post drone show '),
  'quoted name repeated': repeated('кафе «Київ» '),
  'barrage of questions repeated': repeated('a barrage of questions Kyiv '),
  // Standing rules, advice and questions, "during an alert" beside places, quotations called a scam.
  'what to do? advice repeated': repeated('що робити під час тривоги? радимо, '),
  'during every alert repeated': repeated('під час кожної тривоги, радимо, '),
  'whenever repeated': repeated('whenever it rains, '),
  'place, during an alert repeated': repeated('Львів. Під час тривоги пишемо. '),
  'scam quote repeated': repeated('Шахраї: «Ракетна небезпека». '),
};

/** An ordinary text as long as the crafted ones: labelled reports one after another. */
export function ordinaryLongText(corpus: readonly { text: string }[]): string {
  let text = '';
  for (let i = 0; text.length < MAX_TEXT_LENGTH - 500; i++) text += `${corpus[i % corpus.length]!.text} `;
  return text.slice(0, MAX_TEXT_LENGTH).trim();
}

/** Incident candidates as a worker holds them: 100 recent reports on every topic, in ten incidents. */
export function recentCandidates(corpus: readonly { title?: string | undefined; text: string }[], now: number): IncidentCandidate[] {
  return corpus.slice(0, 100).map((update, i) => ({
    id: `c${i}`,
    incidentId: `i${i % 10}`,
    topics: ['kyiv-air-raids', 'diplomacy', 'troops', 'general'],
    title: update.title ?? titleFromText(update.text),
    text: update.text,
    publishedAt: new Date(now - i * 60_000).toISOString(),
  }));
}

/**
 * Milliseconds one update costs a worker (classify, then match against the candidates), the least of `rounds`
 * runs (the least is what the work costs; the rest is the machine's other load). Each run's text is new, so no
 * memo answers it.
 */
export function updateCost(
  parts: { classifier: Classifier; matcher: IncidentMatcher; candidates: readonly IncidentCandidate[] },
  text: string,
  rounds = 5,
): number {
  let least = Number.POSITIVE_INFINITY;
  const publishedAt = new Date().toISOString();
  for (let round = 0; round < rounds; round++) {
    const unique = `${text.slice(0, MAX_TEXT_LENGTH - 12)} ${Math.random().toString(36).slice(2, 10)}`;
    const started = performance.now();
    const { topics } = parts.classifier.classify({ text: unique });
    parts.matcher.match({ topics, title: titleFromText(unique), text: unique, publishedAt }, parts.candidates);
    least = Math.min(least, performance.now() - started);
  }
  return least;
}
