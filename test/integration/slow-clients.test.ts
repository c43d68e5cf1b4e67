// Slow and stalled readers: a client that subscribes with since: 0 over a long history and stops reading holds a
// bounded window of gateway memory and is dropped; one that reads slowly gets all of it; everyone else is served.
import { readFileSync } from 'node:fs';
import { connect, type Socket as NetSocket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { SirenaClient } from '../../src/client/index.js';
import { AlertStore } from '../../src/store/alert-store.js';
import { RedisKeys } from '../../src/store/keys.js';
import { unsequencedAlert } from '../helpers/alert-fixture.js';
import { connectClient, startRole, testRedisUrl, uniquePrefix, waitUntil, type RoleProcess } from '../helpers/system.js';

/** 30,000 alerts of ~1.2 KB: 36 MB of history, 30 times what one replay window and its pages hold. */
const HISTORY = 30_000;
const TEXT = 'Troops rotated near the border; convoy of trucks observed moving east. '.repeat(14);
const BUFFER_BYTES = 1024 * 1024;
const STALLED_MS = 1500;
/**
 * What three stalled readers may cost the gateway at most: each holds a replay window (256 KiB) and two pages of
 * 1,000 alerts, and leaves the garbage of what the kernel's socket buffers took (some MB on loopback). Measured:
 * +40-50 MiB. Before, each held all of its replay: +190 MiB within 2 s, and growing.
 */
const RSS_BOUND = 96 * 1024 * 1024;

let redis: Redis;
let store: AlertStore;
let gateway: RoleProcess;
beforeAll(async () => {
  const prefix = uniquePrefix();
  redis = new Redis(testRedisUrl());
  store = new AlertStore({ redis, keys: new RedisKeys(prefix), retention: { count: 1_000_000, seconds: 86_400 }, idempotencySeconds: 3600 });
  for (let from = 0; from < HISTORY; from += 1000) {
    await Promise.all(Array.from({ length: 1000 }, (_, i) => store.append(unsequencedAlert({ id: `h-${from + i}`, text: `${TEXT} #${from + i}` }))));
  }
  gateway = await startRole('gateway', {
    REDIS_URL: testRedisUrl(),
    SIRENA_KEY_PREFIX: prefix,
    SIRENA_MAX_CONNECTION_BUFFER_BYTES: String(BUFFER_BYTES),
    SIRENA_STALLED_CLIENT_TIMEOUT_MS: String(STALLED_MS),
  });
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  redis?.disconnect();
});

/** The gateway process's resident memory (bytes). */
function gatewayRss(): number {
  const status = readFileSync(`/proc/${gateway.child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) * 1024;
}

/** How many connections the gateway logged as dropped slow readers, for this transport and reason. */
function drops(transport: string, reason: string): number {
  return gateway.output.filter((line) => line.includes('slow client dropped') && line.includes(`"transport":"${transport}"`) && line.includes(`"reason":"${reason}"`)).length;
}

/** Samples the gateway's RSS every 50 ms until `until` holds; resolves the highest sample. */
async function peakRssUntil(until: () => boolean, what: string, timeoutMs = 30_000): Promise<number> {
  let peak = gatewayRss();
  await waitUntil(() => {
    peak = Math.max(peak, gatewayRss());
    return until();
  }, what, timeoutMs);
  return peak;
}

/**
 * A raw Socket.IO client over websocket that subscribes to troops with since: 0. Once subscribed, a `stall` reader
 * stops reading its TCP socket for good, while it keeps sending pongs unasked (as an attacker keeps a connection
 * alive); a `throttle` reader reads in short bursts with pauses between.
 */
class RawSocketReader {
  readonly seqs: number[] = [];
  ack: { ok: boolean; replayed?: number } | undefined;
  closed = false;
  private readonly ws: WebSocket;
  private pongs: NodeJS.Timeout | undefined;

  constructor(port: number, mode: 'stall' | 'throttle') {
    this.ws = new WebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`);
    this.ws.on('message', (data) => {
      const text = String(data);
      if (text.startsWith('0')) this.ws.send('40');
      else if (text === '2') this.ws.send('3');
      else if (text.startsWith('40')) {
        this.ws.send(`420${JSON.stringify(['subscribe', { topics: ['troops'], since: 0 }])}`);
        if (mode === 'stall') this.stall();
        else this.throttle();
      } else if (text.startsWith('42')) this.seqs.push((JSON.parse(text.slice(2)) as [string, { seq: number }])[1].seq);
      else if (text.startsWith('430')) this.ack = (JSON.parse(text.slice(3)) as [{ ok: boolean; replayed?: number }])[0];
    });
    this.ws.on('error', () => undefined);
    this.ws.on('close', () => {
      this.closed = true;
      clearInterval(this.pongs);
    });
  }

  private get tcp(): NetSocket {
    return (this.ws as unknown as { _socket: NetSocket })._socket;
  }

  private stall(): void {
    this.tcp.pause();
    this.pongs = setInterval(() => this.ws.send('3'), 200);
  }

  private throttle(): void {
    this.tcp.on('data', () => {
      this.tcp.pause();
      setTimeout(() => this.tcp.resume(), 3);
    });
  }

  close(): void {
    clearInterval(this.pongs);
    this.ws.terminate();
  }
}

