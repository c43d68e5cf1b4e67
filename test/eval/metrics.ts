// Evaluation of the classifier and incident matcher against the labelled corpus: one computation for the
// `npm run eval` script and the regression test.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { createClassifier, type Classifier } from '../../src/classify/classifier.js';
import { createIncidentMatcher, type IncidentCandidate, type IncidentMatcher } from '../../src/classify/incident-matcher.js';
import { DEFAULT_TOPICS } from '../../src/classify/default-topics.js';
import { createSeverityCheck, rulesKeyOf, type SeverityCheckModel, type SeverityReviewer } from '../../src/classify/severity-check.js';
import type { TopicsFile } from '../../src/classify/topics-file.js';
import { MODEL_SOURCES_PATH, modelSourcesKey } from '../../src/classify/check-paths.js';
import { loadBuiltModels, trainChecksFromCorpora, TrainingLineSchema } from '../../src/classify/train-severity-check.js';
import { packageInfo } from '../../src/package-info.js';
import { createTopicCheck, type TopicCheckModel, type TopicReviewer } from '../../src/classify/topic-check.js';
import { SEVERITIES, SeveritySchema, severityRank, type Severity } from '../../src/core/severity.js';

export const CORPUS_PATH = new URL('../fixtures/labelled-updates.jsonl', import.meta.url);
/** Written for tuning the rules, each batch before the rules it checks (docs/classifier.md). */
export const DEV_PATH = new URL('../fixtures/dev-updates.jsonl', import.meta.url);
/** Written independently of the rules: measures generalisation, never read to tune them. */
export const HOLDOUT_PATH = new URL('../fixtures/holdout-updates.jsonl', import.meta.url);
/** A second held-out set by another hand (issue 16): scored only in aggregate, never read to tune the rules. */
export const HOLDOUT2_PATH = new URL('../fixtures/holdout2-updates.jsonl', import.meta.url);
export const HOLDOUT3_PATH = new URL('../fixtures/holdout3-updates.jsonl', import.meta.url);
/** A fourth, by a fourth hand, written while the rules were tuned and scored twice only (before and after that round). */
export const HOLDOUT4_PATH = new URL('../fixtures/holdout4-updates.jsonl', import.meta.url);
/** A fifth held-out set (issue 16, sixth round): written by a fifth hand while the round ran, scored before and after it. */
export const HOLDOUT5_PATH = new URL('../fixtures/holdout5-updates.jsonl', import.meta.url);
/** A sixth (issue 16, seventh round): by a sixth hand while the round ran, scored before and after it. */
export const HOLDOUT6_PATH = new URL('../fixtures/holdout6-updates.jsonl', import.meta.url);
/** A seventh (issue 16, ninth round): by a seventh hand while the round ran, scored before and after it only. */
export const HOLDOUT7_PATH = new URL('../fixtures/holdout7-updates.jsonl', import.meta.url);
/** An eighth held-out set (320 updates, May–Aug 2031), written while the tenth round of issue 16 tuned the rules. */
export const HOLDOUT8_PATH = new URL('../fixtures/holdout8-updates.jsonl', import.meta.url);
export const HOLDOUT9_PATH = new URL('../fixtures/holdout9-updates.jsonl', import.meta.url);
/** A tenth (issue 16, fourteenth round): by a tenth hand while the round ran, scored before and after it only. */
export const HOLDOUT10_PATH = new URL('../fixtures/holdout10-updates.jsonl', import.meta.url);
/** An eleventh (issue 16, fifteenth round): by an eleventh hand while the round ran, scored before and after it only. */
export const HOLDOUT11_PATH = new URL('../fixtures/holdout11-updates.jsonl', import.meta.url);
export const HOLDOUT12_PATH = new URL('../fixtures/holdout12-updates.jsonl', import.meta.url);
export const HOLDOUT13_PATH = new URL('../fixtures/holdout13-updates.jsonl', import.meta.url);
export const HOLDOUT14_PATH = new URL('../fixtures/holdout14-updates.jsonl', import.meta.url);
export const HOLDOUT15_PATH = new URL('../fixtures/holdout15-updates.jsonl', import.meta.url);
export const HOLDOUT16_PATH = new URL('../fixtures/holdout16-updates.jsonl', import.meta.url);
/** A seventeenth (issue 16, twenty-first round): by a seventeenth hand, scored with the round's start and end trees only. */
export const HOLDOUT17_PATH = new URL('../fixtures/holdout17-updates.jsonl', import.meta.url);
/** An eighteenth (issue 16, twenty-second round): by an eighteenth hand, scored with the round's start and end trees only. */
export const HOLDOUT18_PATH = new URL('../fixtures/holdout18-updates.jsonl', import.meta.url);
/** A nineteenth held-out set (twenty-third round of issue 16), with each update's source: scored only in aggregate. */
export const HOLDOUT19_PATH = new URL('../fixtures/holdout19-updates.jsonl', import.meta.url);
export const HOLDOUT20_PATH = new URL('../fixtures/holdout20-updates.jsonl', import.meta.url);
/** A twenty-first held-out set, written at the end of the thirtieth round (aggregate figures only). */
export const HOLDOUT21_PATH = new URL('../fixtures/holdout21-updates.jsonl', import.meta.url);
/** A twenty-second held-out set, written during the thirty-first round (aggregate figures only). */
export const HOLDOUT22_PATH = new URL('../fixtures/holdout22-updates.jsonl', import.meta.url);
/** A twenty-third held-out set (320 updates), written during the thirty-second round by yet another hand; aggregate figures only. */
export const HOLDOUT23_PATH = new URL('../fixtures/holdout23-updates.jsonl', import.meta.url);
/** A twenty-fourth held-out set (320 updates), written near the thirty-second round's end by another hand; aggregate figures only. */
export const HOLDOUT24_PATH = new URL('../fixtures/holdout24-updates.jsonl', import.meta.url);
/** A twenty-fifth, written by a twenty-fifth hand during issue 16's thirty-third round: aggregate figures only. */
export const HOLDOUT25_PATH = new URL('../fixtures/holdout25-updates.jsonl', import.meta.url);
/** A twenty-sixth, by a twenty-sixth hand at the start of issue 16's thirty-fourth round: aggregate figures only. */
export const HOLDOUT26_PATH = new URL('../fixtures/holdout26-updates.jsonl', import.meta.url);
/** A twenty-seventh held-out set (320 updates), written at the start of the thirty-fifth round by another hand; aggregate figures only. */
export const HOLDOUT27_PATH = new URL('../fixtures/holdout27-updates.jsonl', import.meta.url);
/** A twenty-eighth held-out set (320 updates), written at the start of the thirty-sixth round by another hand; aggregate figures only. */
export const HOLDOUT28_PATH = new URL('../fixtures/holdout28-updates.jsonl', import.meta.url);
/** A twenty-ninth held-out set (320 updates), written at the start of the thirty-seventh round by another hand; aggregate figures only. */
export const HOLDOUT29_PATH = new URL('../fixtures/holdout29-updates.jsonl', import.meta.url);
export const HOLDOUT30_PATH = new URL('../fixtures/holdout30-updates.jsonl', import.meta.url);
/** A thirty-first held-out set (320 updates, two hands), written at the thirty-ninth round's start; scored in aggregate only. */
export const HOLDOUT31_PATH = new URL('../fixtures/holdout31-updates.jsonl', import.meta.url);
/** A thirty-second held-out set (320 updates, two hands), written at the fortieth round's start; scored in aggregate only. */
export const HOLDOUT32_PATH = new URL('../fixtures/holdout32-updates.jsonl', import.meta.url);
/** A thirty-third held-out set (320 updates, two hands), written at the forty-first round's end; scored in aggregate only. */
export const HOLDOUT33_PATH = new URL('../fixtures/holdout33-updates.jsonl', import.meta.url);
/** A thirty-fourth held-out set (320 updates, two hands), written at the forty-second round's start; scored in aggregate only. */
export const HOLDOUT34_PATH = new URL('../fixtures/holdout34-updates.jsonl', import.meta.url);
/** A thirty-fifth held-out set (320 updates, two hands), written at the forty-third round's start; scored in aggregate only. */
export const HOLDOUT35_PATH = new URL('../fixtures/holdout35-updates.jsonl', import.meta.url);
/** Traps (each with a `trap` class) for the false alarms and missed threats of issue 16: aggregate figures only. */
export const ADVERSARIAL_PATH = new URL('../fixtures/adversarial-updates.jsonl', import.meta.url);
/** Probes written to check the rules (issue 16's twenty-ninth round): tuned against, never trained on. */
export const PROBE_PATH = new URL('../fixtures/probe-updates.jsonl', import.meta.url);
/** Baseline figures per corpus name (see CORPORA). */
export const BASELINE_PATH = new URL('../fixtures/eval-baseline.json', import.meta.url);

