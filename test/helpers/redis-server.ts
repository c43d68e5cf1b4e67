// Starts and stops private redis-server processes for tests (never the machine's 6379).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/roles/redis-bootstrap.js';
import { waitForRedisAnswer } from '../../src/store/redis-connection.js';

export interface TestRedis {
  url: string;
  port: number;
  dir: string;
  /** Stops the server (SIGKILL with `hard`: a crash). */
  stop(options?: { hard?: boolean }): Promise<void>;
  /** Starts it again on the same port and directory (with AOF, the data comes back). */
  restart(): Promise<void>;
}

export async function startRedisServer(options: { appendonly?: boolean; port?: number } = {}): Promise<TestRedis> {
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'sirena-test-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess;
  // With AOF, `appendfsync no`: Redis writes each command to the file before it replies, so a restart of the process
  // (SIGTERM or SIGKILL, the faults the tests make) loses nothing it acknowledged; an fsync only guards against the
  // machine itself going down, which no test does, and with `always` every write waited on a disk the whole suite
  // shares. (It did not explain the AOF fault test's 19 s in busy suite runs, against 4.5 s alone: that is the CPU its
  // neighbours take.)
  const launch = async () => {
    child = spawn(
      'redis-server',
      [
        '--port', String(port), '--bind', '127.0.0.1', '--save', '',
        '--appendonly', options.appendonly ? 'yes' : 'no', '--appendfsync', 'no', '--dir', dir,
      ],
      { stdio: 'ignore' },
    );
    await waitForRedisAnswer(url, 10_000);
  };
  await launch();
  const stopChild = async (hard: boolean) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(hard ? 'SIGKILL' : 'SIGTERM');
    await exited;
  };
  return {
    url,
    port,
    dir,
    stop: async ({ hard = false } = {}) => stopChild(hard),
    restart: async () => {
      await stopChild(false);
      await launch();
    },
  };
}

export function removeRedisDir(redis: TestRedis): void {
  rmSync(redis.dir, { recursive: true, force: true });
}
