// The build's last step (`npm run build` runs `node dist/src/build/write-severity-check.js`): trains the learned
// severity and topic checks from the tuning corpora and writes them to dist/model/severity-check.json and
// dist/model/topic-check.json, where every role loads them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SEVERITY_CHECK_PATH, TOPIC_CHECK_PATH, trainChecksFromCorpora } from '../classify/train-severity-check.js';
import { packageInfo } from '../package-info.js';

const started = performance.now();
const { severity, topic } = trainChecksFromCorpora();
for (const [path, model] of [[SEVERITY_CHECK_PATH, severity], [TOPIC_CHECK_PATH, topic]] as const) {
  const out = join(packageInfo().root, path);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(model));
}
const ms = Math.round(performance.now() - started);
console.log(
  `severity and topic checks: trained on ${severity.trainedOn} updates, ${Object.keys(severity.weights).length} features, ${ms} ms → ` +
    `${SEVERITY_CHECK_PATH}, ${TOPIC_CHECK_PATH}`,
);
