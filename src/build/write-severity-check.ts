// The build's last step (`npm run build` runs `node dist/src/build/write-severity-check.js`): trains the learned
// severity check from the tuning corpora and writes it to dist/model/severity-check.json, where every role loads it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SEVERITY_CHECK_PATH, trainFromCorpora } from '../classify/train-severity-check.js';
import { packageInfo } from '../package-info.js';

const started = performance.now();
const model = trainFromCorpora();
const out = join(packageInfo().root, SEVERITY_CHECK_PATH);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(model));
const ms = Math.round(performance.now() - started);
console.log(`severity check: trained on ${model.trainedOn} updates, ${Object.keys(model.weights).length} features, ${ms} ms → ${SEVERITY_CHECK_PATH}`);
