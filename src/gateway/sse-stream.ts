// SseStream: one Server-Sent Events client: alerts as `id: <seq>` events, heartbeats, and an end that says why.
import type { Response } from 'express';
import type { Alert } from '../core/alert.js';
import type { Severity } from '../core/severity.js';
import { matchesSubscriptions, type AlertListener } from './catch-up.js';

export interface SseStreamOptions {
  topics: readonly string[];
  minSeverity: Severity;
  /** Comment lines this often keep proxies and load balancers from closing an idle stream (ms). */
  heartbeatMs: number;
  /** How long the browser waits before reconnecting after the stream ends (ms). */
  retryMs: number;
  /**
   * Unsent bytes a slow client may hold before the stream is closed (it resumes with Last-Event-ID).
   * @defaultValue 8388608 (8 MiB)
   */
  maxPendingBytes?: number;
}

/**
 * @example
 * const stream = new SseStream(res, { topics: ['diplomacy'], minSeverity: 'minor', heartbeatMs: 15000, retryMs: 1000 });
 * stream.open(); stream.goLive(); listeners.add(stream);
 */
export class SseStream implements AlertListener {
  /** topic → minimum severity, the same shape a socket session keeps. */
  readonly subscriptions: ReadonlyMap<string, Severity>;
  private live = false;
  private ended = false;
  private heartbeat: NodeJS.Timeout | undefined;
  private readonly closeHandlers: (() => void)[] = [];
  private readonly res: Response;
  private readonly options: SseStreamOptions;

  constructor(res: Response, options: SseStreamOptions) {
    this.res = res;
    this.options = options;
    this.subscriptions = new Map(options.topics.map((topic) => [topic, options.minSeverity]));
    res.on('close', () => this.finish());
  }

  get closed(): boolean {
    return this.ended;
  }

  /** Sends the headers and the reconnect delay; heartbeats start. */
  open(): void {
    this.res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // nginx buffers responses unless told not to.
      'X-Accel-Buffering': 'no',
      'Access-Control-Allow-Origin': '*',
    });
    this.write(`retry: ${this.options.retryMs}\n: sirena stream\n\n`);
    this.heartbeat = setInterval(() => this.write(': heartbeat\n\n'), this.options.heartbeatMs);
    this.heartbeat.unref();
  }

  /** One alert, its seq as the event id (what the browser sends back as Last-Event-ID). */
  send(alert: Alert): void {
    this.write(`id: ${alert.seq}\nevent: alert\ndata: ${JSON.stringify(alert)}\n\n`);
  }

  /** A named event without an id (the browser's Last-Event-ID stays the last alert's seq). */
  event(name: string, data: unknown): void {
    this.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** From now on the fanout's alerts that match are sent. */
  goLive(): void {
    this.live = true;
  }

  offer(alert: Alert): void {
    if (this.live && matchesSubscriptions(alert, this.subscriptions)) this.send(alert);
  }

  onClose(handler: () => void): void {
    if (this.ended) handler();
    else this.closeHandlers.push(handler);
  }

  /** Ends the stream; the browser reconnects after `retry` ms with Last-Event-ID. */
  end(): void {
    if (!this.ended) this.res.end();
    this.finish();
  }

  private write(chunk: string): void {
    if (this.ended) return;
    this.res.write(chunk);
    if (this.res.writableLength > (this.options.maxPendingBytes ?? 8 * 1024 * 1024)) {
      // A reader this far behind is better served by resuming from history than by an ever-growing buffer.
      this.res.destroy();
      this.finish();
    }
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.live = false;
    clearInterval(this.heartbeat);
    for (const handler of this.closeHandlers.splice(0)) handler();
  }
}
