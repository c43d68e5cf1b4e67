// Trains the learned severity and topic checks (src/classify/severity-check.ts, topic-check.ts) from the repository's
// tuning corpora, and loads them where the build put them. `npm run build` trains them (`node
// dist/src/build/write-severity-check.js`) into dist/model/severity-check.json and dist/model/topic-check.json. The
// held-out and adversarial corpora are never read here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SeveritySchema } from '../core/severity.js';
import { packageInfo } from '../package-info.js';
import { createClassifier } from './classifier.js';
import { DEFAULT_TOPICS } from './default-topics.js';
import {
  createSeverityCheck,
  rulesKeyOf,
  SeverityCheckModelSchema,
  severityFeatures,
  trainSeverityCheck,
  type SeverityCheckModel,
  type SeverityReviewer,
  type TrainingExample,
} from './severity-check.js';
import { createTopicCheck, TopicCheckModelSchema, trainTopicCheck, type TopicCheckModel, type TopicReviewer } from './topic-check.js';
import { FALLBACK_TOPIC } from '../core/topic.js';
import type { TopicsFile } from './topics-file.js';
import type { FeatureSpace } from './feature-space.js';

import { SEVERITY_CHECK_PATH, TOPIC_CHECK_PATH, TRAINING_CORPORA } from './check-paths.js';

export { SEVERITY_CHECK_PATH, TOPIC_CHECK_PATH, TRAINING_CORPORA };

/** What training reads of a corpus line (the eval's LabelledUpdateSchema extends it with the other labels). */
export const TrainingLineSchema = z.looseObject({
  id: z.string().min(1),
  title: z.string().optional(),
  text: z.string().min(1),
  source: z.string().optional(),
  severity: SeveritySchema,
  topics: z.array(z.string().min(1)).optional(),
  hints: z.looseObject({ topics: z.array(z.string()).optional(), severity: SeveritySchema.optional() }).optional(),
});
type TrainingLine = z.infer<typeof TrainingLineSchema>;

/** Reads a JSONL corpus; a bad line fails with its file and line number. */
export function readTrainingCorpus(path: string): TrainingLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, at) => {
      if (line.trim() === '') return [];
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new Error(`${path}:${at + 1}: ${(error as Error).message}`);
      }
      const parsed = TrainingLineSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${path}:${at + 1}: ${parsed.error.issues[0]?.message ?? 'invalid line'}`);
      return [parsed.data];
    });
}

/** The rules' decision on each update, as features, beside its gold severity. */
export function trainingExamples(updates: readonly TrainingLine[], topicsFile: TopicsFile): TrainingExample[] {
  let features: string[] = [];
  const recorder: SeverityReviewer = {
    review(decision) {
      features = [...severityFeatures(decision).keys()];
      return undefined;
    },
  };
  const classifier = createClassifier(topicsFile, { severityCheck: recorder });
  return updates.map((update) => {
    classifier.classify({ text: update.text, title: update.title, source: update.source, topics: update.hints?.topics, severity: update.hints?.severity }, { explain: false });
    return { features, severity: update.severity };
  });
}

/** Trains the severity check for these rules from the tuning corpora under `root`. */
export function trainFromCorpora(topicsFile: TopicsFile = DEFAULT_TOPICS, root = packageInfo().root): SeverityCheckModel {
  return trainSeverityCheck(tuningExamples(topicsFile, root).examples, rulesKeyOf(topicsFile));
}

/**
 * Trains both checks for these rules from the tuning corpora under `root`, classifying each update once: the severity
 * check, and the topic check for every topic but the fallback.
 */
export function trainChecksFromCorpora(
  topicsFile: TopicsFile = DEFAULT_TOPICS,
  root = packageInfo().root,
): { severity: SeverityCheckModel; topic: TopicCheckModel } {
  const { updates, examples } = tuningExamples(topicsFile, root);
  const rulesKey = rulesKeyOf(topicsFile);
  const topics = topicsFile.topics.map((topic) => topic.id).filter((id) => id !== FALLBACK_TOPIC);
  return {
    severity: trainSeverityCheck(examples, rulesKey),
    topic: trainTopicCheck(examples.map((example, at) => ({ features: example.features, topics: updates[at]!.topics ?? [] })), topics, rulesKey),
  };
}

function tuningExamples(topicsFile: TopicsFile, root: string): { updates: TrainingLine[]; examples: TrainingExample[] } {
  const updates = TRAINING_CORPORA.flatMap((path) => readTrainingCorpus(join(root, path)));
  return { updates, examples: trainingExamples(updates, topicsFile) };
}

/** A built check for a topics file's rules, or why there is none. */
export type LoadedCheck<C> = { check: C; trainedOn: number } | { check: undefined; why: string };

/**
 * The built topic check for these rules, or why there is none (as loadSeverityCheck); `shared`, the severity check's
 * feature space (createTopicCheck).
 */
export function loadTopicCheck(topicsFile: TopicsFile, path = join(packageInfo().root, TOPIC_CHECK_PATH), shared?: FeatureSpace): LoadedCheck<TopicReviewer> {
  return loadCheck(path, TopicCheckModelSchema, 'topic-check', topicsFile, (model) => createTopicCheck(model, shared));
}

/**
 * The built check for these rules, or why there is none: no model (not built), a model of other rules (a topics
 * file of one's own, or rules changed since the build), or a file that is not a model.
 */
export function loadSeverityCheck(topicsFile: TopicsFile, path = join(packageInfo().root, SEVERITY_CHECK_PATH)): LoadedCheck<SeverityReviewer> {
  return loadCheck(path, SeverityCheckModelSchema, 'severity-check', topicsFile, createSeverityCheck);
}

/** Reads a model file and makes its check, or says why not: not built, unreadable, not a model of this kind, or of other rules. */
function loadCheck<M extends { rulesKey: string; trainedOn: number }, C>(
  path: string,
  schema: z.ZodType<M>,
  kind: string,
  topicsFile: TopicsFile,
  create: (model: M) => C,
): LoadedCheck<C> {
  const loaded = loadModel(path, schema, kind);
  if ('why' in loaded) return { check: undefined, why: loaded.why };
  if (loaded.model.rulesKey !== rulesKeyOf(topicsFile)) {
    return { check: undefined, why: 'the model was trained beside other rules (a topics file of its own, or rules changed since the build)' };
  }
  return { check: create(loaded.model), trainedOn: loaded.model.trainedOn };
}

/**
 * Both models as the build wrote them (dist/model), when they exist and were trained beside these rules; else
 * undefined. The tests read them instead of training again when their setup built them from the current sources.
 */
export function loadBuiltModels(topicsFile: TopicsFile, root = packageInfo().root): { severity: SeverityCheckModel; topic: TopicCheckModel } | undefined {
  const severity = loadModel(join(root, SEVERITY_CHECK_PATH), SeverityCheckModelSchema, 'severity-check');
  const topic = loadModel(join(root, TOPIC_CHECK_PATH), TopicCheckModelSchema, 'topic-check');
  if ('why' in severity || 'why' in topic) return undefined;
  const rulesKey = rulesKeyOf(topicsFile);
  return severity.model.rulesKey === rulesKey && topic.model.rulesKey === rulesKey ? { severity: severity.model, topic: topic.model } : undefined;
}

/** Reads and parses a model file, or says why it cannot: not built, unreadable, or not a model of this kind. */
function loadModel<T>(path: string, schema: z.ZodType<T>, kind: string): { model: T } | { why: string } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { why: `no model at ${path} (npm run build trains it)` };
    return { why: `${path} cannot be read: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { model: parsed.data } : { why: `${path} is not a ${kind} model` };
}
