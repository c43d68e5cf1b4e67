// How the CLI writes: colour for people at a terminal (NO_COLOR and pipes turn it off), one JSON object a line with --json.
import pc from 'picocolors';
import type { Alert } from '../core/alert.js';
import type { Severity } from '../core/severity.js';

type Colors = ReturnType<typeof pc.createColors>;

export interface CliOutputOptions {
  json: boolean;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

/** Colour only for a terminal that wants it: https://no-color.org, FORCE_COLOR, TERM=dumb. */
export function colorEnabled(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export class CliOutput {
  readonly json: boolean;
  readonly c: Colors;
  private readonly stdout: NodeJS.WriteStream;
  private readonly stderr: NodeJS.WriteStream;

  constructor(options: CliOutputOptions) {
    this.json = options.json;
    this.stdout = options.stdout;
    this.stderr = options.stderr;
    this.c = pc.createColors(!options.json && colorEnabled(options.stdout, options.env));
  }

  /** A line for people (skipped with --json). */
  line(text: string): void {
    if (!this.json) this.stdout.write(`${text}\n`);
  }

  /** One JSON object on its own line (only with --json). */
  record(value: unknown): void {
    if (this.json) this.stdout.write(`${JSON.stringify(value)}\n`);
  }

  /** Problems go to stderr in both modes, so --json output stays parseable. */
  error(text: string): void {
    this.stderr.write(`${this.json ? '' : this.c.red('error: ')}${text}\n`);
  }

  severity(severity: Severity): string {
    const word = severity.toUpperCase().padEnd(8);
    switch (severity) {
      case 'extreme':
        return this.c.bold(this.c.bgRed(this.c.white(word)));
      case 'severe':
        return this.c.bold(this.c.red(word));
      case 'moderate':
        return this.c.yellow(word);
      case 'minor':
        return this.c.cyan(word);
      default:
        return this.c.dim(word);
    }
  }

  /** One alert: seq, time, severity, topics, headline (and its incident when it groups several reports). */
  alert(alert: Alert): void {
    if (this.json) {
      this.record({ type: 'alert', alert });
      return;
    }
    const time = new Date(alert.publishedAt).toISOString().slice(11, 19);
    const headline = (alert.title || alert.text).replace(/\s+/g, ' ').slice(0, 200);
    const incident = alert.incidentId === alert.id ? '' : this.c.dim(` (incident ${alert.incidentId})`);
    this.line(`${this.c.dim(`#${alert.seq}`)} ${this.c.dim(time)} ${this.severity(alert.severity)} ${this.c.magenta(alert.topics.join(','))} ${headline}${incident}`);
  }
}
