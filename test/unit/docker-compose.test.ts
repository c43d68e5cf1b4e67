// docker-compose.yml and the Dockerfile are real: services run the same npm scripts as package.json, on a Redis with AOF on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TRAINING_CORPORA } from '../../src/classify/train-severity-check.js';

interface Service {
  command?: string[];
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown> | string[];
  cpu_shares?: number;
  ports?: string[];
  volumes?: string[];
  networks?: Record<string, { ipv4_address?: string } | null>;
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, Service> };
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const roleServices = Object.entries(compose.services).filter(([name]) => name !== 'redis' && name !== 'proxy');

describe('docker-compose.yml', () => {
  it('has redis with AOF, one api, two gateways, two routine workers, one urgent-lane worker and one push worker', () => {
    const redis = compose.services.redis;
    expect(redis?.command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
    const byScript = (script: string) => roleServices.filter(([, s]) => s.command?.join(' ') === `npm run ${script}`);
    expect(byScript('start:api')).toHaveLength(1);
    expect(byScript('start:gateway')).toHaveLength(2);
    const workers = byScript('start:worker');
    expect(workers.map(([, s]) => s.environment?.SIRENA_WORKER_LANES).sort()).toEqual(['push', 'routine', 'routine', 'urgent']);
    // Every service still gets the shared settings (a YAML merge replaces a whole environment map otherwise).
    for (const [name, service] of workers) expect(service.environment?.SIRENA_KEY_PREFIX, name).toBe('sirena:');
    // Routine and push workers weigh less for the CPU than everything else (containers are ranked by weight, not nice).
    for (const [name, service] of workers) {
      const batch = ['routine', 'push'].includes(service.environment?.SIRENA_WORKER_LANES ?? '');
      expect(service.cpu_shares, name).toBe(batch ? 256 : undefined);
    }
  });

  it('runs only npm scripts that exist, all built from this repo and pointed at the compose redis', () => {
    for (const [name, service] of roleServices) {
      const [npm, run, script] = service.command ?? [];
      expect([npm, run], name).toEqual(['npm', 'run']);
      expect(scripts[script as string], `${name}: npm script ${script}`).toBeDefined();
      expect(service.build, name).toBe('.');
      expect(service.environment?.REDIS_URL, name).toBe('redis://redis:6379');
      expect(Object.keys(service.depends_on ?? {}), name).toContain('redis');
    }
  });

  it('the role scripts start the built entry points (the roles\' bundles) of files in the source tree', () => {
    for (const script of ['start', 'start:api', 'start:gateway', 'start:worker']) {
      const entry = /node (dist\/bundle\/\S+)\.js/.exec(scripts[script] ?? '')?.[1];
      expect(entry, script).toBeDefined();
      // dist/bundle/… is the role bundled from the same source path (src/build/bundle-roles.ts).
      const source = `${(entry as string).replace(/^dist\/bundle\//, '')}.ts`;
      expect(() => readFileSync(source), `${script} → ${source}`).not.toThrow();
    }
  });

  it('publishes one port, the nginx proxy in front of the api and both gateways, trusted by every role', () => {
    const proxy = compose.services.proxy;
    expect(proxy?.image).toMatch(/^nginx:/);
    expect(proxy?.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
    const published = Object.entries(compose.services).filter(([, service]) => service.ports?.length);
    expect(published.map(([name]) => name)).toEqual(['proxy']);
    expect(proxy?.ports).toEqual(['8080:80']);
    // The roles trust exactly the proxy's fixed address for X-Forwarded-For.
    const address = proxy?.networks?.default?.ipv4_address;
    expect(address).toBeDefined();
    for (const [name, service] of roleServices) expect(service.environment?.SIRENA_TRUSTED_PROXIES, name).toBe(address);
    // deploy/nginx.conf's upstreams are the compose services that run the api and the gateways.
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    const upstream = (name: string) => [...(new RegExp(`upstream ${name} \\{([^}]*)\\}`).exec(conf)?.[1] ?? '').matchAll(/server (\S+):8080;/g)].map((m) => m[1]);
    const runs = (script: string) => roleServices.filter(([, s]) => s.command?.join(' ') === `npm run ${script}`).map(([name]) => name);
    expect(upstream('sirena_api')).toEqual(runs('start:api'));
    expect(upstream('sirena_gateways')).toEqual(runs('start:gateway'));
    expect(proxy?.depends_on).toEqual(expect.arrayContaining([...runs('start:api'), ...runs('start:gateway')]));
  });

  it('builds an image whose build can train the learned severity check (the tuning corpora are in it)', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    for (const path of TRAINING_CORPORA) {
      expect(dockerfile, path).toMatch(new RegExp(`^COPY .*\\b${path.replace(/[.]/g, '\\.')}\\b`, 'm'));
      expect(ignored, path).toContain(`!${path}`);
    }
    expect(scripts.build).toContain('node dist/src/build/write-severity-check.js');
  });
});
