// Where the learned checks come from and where the build writes them: a module of its own, so the test suite's setup
// can tell whether the build is current without loading the classifier.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The corpora the check learns from: the ones the rules are tuned on (test/fixtures/README.md). */
export const TRAINING_CORPORA = ['test/fixtures/labelled-updates.jsonl', 'test/fixtures/dev-updates.jsonl'] as const;
/** Where the build writes the model, under the package root. */
export const SEVERITY_CHECK_PATH = 'dist/model/severity-check.json';
export const TOPIC_CHECK_PATH = 'dist/model/topic-check.json';
/** Beside the models: the key of the sources they were trained from (`{ "sources": key }`, modelSourcesKey). */
export const MODEL_SOURCES_PATH = 'dist/model/sources.json';

/**
 * A hash of what the models are trained from: every file under src/ (the rules, the features, the trainer) and the
 * training corpora, under the package root `root`; undefined where src/ is not there to read. The build records it
 * beside the models, and the tests read the build's models only while it still matches (test/eval/metrics.ts).
 */
export function modelSourcesKey(root: string): string | undefined {
  let files: string[];
  try {
    files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
  } catch {
    return undefined;
  }
  const hash = createHash('sha256');
  for (const path of [...files.sort(), ...TRAINING_CORPORA]) {
    hash.update(`${path}\0`);
    try {
      hash.update(readFileSync(join(root, path)));
    } catch {
      return undefined;
    }
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}
