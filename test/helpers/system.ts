// Test helpers that read like a user's session: start the real processes, post updates, connect clients.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createParser } from 'eventsource-parser';
import { inject } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type { Alert } from '../../src/core/alert.js';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  SubscribeAck,
  SubscribeRequest,
  UnsubscribeAck,
} from '../../src/core/subscription.js';

export type Role = 'main' | 'api' | 'gateway' | 'worker';

/** What the npm start scripts run: the roles' bundles (src/build/bundle-roles.ts). */
const ENTRY: Record<Role, string> = {
  main: 'dist/bundle/src/roles/main.js',
  api: 'dist/bundle/src/roles/api.js',
  gateway: 'dist/bundle/src/roles/gateway.js',
  worker: 'dist/bundle/workers/classify-worker.js',
};

/** The `sirena` CLI as the package installs it: its `bin` (the build's bundle). */
export const CLI_ENTRY: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bin: { sirena: string } }).bin.sirena;

/** A unique key prefix: each test's data is its own, in the shared test Redis. */
export function uniquePrefix(): string {
  return `test-${randomUUID().slice(0, 8)}:`;
}

export function testRedisUrl(): string {
  return inject('redisUrl');
}

/** Polls until `check` returns a truthy value (or stops throwing); fails with `what` after the deadline. */
export async function waitUntil<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One real Sirena process, its output kept for assertions and debugging. */
export class RoleProcess {
  readonly output: string[] = [];
  port = 0;
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    readonly role: Role,
    readonly child: ChildProcess,
  ) {
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line) this.output.push(line);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Resolves when the process logged `message` (a substring of a log line); fails if it exits first. */
  async waitForLog(message: string, timeoutMs = 30_000): Promise<string> {
    let done = false;
    const exitedFirst = this.exited.then(({ code, signal }) => {
      if (!done) throw new Error(`${this.role} exited (${code ?? signal}) before logging "${message}":\n${this.output.join('\n')}`);
      return '';
    });
    const found = waitUntil(() => this.output.find((line) => line.includes(message)), `${this.role}: "${message}"`, timeoutMs);
    try {
      return await Promise.race([found, exitedFirst]);
    } finally {
      done = true;
    }
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }

  waitForExit(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.exited;
  }
}

/** Spawns a role without waiting for it. */
export function spawnRole(role: Role, env: Record<string, string | undefined>): RoleProcess {
  // BENCH_CPU_PROF=dir (benches): every role writes a V8 CPU profile there when it stops, for finding hot spots.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, ENTRY[role]], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new RoleProcess(role, child);
}

/** Spawns a role and waits until it serves (HTTP roles: listening, with their port; workers: ready). */
export async function startRole(role: Role, env: Record<string, string | undefined>): Promise<RoleProcess> {
  const proc = spawnRole(role, env);
  if (role === 'worker') {
    await proc.waitForLog('worker ready');
  } else {
    const line = await proc.waitForLog('listening on');
    proc.port = (JSON.parse(line) as { port: number }).port;
  }
  return proc;
}

export interface SystemOptions {
  gateways?: number;
  workers?: number;
  /** Extra environment for every process. */
  env?: Record<string, string | undefined>;
  redisUrl?: string;
}

export interface TestSystem {
  prefix: string;
  redisUrl: string;
  env: Record<string, string | undefined>;
  api: RoleProcess;
  gateways: RoleProcess[];
  workers: RoleProcess[];
  /** Starts one more worker. */
  addWorker(): Promise<RoleProcess>;
  /** Stops gateway `index` and resolves a function that starts it again on the same port (clients reconnect to it). */
  stopGateway(index: number): Promise<() => Promise<RoleProcess>>;
  stop(): Promise<void>;
}

/**
 * Starts the roles as separate processes on one Redis, with a key prefix of their own.
 * @example const sys = await startSystem({ gateways: 2, workers: 2 });
 */
export async function startSystem(options: SystemOptions = {}): Promise<TestSystem> {
  const prefix = uniquePrefix();
  const redisUrl = options.redisUrl ?? testRedisUrl();
  const env = { REDIS_URL: redisUrl, SIRENA_KEY_PREFIX: prefix, ...options.env };
  const started = await Promise.allSettled([
    startRole('api', env),
    ...Array.from({ length: options.gateways ?? 1 }, () => startRole('gateway', env)),
    ...Array.from({ length: options.workers ?? 1 }, () => startRole('worker', env)),
  ]);
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    // Stop the roles that did start, so a failed start-up leaves no processes behind.
    await Promise.all(started.map((result) => (result.status === 'fulfilled' ? result.value.stop('SIGKILL') : undefined)));
    throw failed.reason;
  }
  const [api, ...rest] = started.map((result) => (result as PromiseFulfilledResult<RoleProcess>).value);
  const gateways = rest.filter((proc) => proc.role === 'gateway');
  const workers = rest.filter((proc) => proc.role === 'worker');
  const system: TestSystem = {
    prefix,
    redisUrl,
    env,
    api: api as RoleProcess,
    gateways,
    workers,
    async addWorker() {
      const worker = await startRole('worker', env);
      workers.push(worker);
      return worker;
    },
    async stopGateway(index) {
      const old = gateways[index];
      if (!old) throw new Error(`no gateway ${index}`);
      await old.stop();
      return async () => {
        const again = await startRole('gateway', { ...env, PORT: String(old.port) });
        gateways[index] = again;
        return again;
      };
    },
    async stop() {
      await Promise.all([system.api, ...gateways, ...workers].map((proc) => proc.stop()));
    },
  };
  return system;
}

