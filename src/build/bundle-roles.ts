// The build's last step before training: bundles each role's entry point, with the packages it imports, into
// dist/bundle/ (`npm run build` runs `node dist/src/build/bundle-roles.js`). A role then starts from a handful of
// files instead of resolving, reading and compiling some 400 modules: about a quarter less CPU to ready (API
// 1.5 → 1.1 s, worker 1.3 → 1.0 s, gateway 0.9 → 0.7 s on the 2-core test machine), which every start and every
// restart of a killed worker pays. The npm start scripts run these bundles; dist/src/ (tsc's output) keeps the
// library, the CLI and the same roles unbundled.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { packageInfo } from '../package-info.js';

/** The roles' entry points, as the npm start scripts name them (under dist/bundle/, with .js). */
const ROLE_ENTRIES = ['src/roles/main.ts', 'src/roles/api.ts', 'src/roles/gateway.ts', 'workers/classify-worker.ts'];
/** Where the bundles go, under the package root: the same paths as under dist/ (main.ts forks ../../workers/…). */
const BUNDLE_DIR = 'dist/bundle';

/**
 * Left as ordinary imports: native addons (loaded from their own build), and packages that serve files from their
 * own directory (the queue board's UI, Swagger UI).
 */
const EXTERNAL = ['bufferutil', 'utf-8-validate', 'msgpackr-extract', '@bull-board/*', 'swagger-ui-dist'];

/** Bundles the roles afresh (chunks are named by their content: old ones would pile up). */
async function bundleRoles(root: string): Promise<void> {
  rmSync(join(root, BUNDLE_DIR), { recursive: true, force: true });
  await build({
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
    external: EXTERNAL,
    // Names as in the source (class names show in logs and errors).
    keepNames: true,
    sourcemap: 'linked',
    // The CommonJS packages inside call require() for Node's built-ins and the externals above.
    banner: { js: "import { createRequire as __sirenaCreateRequire } from 'node:module'; const require = __sirenaCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

const started = performance.now();
await bundleRoles(packageInfo().root);
console.log(`roles bundled in ${Math.round(performance.now() - started)} ms → ${join(BUNDLE_DIR, '{src/roles,workers}')}`);
