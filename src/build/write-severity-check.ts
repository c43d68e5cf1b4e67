// The build's last step (`npm run build` runs `node dist/src/build/write-severity-check.js`): trains the learned
// severity and topic checks from the tuning corpora and writes them to dist/model/severity-check.json and
// dist/model/topic-check.json, where every role loads them, with the key of the sources they came from beside them
// (dist/model/sources.json: the tests read these models only while it matches).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MODEL_SOURCES_PATH, modelSourcesKey } from '../classify/check-paths.js';
import { SEVERITY_CHECK_PATH, TOPIC_CHECK_PATH, trainChecksFromCorpora } from '../classify/train-severity-check.js';
import { packageInfo } from '../package-info.js';

const started = performance.now();
const root = packageInfo().root;
// Read before training: sources edited while it trains leave a key that no longer matches them.
const sources = modelSourcesKey(root);
const { severity, topic } = trainChecksFromCorpora();
for (const [path, model] of [[SEVERITY_CHECK_PATH, severity], [TOPIC_CHECK_PATH, topic], [MODEL_SOURCES_PATH, { sources: sources ?? null }]] as const) {
  const out = join(root, path);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(model));
}
const ms = Math.round(performance.now() - started);
console.log(
  `severity and topic checks: trained on ${severity.trainedOn} updates, ${Object.keys(severity.weights).length} features, ${ms} ms → ` +
    `${SEVERITY_CHECK_PATH}, ${TOPIC_CHECK_PATH}`,
);
