// Where Sirena's package lives and its version: static assets (console, SDK bundle) are served from there.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  /** The directory holding Sirena's package.json (the same under tsx from src/ and when built in dist/). */
  root: string;
  version: string;
}

let cached: PackageInfo | undefined;

/** Walks up from this file to Sirena's package.json. */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'sirena') return (cached = { root: dir, version: pkg.version ?? '0.0.0' });
    } catch {
      // No package.json here: one level up.
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the sirena package.json above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
