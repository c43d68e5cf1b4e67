// The least a Redis-queued pipeline costs here: an HTTP ingest, a queue, a worker that stores one alert with one
// Lua step, and a Socket.IO gateway tailing the store's stream — none of Sirena's own work. QUEUE_FLOOR_HANDOFF picks
// the queue: `bullmq` (a BullMQ Queue and Worker, as Sirena uses) or `stream` (a Redis Streams consumer group).
// Only for test/bench/queue-floor.bench.ts: argv = role (api | worker | gateway), port, Redis port.
import { createServer } from 'node:http';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';

const [role, portArg, redisPortArg] = process.argv.slice(2);
const port = Number(portArg);
const redisPort = Number(redisPortArg);
const handoff = process.env.QUEUE_FLOOR_HANDOFF === 'stream' ? 'stream' : 'bullmq';
const connect = (options: { maxRetriesPerRequest?: null } = {}) => new Redis(redisPort, '127.0.0.1', options);
const PREFIX = 'floor';
const JOBS = `${PREFIX}:jobs`;
const FEED = `${PREFIX}:feed`;
// INCR the seq, keep the alert, XADD it to the feed: the part of Sirena's append every pipeline needs.
const APPEND = `local seq = redis.call('INCR', KEYS[1]) local json = ARGV[1] .. seq .. ARGV[2]
redis.call('HSET', KEYS[2], seq, json) redis.call('XADD', KEYS[3], 'MAXLEN', '~', 10000, seq .. '-0', 'a', json) return seq`;

interface Update {
  id: string;
  text: string;
  receivedAt: string;
}

function ready(): void {
  process.send?.('ready');
}

if (role === 'api') {
  const redis = connect();
  const queue = new Queue('floor', { connection: redis, prefix: PREFIX });
  await queue.waitUntilReady();
  createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const update = { ...(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Update), receivedAt: new Date().toISOString() };
      const queued =
        handoff === 'bullmq'
          ? queue.add('update', { updates: [update] }, { priority: 2, removeOnComplete: { count: 1000 } })
          : redis.xadd(JOBS, '*', 'u', JSON.stringify(update));
      void queued.then(() => res.writeHead(202, { 'content-type': 'application/json' }).end('{"accepted":1}'));
    });
  }).listen(port, '127.0.0.1', ready);
} else if (role === 'worker') {
  const store = connect();
  const append = (update: Update) => {
    const now = new Date().toISOString();
    const { id, ...rest } = {
      ...update,
      topics: ['kyiv-air-raids'],
      severity: 'severe',
      title: update.text.slice(0, 60),
      publishedAt: update.receivedAt,
      classifiedAt: now,
      reasons: ["topic kyiv-air-raids: matched 'Drone attack' + 'Kyiv'"],
      incidentId: update.id,
    };
    return store.eval(APPEND, 3, `${PREFIX}:seq`, `${PREFIX}:alerts`, FEED, `{"id":${JSON.stringify(id)},"seq":`, `,${JSON.stringify(rest).slice(1)}`);
  };
  if (handoff === 'bullmq') {
    const worker = new Worker<{ updates: Update[] }>(
      'floor',
      async (job) => {
        for (const update of job.data.updates) await append(update);
      },
      { connection: connect({ maxRetriesPerRequest: null }), prefix: PREFIX, concurrency: 16 },
    );
    await worker.waitUntilReady();
    ready();
  } else {
    const reader = connect();
    await reader.xgroup('CREATE', JOBS, 'workers', '$', 'MKSTREAM').catch(() => undefined);
    ready();
    for (;;) {
      const reply = (await reader.xreadgroup('GROUP', 'workers', `w${process.pid}`, 'COUNT', 50, 'BLOCK', 5000, 'STREAMS', JOBS, '>')) as
        | [string, [string, string[]][]][]
        | null;
      for (const [entryId, fields] of reply?.[0]?.[1] ?? []) {
        await append(JSON.parse(fields[1]!) as Update);
        void store.xack(JOBS, 'workers', entryId);
      }
    }
  }
} else {
  const httpServer = createServer();
  const io = new Server(httpServer, { serveClient: false });
  io.on('connection', (socket) => {
    socket.on('subscribe', (request: { topics: string[] }, ack: (reply: unknown) => void) => {
      void socket.join(request.topics);
      ack({ ok: true });
    });
  });
  httpServer.listen(port, '127.0.0.1', ready);
  const feed = connect();
  let last = (await feed.get(`${PREFIX}:seq`)) ?? '0';
  for (;;) {
    const reply = (await feed.xread('COUNT', 1000, 'BLOCK', 2000, 'STREAMS', FEED, `${last}-0`)) as [string, [string, string[]][]][] | null;
    for (const [entryId, fields] of reply?.[0]?.[1] ?? []) {
      last = entryId.slice(0, entryId.indexOf('-'));
      const alert = JSON.parse(fields[1]!) as { topics: string[] };
      io.to(alert.topics).emit('alert', alert);
    }
  }
}
