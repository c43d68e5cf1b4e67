// Finds the Redis a process uses: Sentinel or Cluster when configured, else REDIS_URL, or (only when none of them is
// set) a private redis-server for the demo.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config, RedisTarget } from '../config.js';
import type { Logger } from '../observability/logger.js';
import { describeRedisTarget, pingRedis, waitForRedisAnswer } from '../store/redis-connection.js';

export interface ResolvedRedis {
  /** The URL in use (REDIS_URL or the private server's); with Sentinel or Cluster, config.redisUrl unchanged. */
  url: string;
  /** Where every connection of the process goes. */
  target: RedisTarget;
  /** Stops the private redis-server, if one was started. */
  stop(): Promise<void>;
}

export class RedisUnreachableError extends Error {
  override name = 'RedisUnreachableError';
}

/**
 * Checks that Redis answers. Sentinel, Cluster or REDIS_URL set and unreachable → RedisUnreachableError naming it.
 * None of them set and nothing on the default → a private `redis-server` from PATH on a free loopback port, which
 * stops with the process.
 */
export async function resolveRedis(config: Config, logger: Logger): Promise<ResolvedRedis> {
  // For a URL, redisUrl is the one to use (a caller may have resolved it already).
  const target: RedisTarget = config.redis.kind === 'url' ? { kind: 'url', url: config.redisUrl } : config.redis;
  try {
    await pingRedis(target);
    return { url: config.redisUrl, target, stop: async () => undefined };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (!config.redisUrlDefaulted) {
      throw new RedisUnreachableError(`cannot reach Redis at ${describeRedisTarget(target)}: ${reason}`);
    }
    logger.warn(`nothing answers at ${config.redisUrl} and REDIS_URL is unset: starting a private redis-server`);
    return startPrivateRedis(logger);
  }
}

async function startPrivateRedis(logger: Logger): Promise<ResolvedRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'sirena-redis-'));
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore' },
  );
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new RedisUnreachableError(
          error.code === 'ENOENT'
            ? 'no Redis at redis://127.0.0.1:6379 and no redis-server on PATH: install it (apt-get install redis-server) or set REDIS_URL'
            : `could not start redis-server: ${error.message}`,
        ),
      ),
    ),
  );
  const url = `redis://127.0.0.1:${port}`;
  const ready = waitForRedisAnswer(url, 5000).catch(() => {
    throw new RedisUnreachableError(`the private redis-server on ${url} did not answer within 5 s`);
  });
  await Promise.race([ready, spawnError]);
  logger.warn({ url }, `private demo Redis at ${url}: data is kept in memory only and lost on exit (set REDIS_URL for real use)`);
  return {
    url,
    target: { kind: 'url', url },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
