// Vitest global setup: builds dist and the roles' bundles when the sources changed since the last build (integration tests run
// the real processes) and starts one private Redis.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { MODEL_SOURCES_PATH, SEVERITY_CHECK_PATH, TOPIC_CHECK_PATH, TRAINING_CORPORA } from '../../src/classify/check-paths.js';
import { removeRedisDir, startRedisServer } from './redis-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

/** The newest modification time (ms) of a file or of any file under a folder; 0 when it does not exist. */
function newest(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}
// The training corpora too: the build's last step trains the learned checks from them (dist/model).
const SOURCES = ['src', 'workers', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json', ...TRAINING_CORPORA];
const OUTPUTS = [
  'dist/.tsbuildinfo',
  'dist/client/sirena-client.js',
  'dist/bundle/src/roles/main.js',
  'dist/bundle/workers/classify-worker.js',
  SEVERITY_CHECK_PATH,
  TOPIC_CHECK_PATH,
  MODEL_SOURCES_PATH,
];

export default async function setup(project: TestProject) {
  // The build, unless `npm ci` (its prepare script) or a build since the last change of the sources already made it:
  // on a fresh clone that saves the suite ~11 s of tsc, bundling and training, run before any test.
  const built = Math.min(...OUTPUTS.map(newest));
  if (built === 0 || SOURCES.some((source) => newest(source) > built)) {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
    // The SDK's browser bundle: the gateway serves it to the web console.
    execFileSync('npm', ['run', 'build:browser', '--silent'], { stdio: 'inherit' });
    // The roles as the npm start scripts run them: bundled from what tsc just checked.
    execFileSync(process.execPath, ['dist/src/build/bundle-roles.js'], { stdio: 'inherit' });
    // The learned checks, as the roles load them.
    execFileSync(process.execPath, ['dist/src/build/write-severity-check.js'], { stdio: 'inherit' });
  }
  // The build is now that of these sources: the classifier's tests read its models instead of training their own in each
  // worker (~5 s of CPU each), while the sources key recorded beside them matches (test/eval/metrics.ts trainedModels).
  const redis = await startRedisServer();
  project.provide('redisUrl', redis.url);
  return async () => {
    await redis.stop();
    removeRedisDir(redis);
  };
}
