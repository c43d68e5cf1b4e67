// `npm run eval`: classifier and incident threading against each corpus of CORPORA apart (labelled, held-out sets,
// adversarial traps). Flags: --errors lists every wrong update of the tuning corpora (labelled, dev) with its reasons (never of the
// held-out or adversarial ones: they are not for tuning, only their aggregate figures are printed);
// --write-baseline stores the figures of all as the baseline; --rules-only scores the rules without the learned
// severity check.
import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { loadTopicsFile } from '../../src/classify/topics-file.js';
import { SEVERITIES, severityRank } from '../../src/core/severity.js';
import { BASELINE_PATH, CORPORA, evaluate, figuresOf, type EvalResult, type Figures, type LabelledUpdate } from './metrics.js';

const argv = process.argv.slice(2);
const args = new Set(argv);
// --file <jsonl>: that corpus alone, e.g. the alerts editors corrected (`sirena corrections --jsonl`).
const file = argv.includes('--file') ? argv[argv.indexOf('--file') + 1] : undefined;
if (argv.includes('--file') && (file === undefined || args.has('--write-baseline'))) {
  console.error('--file takes a JSONL corpus path, and is not a baseline');
  process.exit(2);
}
const topics = await loadTopicsFile(process.env.SIRENA_TOPICS_FILE);
const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);

function report(name: string, result: EvalResult): void {
  console.log(`== ${name}: ${result.count} updates\n`);
  console.log(`${'topic'.padEnd(18)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(8)}${'support'.padStart(9)}`);
  for (const [id, figures] of [...Object.entries(result.topics.perTopic), ['micro', result.topics.micro] as const]) {
    console.log(`${id.padEnd(18)}${pct(figures.precision).padStart(10)}${pct(figures.recall).padStart(8)}${pct(figures.f1).padStart(8)}${String(figures.support).padStart(9)}`);
  }
  const { extreme } = result.severity;
  console.log(`\nseverity exact ${pct(result.severity.exact)}, within one level ${pct(result.severity.withinOne)}`);
  console.log(`extreme precision ${pct(extreme.precision)}, recall ${pct(extreme.recall)} (${extreme.support} gold)`);
  console.log(`confusion (rows gold, columns predicted):\n${''.padEnd(10)}${SEVERITIES.map((s) => s.padStart(9)).join('')}`);
  result.severity.confusion.forEach((row, index) => {
    console.log(`${SEVERITIES[index]!.padEnd(10)}${row.map((count) => String(count).padStart(9)).join('')}`);
  });
  const incidents = result.incidents;
  console.log(
    `\nincident pairs: precision ${pct(incidents.precision)}, recall ${pct(incidents.recall)}, F1 ${pct(incidents.f1)}` +
      ` (${incidents.predictedPairs} predicted, ${incidents.goldPairs} gold)\n`,
  );
  const traps = Object.entries(result.traps).sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)));
  if (traps.length === 0) return;
  console.log(`${'trap class'.padEnd(26)}${'count'.padStart(6)}${'topics'.padStart(8)}${'severity'.padStart(10)}${'both'.padStart(8)}`);
  for (const [name, trap] of traps) {
    console.log(`${name.padEnd(26)}${String(trap.count).padStart(6)}${pct(trap.topics).padStart(8)}${pct(trap.severity).padStart(10)}${pct(trap.both).padStart(8)}`);
  }
  console.log('');
}

/**
 * What the learned severity check changed: how many it lowered and raised, how many of those are now right, how many
 * were right before.
 */
