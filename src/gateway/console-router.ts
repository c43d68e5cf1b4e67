// The live web console at / (static files in console/, the SDK's browser bundle at /client/): no framework, no CDN.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import type { TopicSummary } from '../core/topic.js';
import { packageInfo } from '../package-info.js';

/** Where the console's page, script and styles live (committed, not built). */
export const CONSOLE_DIR = 'console';
/** Where `npm run build` writes the SDK's browser bundle. */
export const CLIENT_BUNDLE_DIR = 'dist/client';

/**
 * @param options.tokenRequired SIRENA_JWT_SECRET is set: the console asks for a subscriber token (or takes one from
 * `#token=` in its address) and reads history and live alerts with it, within its topics; `publicTopics` need none.
 */
export function consoleRouter(options: {
  topics: readonly TopicSummary[];
  tokenRequired: boolean;
  publicTopics: readonly string[];
  /** SIRENA_EDITOR_KEYS is set: the console offers an editor sign-in (re-grade, re-topic, cancel). */
  editing?: boolean;
  /** SIRENA_PUSH_MIN_SEVERITY: the console says pushes never go below it. @defaultValue "severe" */
  pushMinSeverity?: string;
}): Router {
  const { root } = packageInfo();
  const topics = options.topics.map(({ id, name, description }) => ({ id, name, ...(description && { description }) }));
  // The page carries the gateway's topics, so the console needs no API call (a gateway may run without the API).
  const config = JSON.stringify({
    topics,
    tokenRequired: options.tokenRequired,
    publicTopics: options.publicTopics,
    editing: options.editing === true,
    pushMinSeverity: options.pushMinSeverity ?? 'severe',
  }).replace(/</g, '\\u003c');
  const page = readFileSync(join(root, CONSOLE_DIR, 'index.html'), 'utf8').replace(
    '<!-- sirena-config -->',
    `<script type="application/json" id="sirena-config">${config}</script>`,
  );
  const router = Router();
  router.get('/', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(page);
  });
  // Installable: the web app manifest, and the service worker that shows pushes while no console is open. The worker
  // is served from the root so that its scope is the whole console.
  const manifest = readFileSync(join(root, CONSOLE_DIR, 'manifest.webmanifest'), 'utf8');
  const serviceWorker = readFileSync(join(root, CONSOLE_DIR, 'service-worker.js'), 'utf8');
  router.get('/manifest.webmanifest', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('application/manifest+json').send(manifest);
  });
  router.get('/sirena-sw.js', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('text/javascript').send(serviceWorker);
  });
  router.use('/console', express.static(join(root, CONSOLE_DIR), { index: false }));
  router.use('/client', express.static(join(root, CLIENT_BUNDLE_DIR), { index: false }));
  return router;
}
