// Vitest global setup: builds dist and the roles' bundles (integration tests run the real processes) and starts one
// private Redis.
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { removeRedisDir, startRedisServer } from './redis-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

export default async function setup(project: TestProject) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  // The SDK's browser bundle: the gateway serves it to the web console.
  execFileSync('npm', ['run', 'build:browser', '--silent'], { stdio: 'inherit' });
  // The roles as the npm start scripts run them: bundled from what tsc just checked.
  execFileSync(process.execPath, ['dist/src/build/bundle-roles.js'], { stdio: 'inherit' });
  const redis = await startRedisServer();
  project.provide('redisUrl', redis.url);
  return async () => {
    await redis.stop();
    removeRedisDir(redis);
  };
}
