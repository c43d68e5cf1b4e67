// `npm start`: API + gateway on PORT in this process, SIRENA_WORKERS routine worker processes and one urgent-lane
// worker, restarted if they die.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../observability/logger.js';
import type { ReadinessCheck } from '../api/routes/health.js';
import { startHttpRole } from './http-role.js';
import { isWorkerReadyMessage, runRole, type RoleContext, type RunningRole } from './role-runtime.js';

const WORKER_ENTRY = fileURLToPath(new URL('../../workers/classify-worker.js', import.meta.url));

/** Keeps one worker process alive: restarts it with backoff when it exits unexpectedly. */
class SupervisedWorker {
  private child: ChildProcess | undefined;
  private stopping = false;
  private restarts = 0;
  private startedAt = 0;
  /** True from the worker's "ready" message (it has warmed up and takes jobs) until it exits. */
  ready = false;

  constructor(
    private readonly index: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.startedAt = Date.now();
    const child = fork(WORKER_ENTRY, [], { env: this.env, stdio: 'inherit' });
    this.child = child;
    this.ready = false;
    child.on('message', (message) => {
      if (isWorkerReadyMessage(message)) this.ready = true;
    });
    child.once('exit', (code, signal) => {
      this.ready = false;
      if (this.stopping) return;
      // A worker that ran a while before dying gets a fresh backoff.
      if (Date.now() - this.startedAt > 60_000) this.restarts = 0;
      const delay = Math.min(500 * 2 ** this.restarts, 30_000);
      this.restarts += 1;
      this.logger.error({ worker: this.index, code, signal, restartInMs: delay }, 'worker exited; restarting');
      setTimeout(() => {
        if (!this.stopping) this.start();
      }, delay).unref();
    });
  }

  /** SIGTERM, then wait: the worker finishes its in-flight jobs. */
  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  }
}

async function startAll(ctx: RoleContext): Promise<RunningRole> {
  const { config, logger } = ctx;
  // Children use the Redis this process resolved (possibly the private demo server) and never start their own.
  const env = { ...process.env, REDIS_URL: config.redisUrl };
  // Routine workers, and one process for the urgent lane alone: idle until an extreme alert comes, so the OS runs
  // it at once however busy the routine workers are with a backlog.
  const workers = [
    ...Array.from({ length: config.workers }, (_, i) => new SupervisedWorker(i + 1, { ...env, SIRENA_WORKER_LANES: 'routine' }, logger)),
    new SupervisedWorker(config.workers + 1, { ...env, SIRENA_WORKER_LANES: 'urgent' }, logger),
    // Web Push sending, in a process of its own (src/push/).
    new SupervisedWorker(config.workers + 2, { ...env, SIRENA_WORKER_LANES: 'push' }, logger),
  ];
  // Workers boot while the HTTP role starts; /readyz answers 200 only once every one of them is warm and taking jobs,
  // so the first alert after "ready" does not wait for a worker to start.
  for (const worker of workers) worker.start();
  const workersReady: ReadinessCheck = [
    'workers',
    async () => {
      const cold = workers.filter((worker) => !worker.ready).length;
      if (cold > 0) throw new Error(`${cold} of ${workers.length} worker processes not ready yet`);
    },
  ];
  const http = await startHttpRole(ctx, { api: true, gateway: true }, [workersReady]).catch(async (error: unknown) => {
    await Promise.all(workers.map((worker) => worker.stop()));
    throw error;
  });
  logger.info({ workers: config.workers }, `started ${config.workers} routine worker processes, one urgent-lane worker and one push worker`);
  return {
    async close() {
      // Ingest stops first so no new job arrives; then workers drain what they hold.
      await http.close();
      await Promise.all(workers.map((worker) => worker.stop()));
    },
  };
}

await runRole('main', startAll);
