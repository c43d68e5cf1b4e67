// /openapi.json covers every Express route of the API and gateway, is valid OpenAPI 3.1, and /docs renders it locally.
import { Validator } from '@seriousme/openapi-schema-validator';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiPath } from '../../src/api/openapi-document.js';
import { BULL_BOARD_PATH } from '../../src/api/routes/admin.js';
import { loadConfig } from '../../src/config.js';
import { ERROR_CODES } from '../../src/core/error-codes.js';
import { createLogger } from '../../src/observability/logger.js';
import { startHttpRole, type RunningHttpRole } from '../../src/roles/http-role.js';
import { request, testRedisUrl, uniquePrefix } from '../helpers/system.js';

interface RouterLayer {
  rawPath?: string;
  slash?: boolean;
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle: { stack?: RouterLayer[] };
}

/** Every route (method + path) registered on an Express app, nested routers included. */
function expressRoutes(app: Express): { method: string; path: string }[] {
  const out: { method: string; path: string }[] = [];
  const walk = (stack: RouterLayer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const path of [layer.route.path].flat()) {
          for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') out.push({ method, path: prefix + path });
        }
      } else if (layer.handle.stack) {
        walk(layer.handle.stack, layer.slash || typeof layer.rawPath !== 'string' ? prefix : prefix + layer.rawPath);
      }
    }
  };
  walk((app as unknown as { router: { stack: RouterLayer[] } }).router.stack, '');
  return out;
}

let role: RunningHttpRole;
let base: string;
let document: any;
beforeAll(async () => {
  // API + gateway in one process, as `npm start` runs them; the admin token mounts Bull Board too.
  const config = loadConfig({
    REDIS_URL: testRedisUrl(),
    SIRENA_KEY_PREFIX: uniquePrefix(),
    PORT: '0',
    HOST: '127.0.0.1',
    SIRENA_ADMIN_TOKEN: 'admin-token-for-the-openapi-test',
  });
  role = await startHttpRole({ config, logger: createLogger({ level: 'silent', role: 'test' }) }, { api: true, gateway: true });
  base = `http://127.0.0.1:${role.port}`;
  const response = await request(base, 'GET', '/openapi.json');
  expect(response.status).toBe(200);
  document = response.body;
});
afterAll(async () => {
  await role?.close();
});

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every Express route of the API and the gateway, with its methods, and no route that does not exist', () => {
    const routes = expressRoutes(role.app);
    expect(routes.length).toBeGreaterThan(10);
    // Bull Board is an Express sub-app mounted at its path (its UI and API routes are its own): one entry.
    const ours = routes.filter((route) => !route.path.startsWith(`${BULL_BOARD_PATH}/`) && route.path !== BULL_BOARD_PATH);
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    const registered = [...new Set(ours.map((route) => `${route.method} ${openApiPath(route.path)}`)), `get ${BULL_BOARD_PATH}`];
    expect([...documented].sort()).toEqual([...registered].sort());
    for (const path of ['/v1/updates', '/v1/alerts', '/v1/stream', '/admin/ops', '/metrics', '/']) expect(document.paths).toHaveProperty([path]);
  });

  it('has the error schema with every code of the catalog, and schemas generated from zod', () => {
    const error = document.components.schemas.Error;
    expect(error.properties.error.properties.code.enum).toEqual(Object.keys(ERROR_CODES));
    expect(document.components.schemas.Alert.properties.severity.enum).toEqual(['unknown', 'minor', 'moderate', 'severe', 'extreme']);
    const post = document.paths['/v1/updates'].post;
    expect(Object.keys(post.responses).sort()).toEqual(['200', '201', '202', '400', '401', '403', '404', '409', '413', '415', '429', '500', '503']);
    expect(Object.keys(post.requestBody.content)).toEqual(['application/json', 'application/cap+xml']);
    expect(post.responses['400'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    const stream = document.paths['/v1/stream'].get;
    expect(stream.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(
      expect.arrayContaining(['query:topic', 'query:minSeverity', 'query:since', 'header:Last-Event-ID']),
    );
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(([, name]) => name);
    for (const name of refs) expect(document.components.schemas).toHaveProperty([name!]);
  });
});

describe('GET /docs', () => {
  it('serves the renderer from node_modules, pointed at /openapi.json, with no outside URL', async () => {
    const page = await request<string>(base, 'GET', '/docs');
    expect(page.status).toBe(200);
    expect(page.body).toContain("url: '/openapi.json'");
    expect(page.body).not.toMatch(/https?:\/\//);
    for (const asset of ['/docs/assets/swagger-ui-bundle.js', '/docs/assets/swagger-ui.css']) {
      const response = await fetch(`${base}${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.text()).length, asset).toBeGreaterThan(1000);
    }
  });
});
