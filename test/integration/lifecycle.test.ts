// Process lifecycle: start-up failures say what is wrong, the supervisor restarts workers, SIGTERM loses nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { freePort, resolveRedis } from '../../src/roles/redis-bootstrap.js';
import { pingRedis } from '../../src/store/redis-connection.js';
import {
  connectClient,
  postUpdate,
  request,
  spawnRole,
  startRole,
  startSystem,
  testRedisUrl,
  uniquePrefix,
  waitUntil,
  type RoleProcess,
} from '../helpers/system.js';

const started: RoleProcess[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((proc) => proc.stop('SIGKILL')));
});

describe('start-up', () => {
  it.each(['api', 'gateway', 'worker'] as const)('%s exits 1 with one line naming an unreachable REDIS_URL', async (role) => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const proc = spawnRole(role, { REDIS_URL: url });
    started.push(proc);
    const { code } = await proc.waitForExit();
    expect(code).toBe(1);
    expect(proc.output).toHaveLength(1);
    expect(proc.output[0]).toContain(`cannot reach Redis at ${url} (REDIS_URL)`);
  });

  it('exits 1 with one line naming unreachable sentinels or cluster nodes (never a private server)', async () => {
    const [a, b] = [await freePort(), await freePort()];
    const sentinel = spawnRole('api', { REDIS_SENTINELS: `127.0.0.1:${a},127.0.0.1:${b}`, REDIS_SENTINEL_NAME: 'sirena' });
    const cluster = spawnRole('worker', { REDIS_CLUSTER_NODES: `127.0.0.1:${a},127.0.0.1:${b}` });
    started.push(sentinel, cluster);
    for (const proc of [sentinel, cluster]) {
      expect((await proc.waitForExit()).code).toBe(1);
      expect(proc.output).toHaveLength(1);
    }
    expect(sentinel.output[0]).toContain(`cannot reach Redis at primary "sirena" of sentinels 127.0.0.1:${a},127.0.0.1:${b} (REDIS_SENTINELS, REDIS_SENTINEL_NAME)`);
    expect(cluster.output[0]).toContain(`cannot reach Redis at cluster 127.0.0.1:${a},127.0.0.1:${b} (REDIS_CLUSTER_NODES)`);
  });

  it('exits 1 naming a bad variable', async () => {
    const proc = spawnRole('api', { REDIS_URL: testRedisUrl(), SIRENA_WORKER_CONCURRENCY: 'lots' });
    started.push(proc);
    expect((await proc.waitForExit()).code).toBe(1);
    expect(proc.output.join('\n')).toMatch(/SIRENA_WORKER_CONCURRENCY: .*"lots"/);
  });

  it('with REDIS_URL unset and nothing answering, starts a private redis-server and stops it after', async () => {
    const config = { ...loadConfig({}), redisUrl: `redis://127.0.0.1:${await freePort()}` };
    const resolved = await resolveRedis(config, createLogger({ level: 'silent', role: 'test' }));
    expect(resolved.url).not.toBe(config.redisUrl);
    await pingRedis(resolved.url);
    await resolved.stop();
    await expect(pingRedis(resolved.url, 300)).rejects.toThrow();
  });
});

/**
 * `npm start` with `workers` routine workers, once all its workers (those, the urgent-lane one and the push one) said
 * they are ready: the process, its "worker ready" lines so far, and the workers' pids.
 */
async function startSupervisor(workers: number): Promise<{ main: RoleProcess; readyLines: () => string[]; workerPids: number[] }> {
  const main = await startRole('main', { REDIS_URL: testRedisUrl(), SIRENA_KEY_PREFIX: uniquePrefix(), SIRENA_WORKERS: String(workers) });
  started.push(main);
  const readyLines = () => main.output.filter((line) => line.includes('worker ready'));
  await waitUntil(() => readyLines().length >= workers + 2, `${workers + 2} workers ready`);
  return { main, readyLines, workerPids: readyLines().map((line) => (JSON.parse(line) as { pid: number }).pid) };
}

