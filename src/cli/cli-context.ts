// What every CLI command gets: output, environment, and the shared option handling (--url, --json, usage errors).
import type { ParseArgsConfig } from 'node:util';
import type { CliOutput } from './cli-output.js';

export interface CliContext {
  out: CliOutput;
  env: NodeJS.ProcessEnv;
}

/** A mistake in the command line: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Options every command takes. */
export const COMMON_OPTIONS = {
  url: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

export const DEFAULT_URL = 'http://127.0.0.1:8080';

/** --url, else SIRENA_URL, else the local default; checked so a typo fails here, not as a network error. */
export function serverUrl(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const raw = flag ?? env.SIRENA_URL ?? DEFAULT_URL;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return url.origin;
  } catch {
    throw new UsageError(`--url must be an http(s) URL (got ${JSON.stringify(raw)})`);
  }
}
