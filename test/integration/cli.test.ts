// The built `sirena` CLI against real processes: post, stats, colour rules, --json lines and exit codes.
import { execFile, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatsReportSchema } from '../../src/cli/stats-command.js';
import type { Alert } from '../../src/core/alert.js';
import { CLI_ENTRY, postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

const CLI = CLI_ENTRY;
const TOKEN = 'cli-admin-token-0123456789';
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI to completion (its stdout is a pipe, so not a TTY). */
function sirena(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, timeout: 20_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const jsonLines = (text: string) => text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown);

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ gateways: 1, workers: 1, env: { SIRENA_ADMIN_TOKEN: TOKEN } });
});
afterAll(async () => {
  await sys?.stop();
});

describe('sirena post', () => {
  it('publishes an update; --json prints one JSON object', async () => {
    const result = await sirena(['post', 'Air-raid alert in Kyiv: drones inbound, take shelter', '--topic', 'kyiv-air-raids', '--severity', 'extreme', '--id', 'cli-1', '--url', sys.api.url, '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(jsonLines(result.stdout)).toEqual([{ accepted: 1, ids: ['cli-1'] }]);
    await waitUntil(async () => (await request(sys.api.url, 'GET', '/v1/alerts/cli-1')).status === 200, 'cli-1 stored');
  });

  it('prints plain text to a pipe, colour only with FORCE_COLOR, and none with NO_COLOR', async () => {
    const args = ['post', 'Foreign ministers met in Vienna', '--url', sys.api.url];
    const [plain, forced, noColor] = await Promise.all([
      sirena(args),
      sirena(args, { FORCE_COLOR: '1' }),
      sirena(args, { FORCE_COLOR: '1', NO_COLOR: '1' }),
    ]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^accepted \S+ → http:\/\/127\.0\.0\.1:\d+\n$/);
    expect(plain.stdout).not.toMatch(ANSI);
    expect(forced.stdout).toMatch(ANSI);
    expect(noColor.stdout).not.toMatch(ANSI);
  });

  it('usage mistakes → exit 2 with the usage', async () => {
    const cases: [string[], RegExp][] = [
      [['post', 'text', '--severity', 'loud'], /--severity/],
      [['post', 'text', '--colour'], /--colour/],
      [['post'], /text as one argument/],
      [['post', 'text', '--url', 'ftp://x'], /--url/],
    ];
    const results = await Promise.all(cases.map(([args]) => sirena(args)));
    results.forEach((result, i) => {
      expect(result.code, cases[i]![0].join(' ')).toBe(2);
      expect(result.stderr).toMatch(cases[i]![1]);
      expect(result.stderr).toContain('sirena post');
    });
  });

  it('server errors → exit 1 with the code and message', async () => {
    const unknown = await sirena(['post', 'text', '--topic', 'nowhere', '--url', sys.api.url]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown_topic');
    const down = await sirena(['post', 'text', '--url', 'http://127.0.0.1:9']);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('connect_failed');
  });
});

describe('sirena stats', () => {
  it('with the admin token: topics with counts, queue depth and workers, latest seq', async () => {
    const result = await waitUntil(async () => {
      const run = await sirena(['stats', '--url', sys.api.url, '--json'], { SIRENA_ADMIN_TOKEN: TOKEN });
      const report = StatsReportSchema.parse(jsonLines(run.stdout)[0]);
      return run.code === 0 && report.queue && report.queue.workers >= 1 ? report : null;
    }, 'stats with a worker');
    expect(result.history.latestSeq).toBeGreaterThanOrEqual(1);
    expect(result.queue?.maxDepth).toBe(100_000);
    expect(result.topics.find((topic) => topic.id === 'kyiv-air-raids')?.count).toBeGreaterThanOrEqual(1);

    const human = await sirena(['stats', '--url', sys.api.url, '--token', TOKEN]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/latest seq \d+/);
    expect(human.stdout).toMatch(/queue\s+depth \d+ \/ 100000/);
    expect(human.stdout).toMatch(/kyiv-air-raids\s+\d+/);
    expect(human.stdout).not.toMatch(ANSI);
  });

  it('without a token: the public figures, queue null; a wrong token → exit 1 unauthorized', async () => {
    const open = await sirena(['stats', '--url', sys.api.url, '--json']);
    expect(open.code).toBe(0);
    const report = StatsReportSchema.parse(jsonLines(open.stdout)[0]);
    expect(report.queue).toBeNull();
    expect(report.history.latestSeq).toBeGreaterThanOrEqual(1);
    const wrong = await sirena(['stats', '--url', sys.api.url, '--token', 'wrong-token-wrong-token']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('unauthorized');
  });
});

describe('sirena', () => {
  it('--help lists the commands; an unknown command → exit 2', async () => {
    const help = await sirena(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['sirena post', 'sirena stats']) expect(help.stdout).toContain(command);
    const unknown = await sirena(['launch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
  });
});

/** A long-running CLI process whose stdout lines are collected. */
function spawnSirena(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts.filter(Boolean));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const records = () => lines.map((line) => JSON.parse(line) as { type: string; state?: string; alert?: Alert; replayed?: number });
  return { child, lines, records, exited };
}

describe('sirena tail', () => {
  it('follows alerts at the minimum severity through the SDK, prints state changes, and resumes after the gateway restarts', async () => {
    const tail = spawnSirena(['tail', '--topic', 'kyiv-air-raids', '--topic', 'diplomacy', '--min-severity', 'severe', '--url', sys.gateways[0]!.url, '--json']);
    try {
      await waitUntil(() => tail.records().some((r) => r.type === 'state' && r.state === 'live'), 'tail live', 20_000);
      await postUpdate(sys, { id: 'tail-minor', text: 'Foreign ministers held talks in Ottawa', topics: ['diplomacy'] });
      await postUpdate(sys, { id: 'tail-extreme', text: 'Air-raid alert in Kyiv: missiles inbound, take shelter', topics: ['kyiv-air-raids'], severity: 'extreme' });
      await waitUntil(() => tail.records().some((r) => r.alert?.id === 'tail-extreme'), 'the extreme alert');

      const restart = await sys.stopGateway(0);
      await waitUntil(() => tail.records().some((r) => r.type === 'state' && r.state === 'reconnecting'), 'tail reconnecting');
      const missed = ['tail-missed-1', 'tail-missed-2'];
      await postUpdate(sys, { updates: missed.map((id) => ({ id, text: `Explosions in Kyiv, casualties reported (${id})`, topics: ['kyiv-air-raids'], severity: 'severe' })) });
      for (const id of missed) await waitUntil(async () => (await request(sys.api.url, 'GET', `/v1/alerts/${id}`)).status === 200, `${id} stored`);
      await restart();
      const resumed = await waitUntil(() => tail.records().find((r) => r.type === 'resumed'), 'the resumed record', 20_000);
      expect(resumed.replayed).toBe(2);
      const ids = tail.records().flatMap((r) => (r.alert ? [r.alert.id] : []));
      const [first, ...rest] = ids.filter((id) => id.startsWith('tail-'));
      expect(first).toBe('tail-extreme');
      expect(rest.sort()).toEqual(missed);
      expect(ids).not.toContain('tail-minor');
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      tail.child.kill('SIGINT');
    }
    expect(await tail.exited).toBe(0);
  });

  it('--since replays stored alerts first; a bad --min-severity is a usage error', async () => {
    const tail = spawnSirena(['tail', '--topic', 'kyiv-air-raids', '--since', '0', '--url', sys.gateways[0]!.url, '--json']);
    try {
      const resumed = await waitUntil(() => tail.records().find((r) => r.type === 'resumed'), 'the resumed record', 20_000);
      expect(resumed.replayed).toBeGreaterThanOrEqual(3);
      expect(tail.records().filter((r) => r.type === 'alert').length).toBe(resumed.replayed);
    } finally {
      tail.child.kill('SIGTERM');
    }
    expect(await tail.exited).toBe(0);
    const bad = await sirena(['tail', '--topic', 'kyiv-air-raids', '--min-severity', 'loud']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--min-severity');
  });
});
