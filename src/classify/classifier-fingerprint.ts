// The fingerprint of a role's classifier: two processes with the same one classify every update alike, so a worker
// may store ingest's classification as is (AcceptedUpdate.classification) instead of classifying the update again.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLASSIFIER_MODULE_URL } from './classifier.js';
import { rulesKeyOf } from './severity-check.js';
import type { TopicsFile } from './topics-file.js';

/**
 * A digest of what decides a classification: the code that classifies (the file the classifier module was loaded
 * from: in a role's bundle, the chunk holding it), the topics and their rules, and the bytes of each learned check's
 * model (or that it is off). A rolling deploy, another topics file or another SIRENA_SEVERITY_CHECK on the API than on
 * a worker gives another fingerprint, and that worker classifies for itself.
 * @example classifierFingerprint(topicsFile, { severity: 'dist/model/severity-check.json', topic: undefined })
 */
export function classifierFingerprint(topicsFile: TopicsFile, models: { severity: string | undefined; topic: string | undefined }): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(CLASSIFIER_MODULE_URL)));
  hash.update(`\0${rulesKeyOf(topicsFile)}`);
  for (const model of [models.severity, models.topic]) {
    hash.update('\0');
    if (model === undefined) hash.update('off');
    else hash.update(readFileSync(model));
  }
  return hash.digest('base64url').slice(0, 22);
}
