// Subscriber fleet: a child process that opens N socket.io-client websockets, subscribes them, and reports over IPC
// when each alert arrived on each socket (so the bench process's own work never delays a receipt).
import { io, type Socket } from 'socket.io-client';
import { nowMs } from './clock.js';

/** What the bench process asks of a fleet. */
export type FleetCommand =
  | { type: 'connect'; url: string; count: number; subscribe: Record<string, unknown>; batch?: number; localAddress?: string }
  | { type: 'report'; reset?: boolean; sentAt?: Record<string, number> }
  | { type: 'close' };

/** What a fleet answers. */
export type FleetReply =
  | { type: 'connected'; sockets: number; ms: number; rssBytes: number }
  | { type: 'report'; receipts: number; distinctIds: number; minPerSocket: number; maxPerSocket: number; lastAt: number; latencies: number[]; firsts: number[] }
  | { type: 'error'; message: string };


const sockets: Socket[] = [];
const perSocket: number[] = [];
/** alert id → receive times, one per socket that got it. */
let receipts = new Map<string, number[]>();
let lastAt = 0;

function send(reply: FleetReply): void {
  process.send?.(reply);
}

async function connect(command: Extract<FleetCommand, { type: 'connect' }>): Promise<void> {
  const started = nowMs();
  const batch = command.batch ?? 100;
  for (let i = 0; i < command.count; i += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, command.count - i) }, () => {
        const index = sockets.length;
        perSocket.push(0);
        // localAddress: fleets of many thousand sockets each take their own loopback source address, since one
        // address pair has only ~28,000 ephemeral ports.
        const socket = io(command.url, {
          transports: ['websocket'],
          reconnection: false,
          forceNew: true,
          ...(command.localAddress && { localAddress: command.localAddress }),
        });
        sockets.push(socket);
        socket.on('alert', (alert: { id: string }) => {
          const at = nowMs();
          lastAt = at;
          perSocket[index] = (perSocket[index] ?? 0) + 1;
          const times = receipts.get(alert.id);
          if (times) times.push(at);
          else receipts.set(alert.id, [at]);
        });
        return new Promise<void>((resolve, reject) => {
          socket.once('connect_error', reject);
          socket.once('connect', () => {
            socket
              .timeout(30_000)
              .emitWithAck('subscribe', command.subscribe)
              .then((ack: { ok: boolean; error?: unknown }) => (ack.ok ? resolve() : reject(new Error(JSON.stringify(ack.error)))), reject);
          });
        });
      }),
    );
  }
  send({ type: 'connected', sockets: sockets.length, ms: nowMs() - started, rssBytes: process.memoryUsage.rss() });
}

function report(command: Extract<FleetCommand, { type: 'report' }>): void {
  let count = 0;
  const latencies: number[] = [];
  /** Per alert, its first socket's latency: the pipeline's share, before the fanout's spread over the sockets. */
  const firsts: number[] = [];
  for (const [id, times] of receipts) {
    count += times.length;
    const sent = command.sentAt?.[id];
    if (sent === undefined) continue;
    for (const at of times) latencies.push(at - sent);
    if (times.length > 0) firsts.push(Math.min(...times) - sent);
  }
  send({
    type: 'report',
    receipts: count,
    distinctIds: receipts.size,
    minPerSocket: perSocket.length ? Math.min(...perSocket) : 0,
    maxPerSocket: perSocket.length ? Math.max(...perSocket) : 0,
    lastAt,
    latencies,
    firsts,
  });
  if (command.reset) {
    receipts = new Map();
    perSocket.fill(0);
  }
}

process.on('message', (command: FleetCommand) => {
  if (command.type === 'connect') connect(command).catch((error: Error) => send({ type: 'error', message: error.message }));
  else if (command.type === 'report') report(command);
  else {
    for (const socket of sockets) socket.close();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
