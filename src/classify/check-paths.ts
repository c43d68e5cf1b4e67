// Where the learned checks come from and where the build writes them: a module of its own, so the test suite's setup
// can tell whether the build is current without loading the classifier.

/** The corpora the check learns from: the ones the rules are tuned on (test/fixtures/README.md). */
export const TRAINING_CORPORA = ['test/fixtures/labelled-updates.jsonl', 'test/fixtures/dev-updates.jsonl'] as const;
/** Where the build writes the model, under the package root. */
export const SEVERITY_CHECK_PATH = 'dist/model/severity-check.json';
export const TOPIC_CHECK_PATH = 'dist/model/topic-check.json';
