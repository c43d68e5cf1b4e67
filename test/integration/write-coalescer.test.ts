// Coalesced websocket writes: a burst to one socket leaves in a few TCP writes, every frame arrives, in order.
import { createServer } from 'node:http';
import type { AddressInfo, Socket as NetSocket } from 'node:net';
import { Server } from 'socket.io';
import { io as connect } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { coalesceWrites } from '../../src/gateway/write-coalescer.js';
import { waitUntil } from '../helpers/system.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A Socket.IO server (coalescing or not) with one connected websocket client; counts the server's TCP writes. */
async function serverWithClient(coalesce: boolean) {
  const httpServer = createServer();
  const io = new Server(httpServer, { serveClient: false });
  if (coalesce) io.engine.on('connection', coalesceWrites);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => io.close(() => resolve())));
  const writes = { count: 0 };
  const connected = new Promise<void>((resolve) => {
    io.on('connection', (socket) => {
      const raw = (socket.conn.transport as unknown as { socket: { _socket: NetSocket & Record<string, unknown> } }).socket._socket;
      // Node's stream machinery calls one of these per write that reaches the kernel.
      for (const name of ['_write', '_writev'] as const) {
        const original = raw[name] as (...args: unknown[]) => unknown;
        raw[name] = (...args: unknown[]) => {
          writes.count += 1;
          return original.apply(raw, args);
        };
      }
      resolve();
    });
  });
  const client = connect(`http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`, { transports: ['websocket'], forceNew: true });
  cleanups.push(() => void client.close());
  const received: number[] = [];
  client.on('alert', (alert: { seq: number }) => received.push(alert.seq));
  await connected;
  return { io, writes, received };
}

describe('coalesceWrites', () => {
  it.each([
    [true, 5],
    [false, 200],
  ])('coalescing %s: a burst of 200 alerts in one turn arrives whole and in order (writes ≤ %i)', async (coalesce, most) => {
    const { io, writes, received } = await serverWithClient(coalesce);
    const before = writes.count;
    for (let seq = 1; seq <= 200; seq++) io.emit('alert', { seq, text: `alert ${seq}` });
    await waitUntil(() => received.length === 200, '200 alerts');
    expect(received).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const used = writes.count - before;
    expect(used).toBeLessThanOrEqual(most);
    if (!coalesce) expect(used).toBeGreaterThan(100);
    // A lone alert is not held back.
    io.emit('alert', { seq: 201, text: 'alone' });
    await waitUntil(() => received.length === 201, 'the lone alert');
  });
});