/**
 * The corpora the eval reports and the regression test guards, each on its own. Only `tuning` ones may have their
 * individual errors listed (`npm run eval -- --errors`); the others are read for aggregate figures alone.
 */
export const CORPORA = [
  { name: 'labelled', path: CORPUS_PATH, tuning: true },
  { name: 'dev', path: DEV_PATH, tuning: true },
  { name: 'probe', path: PROBE_PATH, tuning: true },
  { name: 'holdout', path: HOLDOUT_PATH, tuning: false },
  { name: 'holdout2', path: HOLDOUT2_PATH, tuning: false },
  { name: 'holdout3', path: HOLDOUT3_PATH, tuning: false },
  { name: 'holdout4', path: HOLDOUT4_PATH, tuning: false },
  { name: 'holdout5', path: HOLDOUT5_PATH, tuning: false },
  { name: 'holdout6', path: HOLDOUT6_PATH, tuning: false },
  { name: 'holdout7', path: HOLDOUT7_PATH, tuning: false },
  { name: 'holdout8', path: HOLDOUT8_PATH, tuning: false },
  { name: 'holdout9', path: HOLDOUT9_PATH, tuning: false },
  { name: 'holdout10', path: HOLDOUT10_PATH, tuning: false },
  { name: 'holdout11', path: HOLDOUT11_PATH, tuning: false },
  { name: 'holdout12', path: HOLDOUT12_PATH, tuning: false },
  { name: 'holdout13', path: HOLDOUT13_PATH, tuning: false },
  { name: 'holdout14', path: HOLDOUT14_PATH, tuning: false },
  { name: 'holdout15', path: HOLDOUT15_PATH, tuning: false },
  { name: 'holdout16', path: HOLDOUT16_PATH, tuning: false },
  { name: 'holdout17', path: HOLDOUT17_PATH, tuning: false },
  { name: 'holdout18', path: HOLDOUT18_PATH, tuning: false },
  { name: 'holdout19', path: HOLDOUT19_PATH, tuning: false },
  { name: 'holdout20', path: HOLDOUT20_PATH, tuning: false },
  { name: 'holdout21', path: HOLDOUT21_PATH, tuning: false },
  { name: 'holdout22', path: HOLDOUT22_PATH, tuning: false },
  { name: 'holdout23', path: HOLDOUT23_PATH, tuning: false },
  { name: 'holdout24', path: HOLDOUT24_PATH, tuning: false },
  { name: 'holdout25', path: HOLDOUT25_PATH, tuning: false },
  { name: 'holdout26', path: HOLDOUT26_PATH, tuning: false },
  { name: 'holdout27', path: HOLDOUT27_PATH, tuning: false },
  { name: 'holdout28', path: HOLDOUT28_PATH, tuning: false },
  { name: 'holdout29', path: HOLDOUT29_PATH, tuning: false },
  { name: 'holdout30', path: HOLDOUT30_PATH, tuning: false },
  { name: 'holdout31', path: HOLDOUT31_PATH, tuning: false },
  { name: 'holdout32', path: HOLDOUT32_PATH, tuning: false },
  { name: 'holdout33', path: HOLDOUT33_PATH, tuning: false },
  { name: 'holdout34', path: HOLDOUT34_PATH, tuning: false },
  { name: 'holdout35', path: HOLDOUT35_PATH, tuning: false },
  { name: 'adversarial', path: ADVERSARIAL_PATH, tuning: false },
] as const;

