// Bench harness: the real Sirena processes on a private Redis, the raw Socket.IO baseline, subscriber fleets in
// child processes, a keep-alive HTTP poster, and the figures (percentiles, RSS) every scenario reports.
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startRedisServer, removeRedisDir, type TestRedis } from '../helpers/redis-server.js';
import { startRole, uniquePrefix, waitUntil, type RoleProcess } from '../helpers/system.js';
import type { FleetCommand, FleetReply } from './subscriber-fleet.js';

import { nowMs } from './clock.js';

export { nowMs };
export { waitUntil };

/** BENCH_QUICK=1: smaller numbers, for development; figures are then only indicative. */
export const QUICK = process.env.BENCH_QUICK === '1';

/**
 * Raw-then-Sirena rounds the noisiest scenarios run, reporting the median of the rounds' ratios: on this shared VM one
 * round of the same code moves by a tenth or more from the next.
 * @defaultValue 3 (1 with BENCH_QUICK)
 */
export const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3)));

/** One scenario's outcome: Sirena's figures, the raw baseline's, and whether the goal held. */
export interface ScenarioResult {
  scenario: string;
  /** What was measured, e.g. "p50 / p99 ms". */
  metric: string;
  sirena: Record<string, number>;
  raw: Record<string, number>;
  /** Sirena ÷ raw for the headline figures. */
  ratio: Record<string, number>;
  goal: string;
  pass: boolean;
  notes?: string;
}