describe('npm start supervisor', () => {
  it('serves API and gateway on one port, restarts a killed worker, and stops everything on SIGTERM', async () => {
    // Two routine workers, the urgent-lane one and the push one.
    const { main, readyLines, workerPids } = await startSupervisor(2);

    process.kill(workerPids[0]!, 'SIGKILL');
    await main.waitForLog('worker exited; restarting');
    await waitUntil(() => readyLines().length >= 5, 'the restarted worker ready');

    // One process serves both roles, so its readiness covers both: the API's queue and the gateway's feed, and every
    // worker warm (the restarted one says so over IPC just after its log line).
    const ready = await waitUntil(async () => {
      const answer = await request(main.url, 'GET', '/readyz');
      return answer.status === 200 ? answer.body : null;
    }, 'ready with the restarted worker');
    expect(ready).toEqual({ status: 'ready', checks: { redis: 'ok', queue: 'ok', feed: 'ok', workers: 'ok' } });

    const client = await connectClient(main.url);
    await client.subscribe({ topics: ['diplomacy'] });
    expect((await postUpdate(main.url, { text: 'Talks in Geneva', topics: ['diplomacy'] })).status).toBe(202);
    await client.waitForAlerts(1);
    client.close();

    const { code } = await main.stop('SIGTERM');
    expect(code).toBe(0);
    const livePids = main.output
      .filter((line) => line.includes('worker ready'))
      .map((line) => (JSON.parse(line) as { pid: number }).pid);
    for (const pid of livePids) expect(() => process.kill(pid, 0)).toThrow();
  });
});

describe('npm start supervisor killed', () => {
  it('its workers stop when it is killed with SIGKILL (no orphan goes on taking jobs)', async () => {
    const { main, workerPids } = await startSupervisor(1);
    await main.stop('SIGKILL');
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await waitUntil(() => workerPids.every((pid) => !alive(pid)) || null, 'every worker gone', 15_000);
    expect(main.output.some((line) => line.includes('supervisor gone'))).toBe(true);
  });
});

describe('SIGTERM', () => {
  it('a worker finishes in-flight jobs and the rest are picked up: every accepted update alerted once', async () => {
    const sys = await startSystem({ workers: 1 });
    try {
      const updates = Array.from({ length: 400 }, (_, i) => ({ id: `term-${i}`, text: `Troops rotated ${i}`, topics: ['troops'] }));
      const posted = await postUpdate(sys, { updates });
      expect(posted.status).toBe(202);
      const { code } = await sys.workers[0]!.stop('SIGTERM');
      expect(code).toBe(0);
      await sys.addWorker();
      const alerts = await waitUntil(async () => {
        const all = await request<{ alerts: { id: string; seq: number }[] }>(sys.api.url, 'GET', '/v1/alerts?topic=troops&after=0&limit=1000');
        return all.body.alerts.length >= 400 ? all.body.alerts : null;
      }, '400 alerts stored', 20_000);
      expect(new Set(alerts.map((a) => a.id)).size).toBe(400);
      expect(alerts).toHaveLength(400);
    } finally {
      await sys.stop();
    }
  });

  it.each(['api', 'gateway'] as const)('%s exits 0 promptly, and a gateway tells sockets to reconnect', async (role) => {
    const proc = await startRole(role, { REDIS_URL: testRedisUrl(), SIRENA_KEY_PREFIX: uniquePrefix() });
    started.push(proc);
    let notice: unknown;
    if (role === 'gateway') {
      const client = await connectClient(proc.url);
      client.socket.on('shutdown', (n) => {
        notice = n;
      });
    }
    const t0 = Date.now();
    expect((await proc.stop('SIGTERM')).code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000);
    if (role === 'gateway') expect(notice).toEqual({ reconnect: true, retryMs: expect.any(Number) });
  });
});
