// The README's tables are the code's: every error code and every environment variable, no more, no less.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENV_SCHEMA } from '../../src/config.js';
import { ERROR_CODES } from '../../src/core/error-codes.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('lists exactly the error catalog, with statuses and meanings', () => {
    const table = readme.split('<!-- error-codes:start')[1]?.split('<!-- error-codes:end')[0] ?? '';
    const rows = [...table.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \| (.+) \|$/gm)].map(([, code, status, text]) => [code, Number(status), text]);
    expect(rows).toEqual(Object.entries(ERROR_CODES).map(([code, spec]) => [code, spec.status, spec.description]));
  });

  it('documents every environment variable the config reads', () => {
    const documented = [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map(([, name]) => name).sort();
    expect(documented).toEqual(Object.keys(ENV_SCHEMA.shape).sort());
  });
});
