// SseStream: one Server-Sent Events client: alerts as `id: <seq>` events, heartbeats, and an end that says why.
import type { Response } from 'express';
import type { Alert } from '../core/alert.js';
import type { Severity } from '../core/severity.js';
import { matchesSubscriptions, type AlertListener } from './catch-up.js';
import { SendBudget, type DropReason } from './send-budget.js';

export interface SseStreamOptions {
  topics: readonly string[];
  minSeverity: Severity;
  /** Comment lines this often keep proxies and load balancers from closing an idle stream (ms). */
  heartbeatMs: number;
  /** How long the browser waits before reconnecting after the stream ends (ms). */
  retryMs: number;
  /**
   * Unsent bytes the stream may hold, and how long it may take none of a backlog, before it is dropped (the browser
   * resumes with Last-Event-ID).
   */
  buffer: { maxBytes: number; stalledTimeoutMs: number };
  /** Called when the stream is dropped as a slow reader (for the log and metrics). */
  onDrop?(reason: DropReason, queuedBytes: number): void;
}

/**
 * @example
 * const buffer = { maxBytes: 4194304, stalledTimeoutMs: 10000 };
 * const stream = new SseStream(res, { topics: ['diplomacy'], minSeverity: 'minor', heartbeatMs: 15000, retryMs: 1000, buffer });
 * stream.open(); stream.goLive(); listeners.add(stream);
 */
export class SseStream implements AlertListener {
  /** topic → minimum severity, the same shape a socket session keeps. */
  readonly subscriptions: ReadonlyMap<string, Severity>;
  private isLive = false;
  private ended = false;
  private heartbeat: NodeJS.Timeout | undefined;
  private readonly closeHandlers: (() => void)[] = [];
  private readonly res: Response;
  private readonly options: SseStreamOptions;
  /** Live writes are queued and counted against it; replay waits on it (`writable`). */
  private readonly budget: SendBudget;

  constructor(res: Response, options: SseStreamOptions) {
    this.res = res;
    this.options = options;
    this.subscriptions = new Map(options.topics.map((topic) => [topic, options.minSeverity]));
    this.budget = new SendBudget(
      {
        queuedBytes: () => res.writableLength,
        takenBytes: () => (res.socket ? (res.socket.bytesWritten ?? 0) - res.socket.writableLength : 0),
        abort: () => {
          // A reset, not an orderly end: that would wait behind the backlog (and the kernel would keep it).
          if (res.socket) res.socket.resetAndDestroy();
          else res.destroy();
          this.finish();
        },
      },
      { ...options.buffer, onDrop: (reason, queued) => options.onDrop?.(reason, queued) },
    );
    res.on('drain', () => this.budget.progressed());
    res.on('close', () => this.finish());
  }

  /** True once replay is over and live alerts (and `state` events) are sent. */
  get live(): boolean {
    return this.isLive;
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

  /** Undefined when more may be sent now, else resolves once the client took some of its backlog (or went away). */
  writable(): Promise<void> | undefined {
    return this.budget.writable();
  }

  /**
   * The history this stream's ids came from is gone (a new epoch: Redis lost its data, or a failover lost its last
   * writes): says so, resets the browser's Last-Event-ID to 0 and ends the stream, so the reconnect replays the new
   * history from its start instead of resuming by a seq that now names another alert.
   */
  reset(info: { previousEpoch: string; epoch: string }): void {
    this.write(`id: 0\nevent: reset\ndata: ${JSON.stringify(info)}\n\n`);
    this.end();
  }

  /** Drops the stream as a slow reader (too many live alerts during its replay). */
  drop(reason: DropReason): void {
    this.budget.drop(reason);
  }

  /** From now on the fanout's alerts that match are sent. */
  goLive(): void {
    this.isLive = true;
  }

  offer(alert: Alert): void {
    if (this.isLive && matchesSubscriptions(alert, this.subscriptions)) this.send(alert);
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
    // A reader too far behind is better served by resuming from history than by an ever-growing buffer.
    this.budget.queued();
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.isLive = false;
    clearInterval(this.heartbeat);
    this.budget.close();
    for (const handler of this.closeHandlers.splice(0)) handler();
  }
}