export interface HttpResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A JSON request; the body is parsed when the answer is JSON. */
export async function request<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  options: { json?: unknown; body?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  }
  const signal = options.timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(options.timeoutMs) };
  const response = await fetch(`${baseUrl}${path}`, { method, headers, ...signal, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('json');
  return { status: response.status, headers: response.headers, body: (isJson && text ? JSON.parse(text) : text) as T };
}

/** POST /v1/updates with one update or a batch. */
export function postUpdate(system: { api: RoleProcess } | string, body: unknown, headers: Record<string, string> = {}, options: { timeoutMs?: number } = {}) {
  const base = typeof system === 'string' ? system : system.api.url;
  return request<{ accepted: number; ids: string[]; error?: { code: string } }>(base, 'POST', '/v1/updates', {
    json: body,
    headers,
    ...options,
  });
}

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket.io client that records every alert it receives. */
export class TestClient {
  readonly alerts: Alert[] = [];
  readonly socket: TestSocket;

  constructor(url: string, auth?: Record<string, unknown>) {
    this.socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, ...(auth && { auth }) });
    this.socket.on('alert', (alert) => this.alerts.push(alert));
  }

  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
  }

  subscribe(request: SubscribeRequest | unknown): Promise<SubscribeAck> {
    return this.socket.timeout(10_000).emitWithAck('subscribe', request as SubscribeRequest);
  }

  unsubscribe(request: { topics: string[] } | unknown): Promise<UnsubscribeAck> {
    return this.socket.timeout(10_000).emitWithAck('unsubscribe', request as { topics: string[] });
  }

  /** Waits until at least n alerts arrived. */
  async waitForAlerts(n: number, timeoutMs = 10_000): Promise<Alert[]> {
    await waitUntil(() => this.alerts.length >= n, `${n} alerts (have ${this.alerts.length})`, timeoutMs);
    return this.alerts;
  }

  close(): void {
    this.socket.close();
  }
}

/** Connects a client and waits for the connection. */
export async function connectClient(url: string, auth?: Record<string, unknown>): Promise<TestClient> {
  const client = new TestClient(url, auth);
  await client.connected();
  return client;
}

/** One Server-Sent Events message as a client sees it. */
export interface StreamEvent {
  id: string | undefined;
  event: string | undefined;
  data: string;
}

/** An open GET /v1/stream (or any SSE URL): every event and comment it received, in order. */
export class TestStream {
  readonly events: StreamEvent[] = [];
  readonly comments: string[] = [];
  status = 0;
  ended = false;
  private readonly controller = new AbortController();

  /** The alerts received, in order. */
  get alerts(): Alert[] {
    return this.events.filter((event) => event.event === 'alert').map((event) => JSON.parse(event.data) as Alert);
  }

  /** Opens the stream; resolves once the response headers arrived (status set). */
  async open(url: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: this.controller.signal });
    this.status = response.status;
    if (!response.ok || !response.body) return response;
    const parser = createParser({
      onEvent: (event) => this.events.push({ id: event.id, event: event.event, data: event.data }),
      onComment: (comment) => this.comments.push(comment),
    });
    const decoder = new TextDecoder();
    void (async () => {
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) parser.feed(decoder.decode(chunk, { stream: true }));
      } catch {
        // Aborted by close(), or the server went away.
      }
      this.ended = true;
    })();
    return response;
  }

  /** Waits until an event satisfies `check`. */
  waitForEvent(check: (event: StreamEvent) => boolean, what: string, timeoutMs = 10_000): Promise<StreamEvent> {
    return waitUntil(() => this.events.find(check), what, timeoutMs);
  }

  close(): void {
    this.controller.abort();
  }
}

/** Opens an SSE stream on a gateway, e.g. openStream(gw.url, '/v1/stream?topic=troops', { 'last-event-id': '4' }). */
export async function openStream(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<TestStream> {
  const stream = new TestStream();
  await stream.open(`${baseUrl}${path}`, headers);
  return stream;
}
