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

/**
 * The alert a raw server would send: the update with the fields of the contract's Alert (seq, title, timestamps,
 * reasons, incident, version), so both servers put the same size of frame on every socket (a Sirena alert of one
 * of the benches' texts is ~570 bytes of JSON; the update with a seq and two timestamps alone was ~240).
 */
function toAlert(update: RawUpdate): Record<string, unknown> {
  const now = new Date().toISOString();
  seq += 1;
  const topics = update.topics ?? ['general'];
  const title = update.text.split(/(?<=[.!?])\s/, 1)[0]!.slice(0, 140);
  return {
    ...update,
    seq,
    topics,
    severity: 'unknown',
    title,
    publishedAt: now,
    receivedAt: now,
    classifiedAt: now,
    reasons: topics.map((topic) => `topic ${topic}: matched '${title.split(' ').slice(0, 4).join(' ')}' (raw baseline: posted with this topic)`),
    incidentId: update.id,
    msgType: 'alert',
    revision: 0,
  };
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
