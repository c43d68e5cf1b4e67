// The built-in rules as the roles' bundles carry them (src/build/built-in-rules.ts): the same data as the module they
// stand in for, with the key rulesKeyOf computes, and the stand-in really is what the built roles load.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_RULES_MARK, builtInRulesPlugin, builtInRulesSource } from '../../src/build/built-in-rules.js';
import * as rules from '../../src/classify/default-topics.js';
import { rulesKeyOf } from '../../src/classify/severity-check.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Node's own loader, as a role's: vitest's import() would run the 2.5 MB bundle through its transform first (~3 s). */
const nativeRequire = createRequire(import.meta.url);

/** Every array in `value`, each time it is reached. */
function arraysOf(value: unknown, found: unknown[][] = []): unknown[][] {
  if (Array.isArray(value)) {
    found.push(value);
    value.forEach((item) => arraysOf(item, found));
  } else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => arraysOf(item, found));
  return found;
}

describe('the built-in rules bundled as literals', () => {
  let dir: string;
  let bundled: Record<string, unknown> & { rulesKeyOf: typeof rulesKeyOf; DEFAULT_TOPICS: typeof rules.DEFAULT_TOPICS };
  let source: string;

  beforeAll(async () => {
    source = builtInRulesSource({ ...rules }, rulesKeyOf(rules.DEFAULT_TOPICS));
    dir = await mkdtemp(join(tmpdir(), 'sirena-rules-'));
    const outfile = join(dir, 'rules.cjs');
    // The module and rulesKeyOf bundled as the roles are: with the plugin, so default-topics.ts is the stand-in.
    await build({
      stdin: {
        contents: "export * from './src/classify/default-topics.ts'; export { rulesKeyOf } from './src/classify/severity-check.ts';",
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      outfile,
      plugins: [builtInRulesPlugin(source)],
      logLevel: 'silent',
    });
    bundled = nativeRequire(outfile);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('export what the module exports, equal to the last field, but the rules as written before the parse', () => {
    const names = Object.keys(rules).filter((name) => name !== 'DEFAULT_TOPICS_INPUT');
    expect(names).toContain('DEFAULT_TOPICS');
    expect(Object.keys(bundled).sort()).toEqual([...names, 'rulesKeyOf'].sort());
    for (const name of names) expect(bundled[name], name).toStrictEqual((rules as Record<string, unknown>)[name]);
    expect(JSON.stringify(bundled.DEFAULT_TOPICS)).toBe(JSON.stringify(rules.DEFAULT_TOPICS));
  });

  it('carry the key rulesKeyOf computes from them, without hashing them at start', () => {
    expect(source).toContain(`rememberRulesKey(DEFAULT_TOPICS, "${rulesKeyOf(rules.DEFAULT_TOPICS)}")`);
    expect(bundled.rulesKeyOf(bundled.DEFAULT_TOPICS)).toBe(rulesKeyOf(rules.DEFAULT_TOPICS));
    // Hashed afresh (a copy is not remembered): the remembered key is the true one.
    expect(bundled.rulesKeyOf(structuredClone(bundled.DEFAULT_TOPICS))).toBe(rulesKeyOf(rules.DEFAULT_TOPICS));
  });

  it('give every list an array of its own, as the parse does, though the source writes shared lists once', () => {
    expect(source).toMatch(/const LIST_0 = \[/);
    const arrays = arraysOf(bundled.DEFAULT_TOPICS);
    expect(arrays.length).toBeGreaterThan(400);
    expect(new Set(arrays).size).toBe(arrays.length);
    const exported = Object.entries(bundled).filter(([, value]) => Array.isArray(value)).map(([, value]) => value);
    expect(exported.length).toBeGreaterThan(5);
    for (const list of exported) expect(arrays).not.toContain(list);
  });

  it('refuse what a literal cannot hold, naming where it is', () => {
    const key = rulesKeyOf(rules.DEFAULT_TOPICS);
    expect(() => builtInRulesSource({ DEFAULT_TOPICS: { topics: [{ weight: Number.NaN }] } }, key)).toThrow('DEFAULT_TOPICS.topics[0].weight is NaN');
    expect(() => builtInRulesSource({ DEFAULT_TOPICS: { places: new Set(['Kyiv']) } }, key)).toThrow('DEFAULT_TOPICS.places is not plain data ([object Set])');
    expect(() => builtInRulesSource({ DRILLS: [] }, key)).toThrow('no DEFAULT_TOPICS export');
    expect(() => builtInRulesSource({ DEFAULT_TOPICS: {} }, 'not-a-key')).toThrow('"not-a-key" is not a rules key');
  });

  it('are what the built roles load (dist/bundle, as the global setup built it from these sources)', async () => {
    // The chunks each role's entry reaches through its static imports (earlier builds' chunks stay beside them a day).
    const reached = new Map<string, string>();
    const visit = async (file: string): Promise<void> => {
      if (reached.has(file)) return;
      const text = await readFile(file, 'utf8');
      reached.set(file, text);
      for (const [, spec] of text.matchAll(/(?:^|\n)import\s*(?:[^'"]*?from\s*)?"(\.[^"]+\.js)"/g)) await visit(resolve(dirname(file), spec!));
    };
    for (const entry of ['src/roles/api.js', 'src/roles/main.js', 'workers/classify-worker.js']) await visit(join(ROOT, 'dist/bundle', entry));
    const texts = [...reached.values()];
    expect(texts.filter((text) => text.includes(BUILT_IN_RULES_MARK))).toHaveLength(1);
    // The written rules' own code is not in them: its parse names its source "built-in defaults".
    expect(texts.filter((text) => text.includes("'built-in defaults'") || text.includes('"built-in defaults"'))).toEqual([]);
  });
});