/** The worker's default threading window (SIRENA_INCIDENT_WINDOW_SECONDS). */
export const EVAL_WINDOW_MS = 43_200 * 1000;
/** The worker's default bound on an incident's span (SIRENA_INCIDENT_MAX_SPAN_SECONDS). */
export const EVAL_MAX_SPAN_MS = 86_400 * 1000;

/** One line of the corpus: the update as a publisher would post it, and its gold labels. */
export const LabelledUpdateSchema = TrainingLineSchema.extend({
  lang: z.string().optional(),
  source: z.string().optional(),
  publishedAt: z.string(),
  topics: z.array(z.string()).min(1),
  /** Gold incident label: reports of one event share it; null for a singleton. */
  incident: z.string().nullish(),
  note: z.string().optional(),
  /** Adversarial corpus: the class of trap the update sets (metaphor, conditional, …). */
  trap: z.string().optional(),
});
export type LabelledUpdate = z.infer<typeof LabelledUpdateSchema>;

/** Reads the JSONL corpus; a bad line fails with its line number. */
export async function readCorpus(path: URL | string = CORPUS_PATH): Promise<LabelledUpdate[]> {
  const text = await readFile(path, 'utf8');
  const updates: LabelledUpdate[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = LabelledUpdateSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`corpus line ${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    updates.push(parsed.data);
  });
  return updates;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  /** Gold positives. */
  support: number;
}

export interface Prediction {
  id: string;
  topics: string[];
  severity: Severity;
  incidentId: string;
  reasons: string[];
}

/** How a class of traps fared: the share with the gold topics, the gold severity, and both. */
export interface TrapFigures {
  count: number;
  topics: number;
  severity: number;
  both: number;
}

export interface EvalResult {
  count: number;
  topics: { perTopic: Record<string, PrecisionRecall>; micro: PrecisionRecall };
  /** `extreme`: precision and recall of the extreme level alone (the alerts that wake people). */
  severity: { exact: number; withinOne: number; confusion: number[][]; extreme: PrecisionRecall };
  /** Per trap class (and `all`), for a corpus whose updates carry `trap`; empty otherwise. */
  traps: Record<string, TrapFigures>;
  incidents: PrecisionRecall & { predictedPairs: number; goldPairs: number };
  predictions: Prediction[];
}

/** The figures the baseline keeps and the regression test guards (all higher-is-better). */
export type Figures = Record<string, number>;

/** In publishedAt order (corpus order on ties), as the worker would see them. */
export function inPublishedOrder(corpus: readonly LabelledUpdate[]): LabelledUpdate[] {
  return corpus
    .map((update, index) => ({ update, index, time: Date.parse(update.publishedAt) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ update }) => update);
}

/**
 * Classifies every update and threads it against the earlier ones within the window, as the worker does: a match takes
 * the candidate's incident id, otherwise the update starts its own incident (its id).
 */
export function predict(corpus: readonly LabelledUpdate[], classifier: Classifier, matcher: IncidentMatcher, windowMs = EVAL_WINDOW_MS): Prediction[] {
  const earlier: IncidentCandidate[] = [];
  const times: number[] = [];
  // The first of `earlier` within the window: the worker's candidates are those the feed holds for the window, not
  // every update before (the matcher skips the others anyway, after work per candidate: 10 million of them for dev).
  let from = 0;
  const predictions: Prediction[] = [];
  for (const update of inPublishedOrder(corpus)) {
    const probeTime = Date.parse(update.publishedAt);
    while (from < earlier.length && times[from]! < probeTime - windowMs) from++;
    const classification = classifier.classify({
      text: update.text,
      title: update.title,
      source: update.source,
      lang: update.lang,
      topics: update.hints?.topics,
      severity: update.hints?.severity,
    });
    const probe = {
      topics: classification.topics,
      title: update.title ?? '',
      text: update.text,
      source: update.source,
      publishedAt: update.publishedAt,
      severity: classification.severity,
    };
    const match = matcher.match(probe, from === 0 ? earlier : earlier.slice(from));
    const incidentId = match?.incidentId ?? update.id;
    earlier.push({ id: update.id, incidentId, ...probe });
    times.push(probeTime);
    predictions.push({
      id: update.id,
      topics: classification.topics,
      severity: classification.severity,
      incidentId,
      reasons: match ? [...classification.reasons, match.reason] : classification.reasons,
    });
  }
  return predictions;
}

function prf(truePositives: number, predicted: number, gold: number): PrecisionRecall {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : truePositives / predicted;
  const recall = gold === 0 ? 1 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: gold };
}

/** Pairs (as "a b" keys) of updates that share a group id. */
function pairsOf(groups: ReadonlyMap<string, string>): Set<string> {
  const members = new Map<string, string[]>();
  for (const [id, group] of groups) {
    const list = members.get(group);
    if (list) list.push(id);
    else members.set(group, [id]);
  }
  const pairs = new Set<string>();
  for (const ids of members.values()) {
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) pairs.add(`${sorted[i]} ${sorted[j]}`);
  }
  return pairs;
}

/** Scores predictions against the corpus labels. */
export function score(corpus: readonly LabelledUpdate[], predictions: readonly Prediction[], topicIds: readonly string[]): EvalResult {
  const byId = new Map(predictions.map((prediction) => [prediction.id, prediction]));
  const counts = new Map(topicIds.map((id) => [id, { tp: 0, predicted: 0, gold: 0 }]));
  const confusion = SEVERITIES.map(() => SEVERITIES.map(() => 0));
  let exact = 0;
  let withinOne = 0;
  const goldIncidents = new Map<string, string>();
  const predictedIncidents = new Map<string, string>();
  const extreme = { tp: 0, predicted: 0, gold: 0 };
  const traps: Record<string, TrapFigures> = {};
  for (const update of corpus) {
    const prediction = byId.get(update.id);
    if (!prediction) throw new Error(`no prediction for ${update.id}`);
    for (const id of topicIds) {
      const entry = counts.get(id)!;
      const isGold = update.topics.includes(id);
      const isPredicted = prediction.topics.includes(id);
      if (isGold) entry.gold++;
      if (isPredicted) entry.predicted++;
      if (isGold && isPredicted) entry.tp++;
    }
    const goldRank = severityRank(update.severity);
    const predictedRank = severityRank(prediction.severity);
    confusion[goldRank]![predictedRank]!++;
    if (goldRank === predictedRank) exact++;
    if (Math.abs(goldRank - predictedRank) <= 1) withinOne++;
    if (update.severity === 'extreme') extreme.gold++;
    if (prediction.severity === 'extreme') extreme.predicted++;
    if (update.severity === 'extreme' && prediction.severity === 'extreme') extreme.tp++;
    if (update.trap !== undefined) {
      const topicsRight = [...update.topics].sort().join(',') === [...prediction.topics].sort().join(',');
      const severityRight = goldRank === predictedRank;
      for (const name of [update.trap, 'all']) {
        const figures = (traps[name] ??= { count: 0, topics: 0, severity: 0, both: 0 });
        figures.count++;
        if (topicsRight) figures.topics++;
        if (severityRight) figures.severity++;
        if (topicsRight && severityRight) figures.both++;
      }
    }
    goldIncidents.set(update.id, update.incident ?? `solo:${update.id}`);
    predictedIncidents.set(update.id, prediction.incidentId);
  }
  const perTopic: Record<string, PrecisionRecall> = {};
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const [id, entry] of counts) {
    perTopic[id] = prf(entry.tp, entry.predicted, entry.gold);
    tp += entry.tp;
    predicted += entry.predicted;
    gold += entry.gold;
  }
  const goldPairs = pairsOf(goldIncidents);
  const predictedPairs = pairsOf(predictedIncidents);
  let sharedPairs = 0;
  for (const pair of predictedPairs) if (goldPairs.has(pair)) sharedPairs++;
  const n = corpus.length || 1;
  for (const figures of Object.values(traps)) {
    figures.topics /= figures.count;
    figures.severity /= figures.count;
    figures.both /= figures.count;
  }
  return {
    count: corpus.length,
    topics: { perTopic, micro: prf(tp, predicted, gold) },
    severity: { exact: exact / n, withinOne: withinOne / n, confusion, extreme: prf(extreme.tp, extreme.predicted, extreme.gold) },
    traps,
    incidents: { ...prf(sharedPairs, predictedPairs.size, goldPairs.size), predictedPairs: predictedPairs.size, goldPairs: goldPairs.size },
    predictions: [...predictions],
  };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** The guarded figures, rounded to 4 places. */
export function figuresOf(result: EvalResult): Figures {
  const figures: Figures = {
    topicMicroF1: round(result.topics.micro.f1),
    severityExact: round(result.severity.exact),
    severityWithinOne: round(result.severity.withinOne),
    extremePrecision: round(result.severity.extreme.precision),
    extremeRecall: round(result.severity.extreme.recall),
    incidentPrecision: round(result.incidents.precision),
    incidentRecall: round(result.incidents.recall),
  };
  for (const [id, topic] of Object.entries(result.topics.perTopic)) figures[`topicF1.${id}`] = round(topic.f1);
  for (const [name, trap] of Object.entries(result.traps)) figures[`trapAccuracy.${name}`] = round(trap.both);
  return figures;
}

/** The figures that fell below the baseline by more than `tolerance`. */
export function regressions(figures: Figures, baseline: Figures, tolerance = 0.005): string[] {
  return Object.entries(baseline)
    .filter(([name, value]) => (figures[name] ?? Number.NEGATIVE_INFINITY) < value - tolerance)
    .map(([name, value]) => `${name}: ${figures[name] ?? 'missing'} < baseline ${value}`);
}

let trained: { severity: SeverityCheckModel; topic: TopicCheckModel } | undefined;
let trainedCheck: SeverityReviewer | undefined;
let trainedTopicCheck: TopicReviewer | undefined;

/**
 * Both checks' models as the build trains them for the built-in topics, once per process (a vitest worker's files
 * share it: the suite runs with isolate false): the build's own files (dist/model, as the roles load them) while the
 * key of the sources they were trained from still matches src/ and the training corpora (the suite's global setup
 * rebuilds them when it does not); else trained here, from src/ (`npm run eval` after an edit, vitest's watch mode).
 */
export function trainedModels(): { severity: SeverityCheckModel; topic: TopicCheckModel } {
  return (trained ??= builtModelsIfCurrent() ?? trainChecksFromCorpora(DEFAULT_TOPICS));
}

function builtModelsIfCurrent(): { severity: SeverityCheckModel; topic: TopicCheckModel } | undefined {
  const root = packageInfo().root;
  let recorded: unknown;
  try {
    recorded = (JSON.parse(readFileSync(join(root, MODEL_SOURCES_PATH), 'utf8')) as { sources?: unknown }).sources;
  } catch {
    return undefined;
  }
  const current = modelSourcesKey(root);
  return current !== undefined && recorded === current ? loadBuiltModels(DEFAULT_TOPICS, root) : undefined;
}

/**
 * The learned severity check as the build trains it (trainedModels), for the built-in topics; undefined for a topics
 * file's own rules, as in the roles.
 */
export function learnedCheckFor(topics: TopicsFile): SeverityReviewer | undefined {
  const models = trainedModels();
  if (models.severity.rulesKey !== rulesKeyOf(topics)) return undefined;
  return (trainedCheck ??= createSeverityCheck(models.severity));
}

/** The learned topic check as the build trains it, likewise (trained in the same pass as the severity check, whose feature space it shares). */
export function learnedTopicCheckFor(topics: TopicsFile): TopicReviewer | undefined {
  const models = trainedModels();
  if (models.topic.rulesKey !== rulesKeyOf(topics)) return undefined;
  return (trainedTopicCheck ??= createTopicCheck(models.topic, learnedCheckFor(topics)?.space));
}

/** One classifier per topics file and mode, shared by the corpora (it keeps no state between updates; ~150 ms to make). */
const CLASSIFIERS = new WeakMap<TopicsFile, { rulesOnly?: Classifier; checked?: Classifier }>();
function classifierFor(topics: TopicsFile, rulesOnly: boolean): Classifier {
  let made = CLASSIFIERS.get(topics);
  if (!made) CLASSIFIERS.set(topics, (made = {}));
  if (rulesOnly) return (made.rulesOnly ??= createClassifier(topics));
  return (made.checked ??= createClassifier(topics, { severityCheck: learnedCheckFor(topics), topicCheck: learnedTopicCheckFor(topics) }));
}

/**
 * One matcher per topics file, shared by the corpora as the worker shares one across every update (~150 ms to make). What
 * it keeps between calls (each text's features, the trigrams' ids) is a function of the text alone, and document
 * frequencies are counted over each call's candidates, so a corpus scores the same whichever corpora came before it.
 */
const MATCHERS = new WeakMap<TopicsFile, IncidentMatcher>();
function matcherFor(topics: TopicsFile): IncidentMatcher {
  let made = MATCHERS.get(topics);
  if (!made) MATCHERS.set(topics, (made = createIncidentMatcher({ windowMs: EVAL_WINDOW_MS, topics, maxSpanMs: EVAL_MAX_SPAN_MS })));
  return made;
}

/**
 * Reads one corpus and scores the classifier (with the learned severity and topic checks unless `rulesOnly`, as the roles run
 * it) and the worker's matcher (default window and span) on it.
 */
export async function evaluate(
  path: URL | string,
  topics: TopicsFile,
  options: { rulesOnly?: boolean } = {},
): Promise<{ corpus: LabelledUpdate[]; result: EvalResult }> {
  const classifier = classifierFor(topics, options.rulesOnly ?? false);
  const corpus = await readCorpus(path);
  const predictions = predict(corpus, classifier, matcherFor(topics));
  return { corpus, result: score(corpus, predictions, classifier.topics.map((topic) => topic.id)) };
}
