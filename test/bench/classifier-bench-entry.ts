// What classifier.bench.ts measures, bundled by esbuild as the roles' bundles are (src/build/bundle-roles.ts: no
// keepNames), so the figure is the classifier the workers run, not tsx's transform of it (which wraps every function
// in a `__name` call: 7–25% slower on this machine).
export { createClassifier, type Classifier } from '../../src/classify/classifier.js';
export { createIncidentMatcher } from '../../src/classify/incident-matcher.js';
export { loadTopicsFile } from '../../src/classify/topics-file.js';
export { trainChecksFromCorpora } from '../../src/classify/train-severity-check.js';
export { createSeverityCheck, rulesKeyOf } from '../../src/classify/severity-check.js';
export { createTopicCheck } from '../../src/classify/topic-check.js';
