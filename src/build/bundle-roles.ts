// The build's last step before training: bundles each role's entry point, with the packages it imports, into
// dist/bundle/ (`npm run build` runs `node dist/src/build/bundle-roles.js`). A role then loads its entry file and
// a few shared chunks instead of resolving, reading and compiling some 400 modules: about a quarter less CPU to ready
// (API 1.5 → 1.1 s, worker 1.2 → 1.0 s, gateway 0.87 → 0.66 s on the 2-core test machine), which every start and
// every restart of a killed worker pays. The npm start scripts run these bundles; dist/src/ (tsc's output) keeps the
// library, the CLI and the same roles unbundled. Stack traces name the bundle's files; run a role with
// NODE_OPTIONS=--enable-source-maps to have them name src/ (the maps are beside the bundles).
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as builtInRules from '../classify/default-topics.js';
import { rulesKeyOf } from '../classify/severity-check.js';
import { packageInfo } from '../package-info.js';
import { builtInRulesPlugin, builtInRulesSource } from './built-in-rules.js';

/**
 * The roles' entry points, as the npm start scripts name them (under dist/bundle/, with .js), and the `sirena` CLI (the
 * package's `bin`): bundled, a CLI command starts on about half the CPU (0.47 → 0.22 s for `sirena --help`).
 */
const ROLE_ENTRIES = ['src/roles/main.ts', 'src/roles/api.ts', 'src/roles/gateway.ts', 'workers/classify-worker.ts', 'src/cli/sirena.ts'];
/** Where the bundles go, under the package root: the same paths as under dist/ (main.ts forks ../../workers/…). */
const BUNDLE_DIR = 'dist/bundle';

/**
 * Left as ordinary imports: native addons (loaded from their own build), and packages that serve files from their
 * own directory (the queue board's UI, Swagger UI). The queue board, imported on the first /admin/queues request,
 * then loads its own copy of bullmq and express from node_modules: it accepts our queues by their BullMQ version
 * mark (`metaValues.version`) where `instanceof` fails across the two copies, and mounts as an ordinary router.
 */
const EXTERNAL = ['bufferutil', 'utf-8-validate', 'msgpackr-extract', '@bull-board/*', 'swagger-ui-dist'];

/**
 * Files of earlier builds are kept this long: a role started from one may still import a chunk of it later (the
 * API's Web Push module on the first push subscription; `npm start` forks a new worker from its files).
 */
const STALE_KEPT_MS = 24 * 3_600_000;

/**
 * Bundles the roles. Files are written over in place, never removed first: roles already running from this
 * checkout (a rebuild by `npm run start:*` or by the tests) keep finding the chunks they import late. Chunks are
 * named by their content, so those of earlier builds that this one did not write go once a day old.
 */
async function bundleRoles(root: string): Promise<void> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ROLE_ENTRIES,
    outbase: '.',
    outdir: BUNDLE_DIR,
    bundle: true,
    // Modules a role imports with import() (the API's, in a lone gateway) stay in chunks of their own, loaded when asked.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Letters as they are, not \u escapes: the built-in rules' Ukrainian words made the rules' chunk 7.7 MB, 3.8 MB so,
    // which every role reads, decodes and parses as it starts.
    charset: 'utf8',
    external: EXTERNAL,
    // No keepNames: it wraps every function in a call that defines its \`name\` on each closure made, which gives every
    // per-socket closure a property store of its own (~2.5 KB per idle socket, measured from a heap snapshot).
    sourcemap: 'linked',
    // The CommonJS packages inside call require() for Node's built-ins and the externals above.
    banner: { js: "import { createRequire as __sirenaCreateRequire } from 'node:module'; const require = __sirenaCreateRequire(import.meta.url);" },
    logLevel: 'warning',
    metafile: true,
    // The built-in rules as literals, parsed here once (the module beside this one, tsc's output of the same sources).
    plugins: [builtInRulesPlugin(builtInRulesSource({ ...builtInRules }, rulesKeyOf(builtInRules.DEFAULT_TOPICS)))],
  });
  const written = new Set(Object.keys(result.metafile.outputs));
  const cutoff = Date.now() - STALE_KEPT_MS;
  for (const entry of readdirSync(join(root, BUNDLE_DIR), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (!written.has(relative(root, path)) && statSync(path).mtimeMs < cutoff) rmSync(path, { force: true });
  }
}

const started = performance.now();
await bundleRoles(packageInfo().root);
console.log(`roles and the CLI bundled in ${Math.round(performance.now() - started)} ms → ${join(BUNDLE_DIR, '{src/roles,workers,src/cli}')}`);
