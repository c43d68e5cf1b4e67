// Classifier throughput on one core: classify() over the labelled corpus, repeated, after a warm-up, as the roles
// run it (with the learned severity and topic checks, for the built-in topics) and with the rules alone; then what a
// crafted 20,000-character update (a short place name repeated) costs a worker against an ordinary one as long.
// The classifier is measured as the workers run it: src/classify bundled by esbuild without keepNames, as the roles'
// bundles are (classifier-bench-entry.ts), into node_modules/.cache/ at each run, so the figure is always of the
// current source.
// Run: npx tsx test/bench/classifier.bench.ts [seconds per run, default 2]
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageInfo } from '../../src/package-info.js';
import { CORPORA, EVAL_WINDOW_MS, readCorpus } from '../eval/metrics.js';
import { CRAFTED_TEXTS, ordinaryLongText, recentCandidates, updateCost } from '../helpers/crafted-texts.js';

type Measured = typeof import('./classifier-bench-entry.js');
type Classifier = ReturnType<Measured['createClassifier']>;
const bundled = `${packageInfo().root}/node_modules/.cache/sirena-bench/classifier.mjs`;
await build({
  entryPoints: [fileURLToPath(new URL('./classifier-bench-entry.ts', import.meta.url))],
  outfile: bundled,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { createClassifier, createIncidentMatcher, loadTopicsFile, trainChecksFromCorpora, createSeverityCheck, createTopicCheck, rulesKeyOf } =
  (await import(pathToFileURL(bundled).href)) as Measured;

const seconds = Number(process.argv[2] ?? 2);
const topicsFile = await loadTopicsFile(process.env.SIRENA_TOPICS_FILE);
const rulesOnly = createClassifier(topicsFile);
// The learned checks as the build trains them, for the built-in topics only (as test/eval/metrics.ts's learnedCheckFor).
const trained = trainChecksFromCorpora();
const ours = trained.severity.rulesKey === rulesKeyOf(topicsFile);
const severityCheck = ours ? createSeverityCheck(trained.severity) : undefined;
// The topic check shares the severity check's feature space, as the roles load them (role-runtime.ts).
const classifier = createClassifier(topicsFile, severityCheck ? { severityCheck, topicCheck: createTopicCheck(trained.topic, severityCheck.space) } : {});
const corpus = await readCorpus();
const updates = corpus.map(({ title, text, lang }) => ({ title, text, lang }));
const averageChars = updates.reduce((sum, update) => sum + update.text.length + (update.title?.length ?? 0), 0) / updates.length;

/** Classifies the corpus round after round for about `ms`; returns updates per second. */
function run(ms: number, classifier: Classifier): { updates: number; perSecond: number } {
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

run(1000, classifier); // warm-up: JIT and inline caches
run(1000, rulesOnly);
const runs = [1, 2, 3].map(() => run(seconds * 1000, classifier));
const rulesRuns = [1, 2, 3].map(() => run(seconds * 1000, rulesOnly));
console.log(`corpus: ${updates.length} updates, ${averageChars.toFixed(0)} characters on average\n`);
console.log(`${'run'.padEnd(6)}${'updates'.padStart(12)}${'updates/s'.padStart(14)}`);
runs.forEach((result, index) => console.log(`${String(index + 1).padEnd(6)}${String(result.updates).padStart(12)}${Math.round(result.perSecond).toLocaleString('en').padStart(14)}`));
const medianOf = (results: typeof runs) => [...results].sort((a, b) => a.perSecond - b.perSecond)[1]!.perSecond;
const median = medianOf(runs);
const rulesMedian = medianOf(rulesRuns);
console.log(`\nmedian ${Math.round(median).toLocaleString('en')} updates/s (${(1e6 / median).toFixed(1)} µs each)`);
console.log(`rules alone, without the learned checks: median ${Math.round(rulesMedian).toLocaleString('en')} updates/s`);

// The corpus above is 283 updates classified over and over, so every word's memo stays warm and the figure flatters.
// A worker sees a stream of texts it has not seen: every distinct text of every corpus (the probes, held-out and
// adversarial sets, longer and more varied than the corpus), each classified once per pass. The first pass meets
// every text for the first time (as a worker does); later passes show what a warm memo adds.
const seen = new Set<string>();
const varied: { title?: string | undefined; text: string; lang?: string | undefined }[] = [];
for (const { path } of CORPORA) {
  for (const { title, text, lang } of await readCorpus(path)) {
    const key = `${title ?? ''}\u0000${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    varied.push({ title, text, lang });
  }
}
const variedChars = varied.reduce((sum, update) => sum + update.text.length + (update.title?.length ?? 0), 0) / varied.length;
/** One pass over the varied texts, each once; returns updates per second. */
function pass(measured: Classifier): number {
  let sink = 0;
  const started = process.hrtime.bigint();
  for (const update of varied) sink += measured.classify(update).reasons.length;
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  if (sink < 0) console.log(sink);
  return varied.length / elapsed;
}
// The learned checks first, as the workers run: the term indexes' word memos are the process's, shared by every
// classifier of these topics, so only the first pass of the first run meets the texts cold. Rules alone after it
// are shown warm only.
const variedPasses = (measured: Classifier) => {
  const first = pass(measured);
  const warm = [pass(measured), pass(measured), pass(measured)].sort((a, b) => a - b)[1]!;
  return { first, warm };
};
const variedChecks = variedPasses(classifier);
const variedRules = variedPasses(rulesOnly);
console.log(`\nvaried: ${varied.length} distinct updates of every corpus, ${variedChars.toFixed(0)} characters on average`);
console.log(`with the learned checks: first pass ${Math.round(variedChecks.first).toLocaleString('en')} updates/s (every text new to the process), warm ${Math.round(variedChecks.warm).toLocaleString('en')}/s`);
console.log(`rules alone, warm: ${Math.round(variedRules.warm).toLocaleString('en')} updates/s`);

// Crafted against ordinary: classify + match against 100 candidates, as a worker does per update.
const parts = { classifier, matcher: createIncidentMatcher({ windowMs: EVAL_WINDOW_MS, topics: topicsFile }), candidates: recentCandidates(corpus, Date.now()) };
const ordinary = ordinaryLongText(corpus);
updateCost(parts, ordinary, 3);
const ordinaryMs = updateCost(parts, ordinary, 10);
console.log(`\n${'20,000-character update'.padEnd(28)}${'ms'.padStart(8)}${'x ordinary'.padStart(12)}`);
console.log(`${'ordinary (corpus reports)'.padEnd(28)}${ordinaryMs.toFixed(2).padStart(8)}${'1.00'.padStart(12)}`);
let worst = { name: '', ms: 0 };
for (const [name, text] of Object.entries(CRAFTED_TEXTS)) {
  updateCost(parts, text, 1);
  const ms = updateCost(parts, text, 10);
  if (ms > worst.ms) worst = { name, ms };
  console.log(`${name.padEnd(28)}${ms.toFixed(2).padStart(8)}${(ms / ordinaryMs).toFixed(2).padStart(12)}`);
}
const craftedRatio = Math.round((worst.ms / ordinaryMs) * 100) / 100;
console.log(`\nworst crafted (${worst.name}) ${craftedRatio}x an ordinary update`);
console.log(
  JSON.stringify({
    scenario: 'classifier',
    updatesPerSecond: Math.round(median),
    rulesOnlyUpdatesPerSecond: Math.round(rulesMedian),
    variedUpdates: varied.length,
    variedFirstPassPerSecond: Math.round(variedChecks.first),
    variedWarmPerSecond: Math.round(variedChecks.warm),
    variedRulesOnlyWarmPerSecond: Math.round(variedRules.warm),
    ordinaryMs: Math.round(ordinaryMs * 100) / 100,
    craftedMs: Math.round(worst.ms * 100) / 100,
    craftedRatio,
  }),
);