/** Runs a TypeScript file as a child process with an IPC channel. */
export function forkTs(file: string, env: Record<string, string> = {}): ChildProcess {
  return fork(fileURLToPath(new URL(file, import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function nextMessage<T extends { type: string }>(child: ChildProcess, type: T['type'], timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`no "${type}" from child within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: T | { type: 'error'; message: string }) => {
      if (message.type === 'error') done(new Error((message as { message: string }).message));
      else if (message.type === type) done(undefined, message as T);
    };
    const onExit = (code: number | null) => done(new Error(`child exited (${code}) before "${type}"`));
    const done = (error?: Error, value?: T) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(value as T);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** A subscriber-fleet child process. */
export class Fleet {
  private readonly child = forkTs('./subscriber-fleet.ts');

  /** Opens `count` sockets and subscribes each with `subscribe`; resolves once all are acked. */
  async connect(url: string, count: number, subscribe: Record<string, unknown>, timeoutMs = 120_000, localAddress?: string) {
    this.send({ type: 'connect', url, count, subscribe, ...(localAddress && { localAddress }) });
    return nextMessage<Extract<FleetReply, { type: 'connected' }>>(this.child, 'connected', timeoutMs);
  }

  /** Receipts so far; with `sentAt` (id → send time) also every receipt's latency in ms. */
  async report(options: { sentAt?: Map<string, number>; reset?: boolean } = {}) {
    const sentAt = options.sentAt ? Object.fromEntries(options.sentAt) : undefined;
    this.send({ type: 'report', reset: options.reset ?? false, ...(sentAt && { sentAt }) });
    return nextMessage<Extract<FleetReply, { type: 'report' }>>(this.child, 'report', 60_000);
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.send({ type: 'close' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }

  private send(command: FleetCommand): void {
    this.child.send(command);
  }
}

/** The raw Socket.IO baseline server. */
export interface RawServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * The raw baseline server; with `redisPort`, one of several fed by Redis pub/sub (a POST to any of them publishes,
 * every one of them emits to its own sockets): the scale-out a team would write with Socket.IO alone.
 */
export async function startRawServer(options: { redisPort?: number } = {}): Promise<RawServer> {
  const child = forkTs('./raw-socketio-server.ts', options.redisPort ? { RAW_PUBSUB_REDIS_PORT: String(options.redisPort) } : {});
  const { port } = await nextMessage<{ type: 'listening'; port: number }>(child, 'listening', 30_000);
  return { url: `http://127.0.0.1:${port}`, pid: child.pid as number, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 12_000);
  await exited;
  clearTimeout(timer);
}

/** Sirena as real processes on a private redis-server. */
export interface BenchSystem {
  redis: TestRedis;
  env: Record<string, string>;
  api: RoleProcess;
  gateways: RoleProcess[];
  workers: RoleProcess[];
  startWorkers(n: number): Promise<RoleProcess[]>;
  /** CPU seconds each process has used so far: where a scenario's time went. */
  cpu(): Record<string, number>;
  stop(): Promise<void>;
}

/** The settings every Sirena process of a bench runs with (besides its Redis and key prefix). */
export function benchEnv(): Record<string, string> {
  return {
    LOG_LEVEL: 'info',
    // Every bench socket and POST comes from 127.0.0.1: the per-address abuse limits would measure themselves.
    SIRENA_MAX_SOCKETS_PER_IP: '20000',
    SIRENA_INGEST_RATE_LIMIT: '1000000',
    SIRENA_INGEST_BYTE_RATE_LIMIT: '100000000000',
    // BENCH_ENV='{"SIRENA_WORKER_CONCURRENCY":"4"}': settings to try, for every Sirena process of the run.
    ...(process.env.BENCH_ENV && (JSON.parse(process.env.BENCH_ENV) as Record<string, string>)),
  };
}

export async function startBenchSystem(options: { gateways?: number; workers?: number; env?: Record<string, string> } = {}): Promise<BenchSystem> {
  const redis = await startRedisServer();
  const env = { REDIS_URL: redis.url, SIRENA_KEY_PREFIX: uniquePrefix(), ...benchEnv(), ...options.env };
  const workers: RoleProcess[] = [];
  let gateways: RoleProcess[] = [];
  let api: RoleProcess | undefined;
  /** Starts roles together; if one fails, stops everything started so far (and Redis) before failing. */
  const startAll = async (starts: Promise<RoleProcess>[]): Promise<RoleProcess[]> => {
    const results = await Promise.allSettled(starts);
    const failed = results.find((result) => result.status === 'rejected');
    const up = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    if (!failed) return up;
    await Promise.all([...(api ? [api] : []), ...gateways, ...workers, ...up].map((proc) => proc.stop()));
    await redis.stop();
    removeRedisDir(redis);
    throw failed.reason;
  };
  [api, ...gateways] = (await startAll([
    startRole('api', env),
    ...Array.from({ length: options.gateways ?? 1 }, () => startRole('gateway', env)),
  ])) as [RoleProcess, ...RoleProcess[]];
  const system: BenchSystem = {
    redis,
    env,
    api,
    gateways,
    workers,
    async startWorkers(n) {
      const started = await startAll(Array.from({ length: n }, () => startRole('worker', { ...env, SIRENA_WORKER_LANES: 'routine' })));
      workers.push(...started);
      return started;
    },
    cpu() {
      const out: Record<string, number> = {};
      const procs = [system.api, ...gateways, ...workers];
      for (const [i, proc] of procs.entries()) {
        const name = proc.role === 'api' ? 'api' : `${proc.role}${procs.filter((p) => p.role === proc.role).indexOf(proc) + 1}`;
        out[name] = i >= 0 && proc.child.pid ? round(cpuSeconds(proc.child.pid)) : Number.NaN;
      }
      const pid = redisPid(redis.port);
      if (pid) out.redis = round(cpuSeconds(pid));
      return out;
    },
    async stop() {
      await Promise.all([system.api, ...gateways, ...workers].map((proc) => proc.stop()));
      await redis.stop();
      removeRedisDir(redis);
    },
  };
  // As `npm start` runs it: routine workers, and one process for the urgent lane alone.
  workers.push(...(await startAll([startRole('worker', { ...env, SIRENA_WORKER_LANES: 'urgent' })])));
  await system.startWorkers(options.workers ?? Number(process.env.BENCH_WORKERS ?? 2));
  return system;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** POST JSON over a kept-alive connection; resolves with status and parsed body. */
/**
 * The same measurement against the raw baseline, then against Sirena: each started before and stopped after its
 * own half, so they never share the cores.
 * @example const { raw, sirena } = await againstRaw((raw) => measure(raw.url), (system) => measure(system.api.url));
 */
export async function againstRaw<T>(
  onRaw: (raw: RawServer) => Promise<T>,
  onSirena: (system: BenchSystem) => Promise<T>,
): Promise<{ raw: T; sirena: T }> {
  const rawServer = await startRawServer();
  let raw: T;
  try {
    raw = await onRaw(rawServer);
  } finally {
    await rawServer.stop();
  }
  const system = await startBenchSystem();
  try {
    return { raw, sirena: await onSirena(system) };
  } finally {
    await system.stop();
  }
}

/**
 * againstRaw() ROUNDS times, raw and Sirena alternating, so drift in the machine's load falls on both alike.
 * @example const rounds = await againstRawRounds((raw) => measure(raw.url), (system) => measure(system.api.url));
 */
export async function againstRawRounds<T>(
  onRaw: (raw: RawServer) => Promise<T>,
  onSirena: (system: BenchSystem) => Promise<T>,
): Promise<{ raw: T; sirena: T }[]> {
  const rounds: { raw: T; sirena: T }[] = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await againstRaw(onRaw, onSirena));
  return rounds;
}

/** The median of some numbers (the lower middle one of an even count): the nearest-rank 50th percentile. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function postJson<T = { accepted: number }>(url: string, body: unknown, retried = false): Promise<{ status: number; body: T }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        res.on('error', reject);
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: (text ? JSON.parse(text) : undefined) as T });
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed as idle just as we reused it: nothing was processed, send again.
      if (req.reusedSocket && error.code === 'ECONNRESET' && !retried) postJson<T>(url, body, true).then(resolve, reject);
      else reject(error);
    });
    req.end(payload);
  });
}

/** The p-th percentile (0-100) of numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** CPU seconds (user + system) a process has used so far (from /proc). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The pid of the redis-server listening on this port, from /proc (undefined if not found). */
export function redisPid(port: number): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.startsWith('redis-server') && cmdline.includes(`:${port}`)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

/** Resident memory of a process, in MiB (from /proc). */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** Rejects when `work` takes longer than `ms`: every scenario is bounded in time. */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Update texts the classifier puts where each scenario wants them. */
export const TEXTS = {
  /** kyiv-air-raids, extreme. */
  extreme: 'Air-raid alert in Kyiv: drones inbound, take shelter now',
  /** kyiv-air-raids, severe: an attack's impact. */
  severe: 'Drone attack on Kyiv: fires in two districts, three people wounded',
  /** diplomacy, minor: routine. */
  routine: 'Foreign ministers met for talks in Geneva on the grain corridor',
} as const;

/**
 * Calls `send(i)` for i = 0..n-1 at `perSecond`, on a fixed schedule (a slow answer never delays the next send),
 * and resolves when every send has settled.
 */
export async function atRate(n: number, perSecond: number, send: (i: number) => Promise<unknown>): Promise<void> {
  const started = nowMs();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < n; i += 1) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - nowMs();
    if (wait > 1) await sleep(wait);
    const sent = send(i);
    // Handled now, so a failure while later sends are still scheduled is not an unhandled rejection.
    sent.catch(() => undefined);
    pending.push(sent);
  }
  await Promise.all(pending);
}
