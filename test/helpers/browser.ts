// A headless Chromium for browser tests: the system's when one is installed, else the one `npm ci` brought in
// @sparticuz/chromium (a brotli-packed build inside the package: nothing is downloaded, nothing to apt-get).
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

/** Flags for any Chromium here: this machine's network is closed, so nothing may phone home. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches headless Chromium: `chromium` from PATH (Debian's /usr/bin/chromium) when installed, else the packaged one.
 * @example const browser = await launchBrowser(); const page = await browser.newPage();
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = systemChromium() ?? (await packagedChromium());
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** The first executable `chromium` on PATH (or /usr/bin/chromium), if any. */
function systemChromium(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin'];
  for (const dir of dirs) {
    const candidate = join(dir, 'chromium');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * The packaged Chromium, unpacked once into tmpdir()/sirena-chromium-<version>/. The package always unpacks into
 * tmpdir() itself and takes a half-written file there for a finished one, so each caller (two test files may
 * start at once) unpacks in a child process whose TMPDIR is a fresh folder of its own, then renames that folder
 * into place: the rename is atomic, the first one wins, and a later one finds the folder there and drops its copy.
 * A caller killed midway leaves only its own folder behind, never a broken browser.
 */
async function packagedChromium(): Promise<string> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@sparticuz/chromium');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  const home = join(tmpdir(), `sirena-chromium-${version}`);
  const binary = join(home, 'chromium');
  if (existsSync(binary)) return binary;

  const scratch = mkdtempSync(join(tmpdir(), `sirena-chromium-${version}.partial-`));
  try {
    const unpack = `const { default: c } = await import(${JSON.stringify(pathToFileURL(entry).href)}); await c.executablePath();`;
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', unpack], {
      env: { ...process.env, TMPDIR: scratch },
      timeout: 120_000,
    });
    if (!existsSync(join(scratch, 'chromium'))) throw new Error(`@sparticuz/chromium left no chromium in ${scratch}`);
    try {
      renameSync(scratch, home);
    } catch (error) {
      // Another caller finished first (a directory does not replace a non-empty one).
      if (!existsSync(binary)) throw error;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return binary;
}