/** A raw GET /v1/stream?topic=troops&since=0; `stalled` never reads a byte of the answer, else it reads in bursts. */
class RawStreamReader {
  text = '';
  /** Seen `event: ready` (checked on each chunk's end, not by searching all of a 36 MB text on every poll). */
  ready = false;
  closed = false;
  private tail = '';
  private readonly socket: NetSocket;

  constructor(port: number, stalled: boolean) {
    this.socket = connect(port, '127.0.0.1', () => {
      this.socket.write(`GET /v1/stream?topic=troops&since=0 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n`);
      if (stalled) this.socket.pause();
    });
    if (!stalled) {
      this.socket.setEncoding('utf8');
      this.socket.on('data', (chunk: string) => {
        this.text += chunk;
        // Only the chunk and the end of the one before it are searched: slicing the whole text would flatten 36 MB
        // on every chunk and make the reader itself the slow part.
        const recent = this.tail + chunk;
        if (recent.includes('event: ready')) this.ready = true;
        this.tail = recent.slice(-32);
        this.socket.pause();
        setTimeout(() => this.socket.resume(), 3);
      });
    }
    this.socket.on('error', () => undefined);
    this.socket.on('close', () => {
      this.closed = true;
    });
  }

  /** The ids of the alert events received, in order. */
  get seqs(): number[] {
    return [...this.text.matchAll(/^id: (\d+)\nevent: alert\n/gm)].map((match) => Number(match[1]));
  }

  /** Writes to the server until the reset shows: a stalled reader learns it was dropped when it next sends. */
  poke(): void {
    if (!this.closed) this.socket.write(' ');
  }

  close(): void {
    this.socket.destroy();
  }
}

const inOrder = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe('Socket.IO readers that stop reading', () => {
  it('hold a bounded window and are dropped; a slow reader gets all of its replay; a normal client gets its alerts', async () => {
    const normal = await connectClient(gateway.url);
    expect(await normal.subscribe({ topics: ['diplomacy'] })).toMatchObject({ ok: true });
    const before = gatewayRss();
    const stalled = [1, 2, 3].map(() => new RawSocketReader(gateway.port, 'stall'));
    let slow: RawSocketReader | undefined;
    try {
      // Meanwhile the gateway serves everyone else at once.
      await store.append(unsequencedAlert({ id: 'live-diplomacy', topics: ['diplomacy'], text: 'Talks resumed in Geneva' }));
      expect((await normal.waitForAlerts(1, 5000))[0]).toMatchObject({ id: 'live-diplomacy' });

      const peak = await peakRssUntil(() => drops('socket.io', 'stalled') >= 3, 'three stalled sockets dropped');
      expect(peak - before, `gateway RSS ${Math.round(before / 2 ** 20)} → ${Math.round(peak / 2 ** 20)} MiB`).toBeLessThan(RSS_BOUND);
      // Dropped for good: each learns it when it next writes (its pongs).
      await waitUntil(() => stalled.every((reader) => reader.closed), 'the stalled clients see their connections closed');

      // A reader that reads, however slowly, is paced rather than dropped, and gets every alert once, in order.
      const reader = new RawSocketReader(gateway.port, 'throttle');
      slow = reader;
      await waitUntil(() => reader.ack, 'the slow reader’s subscribe ack', 60_000);
      expect(reader.ack).toMatchObject({ ok: true, replayed: HISTORY });
      expect(reader.seqs).toEqual(inOrder(HISTORY));
      expect(reader.closed).toBe(false);
    } finally {
      for (const reader of [...stalled, slow]) reader?.close();
      normal.close();
    }
  }, 90_000);
});

