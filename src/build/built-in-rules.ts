// The built-in rules as the roles' bundles carry them: parsed and checked once, by the build, and written into the
// bundle as literals. A classifying role (the API, each worker) otherwise builds the rules' lists, parses their 144,000
// terms through the topics-file schema and hashes the result into the rules' key as it starts: ~250 ms of the API's
// ~1.2 s of CPU to listen, paid at every start and every restart of a killed worker. tsc's output (dist/src: the
// library, the CLI, the unbundled roles) and the tests keep src/classify/default-topics.ts as written.
import type { Plugin } from 'esbuild';

/** The module the plugin stands in for, by its path under the package root. */
export const BUILT_IN_RULES_MODULE = /[\\/]src[\\/]classify[\\/]default-topics\.ts$/;

/** Marks the stand-in in the bundle (a test looks for it in dist/bundle). */
export const BUILT_IN_RULES_MARK = 'sirena: built-in rules parsed by the build';

/**
 * Exports of src/classify/default-topics.ts a role never imports: the rules as written, before the parse (tests build
 * topics files of their own from them). Left out of the stand-in; a role that imported one would fail the bundle.
 */
const SOURCE_ONLY = new Set(['DEFAULT_TOPICS_INPUT']);

/** Lists of strings shorter than this (as JSON) are written where they stand, not shared. */
const SHARED_MIN_CHARS = 40;

/**
 * The stand-in module's source: every export of `rules` (default-topics as the build evaluated it) as a literal, each
 * list of strings that occurs more than once written once and copied where it stands (the parse gives every list an
 * array of its own; the rules share many, so this keeps the bundle ~2 MB smaller than plain JSON), and the parsed
 * rules' key recorded as the build computed it (`rulesKey`, from the same object), so a role does not hash them again.
 */
export function builtInRulesSource(rules: Record<string, unknown>, rulesKey: string): string {
  if (!('DEFAULT_TOPICS' in rules)) throw new Error('built-in rules: the module has no DEFAULT_TOPICS export');
  if (!/^[0-9a-f]{32}$/.test(rulesKey)) throw new Error(`built-in rules: "${rulesKey}" is not a rules key`);
  const exported = Object.entries(rules).filter(([name]) => !SOURCE_ONLY.has(name));
  const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
  const counts = new Map<string, number>();
  const count = (value: unknown): void => {
    if (isStringList(value)) {
      const json = JSON.stringify(value);
      counts.set(json, (counts.get(json) ?? 0) + 1);
    } else if (Array.isArray(value)) value.forEach(count);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(count);
  };
  exported.forEach(([, value]) => count(value));
  const shared = new Map<string, string>();
  // A legal comment (`/*!`): esbuild keeps it in the bundle (at the end of the chunk), where it drops the others.
  const lines = [`/*! ${BUILT_IN_RULES_MARK} (src/build/built-in-rules.ts) from src/classify/default-topics.ts */`];
  lines.push(`import { rememberRulesKey } from './severity-check.ts';`);
  for (const [json, times] of counts) {
    if (times < 2 || json.length < SHARED_MIN_CHARS) continue;
    const name = `LIST_${shared.size}`;
    shared.set(json, name);
    lines.push(`const ${name} = ${json};`);
  }
  const literal = (value: unknown, path: string): string => {
    if (isStringList(value)) {
      const json = JSON.stringify(value);
      const name = shared.get(json);
      return name === undefined ? json : `${name}.slice()`;
    }
    if (Array.isArray(value)) return `[${value.map((item, index) => literal(item, `${path}[${index}]`)).join(',')}]`;
    if (value === undefined) return 'undefined';
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`built-in rules: ${path} is ${value}, which a literal cannot hold`);
      return Object.is(value, -0) ? '-0' : String(value);
    }
    if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${literal(item, `${path}.${key}`)}`).join(',')}}`;
    }
    throw new Error(`built-in rules: ${path} is not plain data (${Object.prototype.toString.call(value)})`);
  };
  for (const [name, value] of exported) lines.push(`export const ${name} = ${literal(value, name)};`);
  lines.push(`rememberRulesKey(DEFAULT_TOPICS, ${JSON.stringify(rulesKey)});`);
  return `${lines.join('\n')}\n`;
}

/**
 * An esbuild plugin that bundles `source` (builtInRulesSource) in place of src/classify/default-topics.ts.
 * @example await build({ ...options, plugins: [builtInRulesPlugin(builtInRulesSource(rules, rulesKeyOf(rules.DEFAULT_TOPICS)))] });
 */
export function builtInRulesPlugin(source: string): Plugin {
  return {
    name: 'sirena-built-in-rules',
    setup(build) {
      build.onLoad({ filter: BUILT_IN_RULES_MODULE }, () => ({ contents: source, loader: 'js' }));
    },
  };
}
