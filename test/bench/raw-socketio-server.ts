// The baseline: the bare Socket.IO fanout a team could write in an afternoon (POST → io.to(room).emit), in its
// own process. Every scenario runs against it in the same run so figures compare like with like.
// With RAW_PUBSUB_REDIS_PORT set it is one of several such servers fed by Redis pub/sub: `/emit` publishes each
// alert on one channel and every server emits what it hears to its own rooms (the fanout scenario's baseline).
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';

const CHANNEL = 'raw-bench:alerts';
const pubsubPort = process.env.RAW_PUBSUB_REDIS_PORT ? Number(process.env.RAW_PUBSUB_REDIS_PORT) : undefined;
const publisher = pubsubPort ? new Redis(pubsubPort, '127.0.0.1') : undefined;
const subscriber = pubsubPort ? new Redis(pubsubPort, '127.0.0.1') : undefined;

interface RawUpdate {
  id: string;
  text: string;
  topics?: string[];
  [field: string]: unknown;
}

const history: Record<string, unknown>[] = [];
let seq = 0;

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(error as Error);
      }
    });
    req.on('error', reject);
  });
}

/** The alert a raw server would send: the update with a seq and timestamps, about the size of Sirena's. */
function toAlert(update: RawUpdate): Record<string, unknown> {
  const now = new Date().toISOString();
  seq += 1;
  return { ...update, seq, topics: update.topics ?? ['general'], severity: 'unknown', receivedAt: now, classifiedAt: now };
}

const httpServer = createServer((req, res) => {
  readJson(req).then(
    (body) => {
      const updates = (body as { updates?: RawUpdate[] }).updates ?? [body as RawUpdate];
      const emit = req.url === '/emit';
      for (const update of updates) {
        const alert = toAlert(update);
        history.push(alert);
        if (emit && publisher) void publisher.publish(CHANNEL, JSON.stringify(alert));
        else if (emit) io.to(alert.topics as string[]).emit('alert', alert);
      }
      res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ accepted: updates.length }));
    },
    () => res.writeHead(400).end(),
  );
});

const io = new Server(httpServer, { serveClient: false });
io.on('connection', (socket) => {
  socket.on('subscribe', (request: { topics: string[]; since?: number }, ack: (reply: unknown) => void) => {
    if (request.since !== undefined) {
      for (const alert of history) {
        if ((alert.seq as number) > request.since && (alert.topics as string[]).some((t) => request.topics.includes(t))) {
          socket.emit('alert', alert);
        }
      }
    }
    void socket.join(request.topics);
    ack({ ok: true, seq });
  });
});

const listening = () => process.send?.({ type: 'listening', port: (httpServer.address() as AddressInfo).port });
if (subscriber) {
  subscriber.on('message', (_channel: string, message: string) => {
    const alert = JSON.parse(message) as { topics: string[] };
    io.to(alert.topics).emit('alert', alert);
  });
  void subscriber.subscribe(CHANNEL).then(() => httpServer.listen(0, '127.0.0.1', listening));
} else {
  httpServer.listen(0, '127.0.0.1', listening);
}
process.on('disconnect', () => process.exit(0));
