// Classifier throughput on one core: classify() over the labelled corpus, repeated, after a warm-up.
// Run: npx tsx test/bench/classifier.bench.ts [seconds per run, default 2]
import { createClassifier } from '../../src/classify/classifier.js';
import { loadTopicsFile } from '../../src/classify/topics-file.js';
import { readCorpus } from '../eval/metrics.js';

const seconds = Number(process.argv[2] ?? 2);
const classifier = createClassifier(await loadTopicsFile(process.env.SIRENA_TOPICS_FILE));
const updates = (await readCorpus()).map(({ title, text, lang }) => ({ title, text, lang }));
const averageChars = updates.reduce((sum, update) => sum + update.text.length + (update.title?.length ?? 0), 0) / updates.length;

/** Classifies the corpus round after round for about `ms`; returns updates per second. */
function run(ms: number): { updates: number; perSecond: number } {
  let count = 0;
  let sink = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(ms * 1e6));
  let now = started;
  while (now < deadline) {
    for (const update of updates) sink += classifier.classify(update).reasons.length;
    count += updates.length;
    now = process.hrtime.bigint();
  }
  if (sink < 0) console.log(sink); // keeps the work observable to the optimiser
  return { updates: count, perSecond: count / (Number(now - started) / 1e9) };
}

run(1000); // warm-up: JIT and inline caches
const runs = [1, 2, 3].map(() => run(seconds * 1000));
console.log(`corpus: ${updates.length} updates, ${averageChars.toFixed(0)} characters on average\n`);
console.log(`${'run'.padEnd(6)}${'updates'.padStart(12)}${'updates/s'.padStart(14)}`);
runs.forEach((result, index) => console.log(`${String(index + 1).padEnd(6)}${String(result.updates).padStart(12)}${Math.round(result.perSecond).toLocaleString('en').padStart(14)}`));
const median = [...runs].sort((a, b) => a.perSecond - b.perSecond)[1]!.perSecond;
console.log(`\nmedian ${Math.round(median).toLocaleString('en')} updates/s (${(1e6 / median).toFixed(1)} µs each)`);
console.log(JSON.stringify({ scenario: 'classifier', updatesPerSecond: Math.round(median) }));