describe('the SDK', () => {
  it('resumes with since after the gateway dropped it as a stalled reader, and gets every alert once', async () => {
    const client = new SirenaClient({
      url: gateway.url,
      topics: ['troops'],
      since: 0,
      // Receipts off: this test is about the stalled connection. With them the SDK acks each of the 30,000 replayed
      // alerts, and the gateway's batching of those acks raised its RSS by ~90 MiB into the SSE test below.
      acks: false,
      reconnectionDelayMs: 100,
      reconnectionDelayMaxMs: 500,
      socketOptions: { transports: ['websocket'] },
    });
    const seqs: number[] = [];
    client.on('alert', (alert) => seqs.push(alert.seq));
    let tcp: NetSocket | undefined;
    // The app's first connection stops reading as soon as it subscribed (a phone that froze mid-catch-up).
    client.on('state', (state) => {
      if (state !== 'connected' || tcp) return;
      tcp = (client.socket?.io.engine as unknown as { transport: { ws: { _socket: NetSocket } } }).transport.ws._socket;
      tcp.pause();
    });
    const droppedBefore = drops('socket.io', 'stalled');
    try {
      await waitUntil(() => drops('socket.io', 'stalled') > droppedBefore, 'the stalled SDK connection dropped');
      tcp?.resume();
      await waitUntil(() => seqs.length >= HISTORY, `${HISTORY} alerts on the SDK (have ${seqs.length})`, 60_000);
      expect(seqs).toEqual(inOrder(HISTORY));
    } finally {
      client.close();
    }
  }, 90_000);
});

describe('SSE readers that stop reading', () => {
  it('hold a bounded window and are dropped; a slow reader gets all of its replay, paced by drain', async () => {
    const before = gatewayRss();
    const stalled = [1, 2, 3].map(() => new RawStreamReader(gateway.port, true));
    let slow: RawStreamReader | undefined;
    try {
      const peak = await peakRssUntil(() => drops('sse', 'stalled') >= 3, 'three stalled streams dropped');
      expect(peak - before, `gateway RSS ${Math.round(before / 2 ** 20)} → ${Math.round(peak / 2 ** 20)} MiB`).toBeLessThan(RSS_BOUND);
      await waitUntil(() => {
        for (const reader of stalled) reader.poke();
        return stalled.every((reader) => reader.closed);
      }, 'the stalled streams see their connections closed');

      // All of a replay far longer than the 1 MiB a stream may hold unsent arrives: it waits for drain.
      const reader = new RawStreamReader(gateway.port, false);
      slow = reader;
      // Ready, or closed: a reader starved for longer than the stall timeout on a loaded machine is dropped, and the
      // test says so at once instead of waiting out the deadline.
      await waitUntil(() => reader.ready || reader.closed, 'the slow stream’s ready event', 60_000);
      expect(reader.closed, `the slow reader was dropped after ${reader.seqs.length} alerts`).toBe(false);
      expect(reader.seqs.slice(0, HISTORY)).toEqual(inOrder(HISTORY));
      expect(reader.closed).toBe(false);
    } finally {
      for (const reader of [...stalled, slow]) reader?.close();
    }
  }, 90_000);
});