function reportCheck(corpus: readonly LabelledUpdate[], result: EvalResult): void {
  const gold = new Map(corpus.map((update) => [update.id, update.severity]));
  const changed = { lowered: { count: 0, right: 0, wasRight: 0 }, raised: { count: 0, right: 0, wasRight: 0 } };
  for (const prediction of result.predictions) {
    const severityLines = prediction.reasons.filter((reason) => reason.startsWith('severity '));
    const at = severityLines.findIndex((reason) => reason.includes(': learned check over '));
    if (at < 1) continue;
    const before = SEVERITIES.find((level) => severityLines[at - 1]!.startsWith(`severity ${level}:`))!;
    const after = SEVERITIES.find((level) => severityLines[at]!.startsWith(`severity ${level}:`))!;
    const tally = severityRank(after) < severityRank(before) ? changed.lowered : changed.raised;
    tally.count++;
    if (prediction.severity === gold.get(prediction.id)) tally.right++;
    if (before === gold.get(prediction.id)) tally.wasRight++;
  }
  const told = Object.entries(changed).flatMap(([how, { count, right, wasRight }]) =>
    count > 0 ? [`${how} ${count} (now right ${right}, right before ${wasRight})`] : [],
  );
  if (told.length > 0) console.log(`learned severity check: ${told.join('; ')}\n`);
}

function listErrors(corpus: readonly LabelledUpdate[], result: EvalResult): void {
  const gold = new Map(corpus.map((update) => [update.id, update]));
  console.log('errors:');
  for (const prediction of result.predictions) {
    const update = gold.get(prediction.id)!;
    const topicsWrong = [...update.topics].sort().join(',') !== [...prediction.topics].sort().join(',');
    const severityWrong = update.severity !== prediction.severity;
    if (!topicsWrong && !severityWrong) continue;
    console.log(`- ${update.id} gold ${update.topics.join(',')}/${update.severity} got ${prediction.topics.join(',')}/${prediction.severity}`);
    console.log(`  ${update.title ? `${update.title} | ` : ''}${update.text}`);
    for (const reason of prediction.reasons) console.log(`    ${reason}`);
  }
  // Threading: each wrongly joined report (its gold incident differs from the one it was put in) and each report
  // of a gold incident left apart from it.
  const groupOf = (id: string) => gold.get(id)!.incident ?? `solo:${id}`;
  const incidentOf = new Map(result.predictions.map((prediction) => [prediction.id, prediction.incidentId]));
  for (const [at, prediction] of result.predictions.entries()) {
    const joined = prediction.incidentId !== prediction.id ? prediction.incidentId : undefined;
    const wrongJoin = joined !== undefined && groupOf(joined) !== groupOf(prediction.id);
    // Predictions come in publishedAt order: the earlier reports of its gold incident it was not put with.
    const missed = result.predictions
      .slice(0, at)
      .filter((other) => groupOf(other.id) === groupOf(prediction.id) && incidentOf.get(other.id) !== prediction.incidentId);
    if (!wrongJoin && missed.length === 0) continue;
    const update = gold.get(prediction.id)!;
    const label = wrongJoin ? `joined ${joined} (gold ${groupOf(joined!)})` : `apart from ${missed.map((other) => other.id).join(',')}`;
    console.log(`- ${update.id} incident gold ${update.incident ?? 'null'} ${label}`);
    console.log(`  ${update.publishedAt} ${update.title ? `${update.title} | ` : ''}${update.text}`);
    const why = prediction.reasons.find((reason) => reason.startsWith('same incident as'));
    if (why) console.log(`    ${why}`);
  }
  console.log('');
}

const baseline: Record<string, Figures> = {};
const corpora = file ? [{ name: basename(file), path: resolve(file), tuning: true }] : CORPORA;
for (const { name, path, tuning } of corpora) {
  const { corpus, result } = await evaluate(path, topics, { rulesOnly: args.has('--rules-only') });
  report(name, result);
  reportCheck(corpus, result);
  if (args.has('--errors') && tuning) listErrors(corpus, result);
  baseline[name] = figuresOf(result);
  console.log(JSON.stringify({ scenario: `classifier-eval-${name}`, ...baseline[name] }));
}
if (args.has('--write-baseline')) {
  await writeFile(BASELINE_PATH, `${JSON.stringify(baseline, null, 2)}\n`);
  console.log(`\nbaseline written to ${BASELINE_PATH.pathname}`);
}
