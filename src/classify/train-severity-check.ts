// Trains the learned severity check (src/classify/severity-check.ts) from the repository's tuning corpora, and
// loads it where the build put it. `npm run build` trains it (`node dist/src/build/write-severity-check.js`) into
// dist/model/severity-check.json. The held-out and adversarial corpora are never read here.
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
import type { TopicsFile } from './topics-file.js';

/** The corpora the check learns from: the ones the rules are tuned on (test/fixtures/README.md). */
export const TRAINING_CORPORA = ['test/fixtures/labelled-updates.jsonl', 'test/fixtures/dev-updates.jsonl'] as const;
/** Where the build writes the model, under the package root. */
export const SEVERITY_CHECK_PATH = 'dist/model/severity-check.json';

/** What training reads of a corpus line (the eval's LabelledUpdateSchema extends it with the other labels). */
export const TrainingLineSchema = z.looseObject({
  id: z.string().min(1),
  title: z.string().optional(),
  text: z.string().min(1),
  severity: SeveritySchema,
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
    classifier.classify({ text: update.text, title: update.title, topics: update.hints?.topics, severity: update.hints?.severity }, { explain: false });
    return { features, severity: update.severity };
  });
}

/** Trains the check for these rules from the tuning corpora under `root`. */
export function trainFromCorpora(topicsFile: TopicsFile = DEFAULT_TOPICS, root = packageInfo().root): SeverityCheckModel {
  const updates = TRAINING_CORPORA.flatMap((path) => readTrainingCorpus(join(root, path)));
  return trainSeverityCheck(trainingExamples(updates, topicsFile), rulesKeyOf(topicsFile));
}

/**
 * The built check for these rules, or why there is none: no model (not built), a model of other rules (a topics
 * file of one's own, or rules changed since the build), or a file that is not a model.
 */
export function loadSeverityCheck(
  topicsFile: TopicsFile,
  path = join(packageInfo().root, SEVERITY_CHECK_PATH),
): { check: SeverityReviewer; trainedOn: number } | { check: undefined; why: string } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { check: undefined, why: `no model at ${path} (npm run build trains it)` };
    return { check: undefined, why: `${path} cannot be read: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const parsed = SeverityCheckModelSchema.safeParse(json);
  if (!parsed.success) return { check: undefined, why: `${path} is not a severity-check model` };
  if (parsed.data.rulesKey !== rulesKeyOf(topicsFile)) {
    return { check: undefined, why: 'the model was trained beside other rules (a topics file of its own, or rules changed since the build)' };
  }
  return { check: createSeverityCheck(parsed.data), trainedOn: parsed.data.trainedOn };
}
