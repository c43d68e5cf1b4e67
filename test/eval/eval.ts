// `npm run eval`: classifier and incident threading against the labelled corpus.
// Flags: --errors lists every wrong update with its reasons; --write-baseline stores the figures as the baseline.
import { writeFile } from 'node:fs/promises';
import { createClassifier } from '../../src/classify/classifier.js';
import { createIncidentMatcher } from '../../src/classify/incident-matcher.js';
import { loadTopicsFile } from '../../src/classify/topics-file.js';
import { SEVERITIES } from '../../src/core/severity.js';
import { BASELINE_PATH, figuresOf, predict, readCorpus, score } from './metrics.js';

/** The worker's default threading window (SIRENA_INCIDENT_WINDOW_SECONDS). */
const WINDOW_MS = 21_600 * 1000;

const args = new Set(process.argv.slice(2));
const topics = await loadTopicsFile(process.env.SIRENA_TOPICS_FILE);
const classifier = createClassifier(topics);
const corpus = await readCorpus();
const predictions = predict(corpus, classifier, createIncidentMatcher({ windowMs: WINDOW_MS, topics }));
const result = score(corpus, predictions, classifier.topics.map((topic) => topic.id));

const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
console.log(`corpus: ${result.count} updates\n`);
console.log(`${'topic'.padEnd(18)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(8)}${'support'.padStart(9)}`);
for (const [id, figures] of [...Object.entries(result.topics.perTopic), ['micro', result.topics.micro] as const]) {
  console.log(`${id.padEnd(18)}${pct(figures.precision).padStart(10)}${pct(figures.recall).padStart(8)}${pct(figures.f1).padStart(8)}${String(figures.support).padStart(9)}`);
}
console.log(`\nseverity exact ${pct(result.severity.exact)}, within one level ${pct(result.severity.withinOne)}`);
console.log(`confusion (rows gold, columns predicted):\n${''.padEnd(10)}${SEVERITIES.map((s) => s.padStart(9)).join('')}`);
result.severity.confusion.forEach((row, index) => {
  console.log(`${SEVERITIES[index]!.padEnd(10)}${row.map((count) => String(count).padStart(9)).join('')}`);
});
const incidents = result.incidents;
console.log(
  `\nincident pairs: precision ${pct(incidents.precision)}, recall ${pct(incidents.recall)}, F1 ${pct(incidents.f1)}` +
    ` (${incidents.predictedPairs} predicted, ${incidents.goldPairs} gold)`,
);

if (args.has('--errors')) {
  const gold = new Map(corpus.map((update) => [update.id, update]));
  console.log('\nerrors:');
  for (const prediction of predictions) {
    const update = gold.get(prediction.id)!;
    const topicsWrong = [...update.topics].sort().join(',') !== [...prediction.topics].sort().join(',');
    const severityWrong = update.severity !== prediction.severity;
    if (!topicsWrong && !severityWrong) continue;
    console.log(`- ${update.id} gold ${update.topics.join(',')}/${update.severity} got ${prediction.topics.join(',')}/${prediction.severity}`);
    console.log(`  ${update.title ? `${update.title} | ` : ''}${update.text}`);
    for (const reason of prediction.reasons) console.log(`    ${reason}`);
  }
}

const figures = figuresOf(result);
if (args.has('--write-baseline')) {
  await writeFile(BASELINE_PATH, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nbaseline written to ${BASELINE_PATH.pathname}`);
}
console.log(JSON.stringify({ scenario: 'classifier-eval', ...figures }));
