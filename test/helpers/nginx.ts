// Runs Debian's nginx as a child process with deploy/nginx.conf rendered for loopback (tests of the deployment).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/roles/redis-bootstrap.js';

export interface RenderOptions {
  /** The address nginx listens on, e.g. 127.0.0.1:8080. */
  listen: string;
  /** host:port of the API process. */
  api: string;
  /** host:port of each gateway. */
  gateways: string[];
  /** Folder for the access log and nginx's temp files. */
  dir: string;
}

/** Replaces `from` in `text` once, failing when the template no longer holds it (the test would test nothing). */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`deploy/nginx.conf no longer contains ${String(from)}; update test/helpers/nginx.ts`);
  return text.replace(from, to);
}

/** deploy/nginx.conf with the compose names replaced by loopback ports and every file nginx writes in `dir`. */
export function renderNginxConf(template: string, options: RenderOptions): string {
  let conf = replaceOnce(template, '    server api:8080;', `    server ${options.api};`);
  conf = replaceOnce(conf, /(    server gateway-\d+:8080;\n)+/, options.gateways.map((gw) => `    server ${gw};\n`).join(''));
  conf = replaceOnce(conf, '    listen 80;', `    listen ${options.listen};`);
  const paths = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(options.dir, kind)};`);
  return replaceOnce(conf, '  access_log /var/log/nginx/access.log;', [`  access_log ${join(options.dir, 'access.log')};`, ...paths].join('\n'));
}

/** The nginx binary, or a clear failure: the deployment tests never skip. */
export function nginxBinary(): string {
  const probe = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(
      `nginx is not installed (${probe.error.message}); npm run test:deploy needs it on PATH: apt-get install -y nginx`,
    );
  }
  return 'nginx';
}

export interface TestNginx {
  url: string;
  port: number;
  dir: string;
  /** nginx's error log so far (for failure messages). */
  errorLog(): string;
  stop(): Promise<void>;
}

/** Renders deploy/nginx.conf into a temp dir and starts nginx on it in the foreground; resolves once it accepts. */
export async function startNginx(upstreams: { api: string; gateways: string[] }): Promise<TestNginx> {
  const binary = nginxBinary();
  const dir = mkdtempSync(join(tmpdir(), 'sirena-test-nginx-'));
  const port = await freePort();
  const confPath = join(dir, 'nginx.conf');
  writeFileSync(confPath, renderNginxConf(readFileSync('deploy/nginx.conf', 'utf8'), { listen: `127.0.0.1:${port}`, dir, ...upstreams }));
  const errorPath = join(dir, 'error.log');
  const errorLog = () => {
    try {
      return readFileSync(errorPath, 'utf8');
    } catch {
      return '';
    }
  };
  const output: string[] = [];
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', confPath, '-e', errorPath, '-g', `daemon off; pid ${join(dir, 'nginx.pid')};`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${output.join('')}\n${errorLog()}`);
    const accepted = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (accepted) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not listen on ${port} within 10 s:\n${output.join('')}\n${errorLog()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { url: `http://127.0.0.1:${port}`, port, dir, errorLog, stop };
}
