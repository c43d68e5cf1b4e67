// Socket.IO gateway factory: authenticates sockets, tails the live feed and fans each alert out to its rooms.
import type { Server as HttpServer } from 'node:http';
import { Router } from 'express';
import type { RedisClient } from '../store/redis-connection.js';
import { Server } from 'socket.io';
import type { Config } from '../config.js';
import type { Alert } from '../core/alert.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../core/subscription.js';
import type { TopicSummary } from '../core/topic.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { AlertStore } from '../store/alert-store.js';
import type { AlertListener } from './catch-up.js';
import { TrustedProxies } from '../proxy/trusted-proxies.js';
import { ConnectionLimits } from './connection-limits.js';
import { consoleRouter } from './console-router.js';
import { watchEngineSendBudget } from './engine-send-budget.js';
import { capRouter } from '../cap/cap-router.js';
import { historyRouter } from '../history/history-router.js';
import { FeedTail } from '../store/feed-tail.js';
import { roomsForAlert, roomsForTopic } from './rooms.js';
import { AreaStateFanout } from './area-state-fanout.js';
import type { AreaStates } from '../lifecycle/area-states.js';
import { stateRouter } from '../history/state-router.js';
import { SocketSession, type SocketData } from './socket-session.js';
import type { DropReason, SendBudget } from './send-budget.js';
import { SocketAdmission } from './socket-admission.js';
import type { SseStream } from './sse-stream.js';
import { STREAM_RETRY_MS, streamRouter } from './stream-router.js';
import { ReadAccess, whenExpired } from '../access/topic-grant.js';
import { coalesceWrites } from './write-coalescer.js';
import { AlertAckSchema } from '../core/push.js';
import { DeviceIdSchema } from '../core/subscription.js';
import type { DeliveryFigures } from '../push/delivery-figures.js';
import type { DevicePresence } from '../push/device-presence.js';
import { FifoCache } from '../core/fifo-cache.js';

/** How many acked seqs a socket remembers (an ack of one of them again is answered ok and not counted). */
const ACKS_REMEMBERED = 1024;

export interface GatewayDeps {
  httpServer: HttpServer;
  config: Config;
  store: AlertStore;
  /** A dedicated connection for the blocking feed reads. */
  feedConnection: RedisClient;
  /** Configured topics (subscriptions to others are refused; the console lists them). */
  topics: readonly TopicSummary[];
  /** The air-raid state of each area (in Redis, shared with the API and every gateway). */
  areaStates: AreaStates;
  logger: Logger;
  metrics: Metrics;
  /**
   * Receipts and delivery figures (src/push/): device presence of sockets and streams with a deviceId, acks, and the
   * sockets each alert was sent to. Unset: acks are answered and not recorded.
   */
  receipts?: { presence: DevicePresence; figures: DeliveryFigures };
}

export interface Gateway {
  io: Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
  tail: FeedTail;
  /** The gateway's HTTP routes (the console at /, GET /v1/alerts, GET /v1/stream): mount it on the app that owns httpServer. */
  router: Router;
  /** Tells every socket and stream to reconnect elsewhere, closes them and stops tailing. */
  close(): Promise<void>;
}

/**
 * @example
 * const gateway = await createGateway({ httpServer, config, store, feedConnection, topics, logger, metrics });
 */
export async function createGateway(deps: GatewayDeps): Promise<Gateway> {
  const { config, store, logger, metrics } = deps;
  // One count of connections per client address and in all, for sockets and SSE streams alike.
  const proxies = new TrustedProxies(config.trustedProxies);
  const limits = new ConnectionLimits({ perAddress: config.maxSocketsPerIp, total: config.maxConnections });
  const admission = new SocketAdmission({ limits, proxies, metrics });
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(deps.httpServer, {
    path: '/socket.io',
    serveClient: false,
    // Subscribe payloads are tiny; a bigger message closes that socket (Socket.IO's rule), nothing else.
    maxHttpBufferSize: config.maxSocketPayloadBytes,
    pingInterval: 15_000,
    pingTimeout: 10_000,
    perMessageDeflate: false,
    cors: { origin: true },
    // Counted from the Engine.IO handshake; one that never joins the namespace is closed after connectTimeout.
    allowRequest: admission.allowRequest,
    connectTimeout: config.socketConnectTimeoutMs,
  });
  io.use(admission.middleware);

  // The same grant rule as every other read path (history, SSE, single alerts, incidents).
  const access = new ReadAccess(config);
  io.use((socket, next) => {
    access.grantFor((socket.handshake.auth as { token?: unknown } | undefined)?.token).then(
      (grant) => {
        socket.data.grant = grant;
        next();
      },
      (error: Error) => {
        metrics.socketsRefused.inc({ reason: 'unauthorized' });
        next(Object.assign(new Error(error.message), { data: { code: 'unauthorized' } }));
      },
    );
  });

  // Catching-up clients' buffers and live SSE streams: everything the fanout reaches besides Socket.IO rooms.
  const listeners = new Set<AlertListener>();
  const localRooms = io.sockets.adapter.rooms;
  /** Sockets in any of these rooms, each once (what `io.to(rooms)` just reached). */
  const socketsIn = (rooms: readonly string[]): number => {
    if (rooms.length === 1) return localRooms.get(rooms[0]!)?.size ?? 0;
    const reached = new Set<string>();
    for (const room of rooms) for (const id of localRooms.get(room) ?? []) reached.add(id);
    return reached.size;
  };

  const dropped = (transport: 'socket.io' | 'sse', reason: DropReason, queuedBytes: number, address: string) => {
    metrics.slowClientsDropped.inc({ transport, reason });
    logger.warn({ transport, reason, queuedBytes, address }, 'slow client dropped (it resumes from its cursor)');
  };
  const budgets = new WeakMap<object, SendBudget>();
  io.engine.on('connection', (connection: Parameters<typeof coalesceWrites>[0]) => {
    admission.adopt(connection);
    coalesceWrites(connection);
    const address = proxies.clientAddress(connection.request);
    const budget = watchEngineSendBudget(connection, {
      ...config.connectionBuffer,
      onDrop: (reason, queued) => dropped('socket.io', reason, queued, address),
    });
    budgets.set(connection, budget);
  });
  const fanout = (alert: Alert) => {
    // Each gateway tails the whole feed; an alert none of its sockets wants is not even encoded (a backlog of
    // routine alerts then costs little, and an urgent alert behind it is not held up).
    const rooms = roomsForAlert(alert).filter((room) => localRooms.has(room));
    if (rooms.length > 0) io.to(rooms).emit('alert', alert);
    if (rooms.length > 0 && deps.receipts) deps.receipts.figures.add(alert.seq, { socketsSent: socketsIn(rooms) }).catch(() => undefined);
    for (const listener of listeners) listener.offer(alert);
    areas.offer(alert);
    metrics.alertsDelivered.inc();
    metrics.feedLag.set(alert.seq);
    // A revision's clock starts when the editor made it.
    const madeAt = (alert.revision ?? 0) > 0 ? alert.classifiedAt : alert.receivedAt;
    metrics.deliveryLatency.observe(Math.max(0, Date.now() - Date.parse(madeAt)) / 1000);
  };
  const tail = new FeedTail({
    store,
    connection: deps.feedConnection,
    logger,
    onEntry: (entry) => fanout(entry.alert),
    // Seqs start over (Redis lost its data, or a failover lost the last writes): a socket's client knows only seqs, so
    // each is closed and its client resumes with since + epoch, which replays the new history (the ack says so). An
    // SSE stream is told (`reset`), its Last-Event-ID set to 0 and ended: the browser's reconnect replays the new
    // history from its start, where resuming by its last seq could skip alerts stored under seqs it had seen.
    onEpochChange: (epoch) => {
      io.disconnectSockets(true);
      for (const stream of streams) stream.reset({ previousEpoch: tailEpoch, epoch });
      tailEpoch = epoch;
    },
  });
  const streams = new Set<SseStream>();
  // A changed area goes to every socket and stream of its topic, whatever their minimum severity.
  const areas = new AreaStateFanout({
    states: deps.areaStates,
    lastSeq: () => tail.lastSeq,
    logger,
    publish: (event) => {
      const rooms = roomsForTopic(event.topic).filter((room) => localRooms.has(room));
      if (rooms.length > 0) io.to(rooms).emit('state', event);
      for (const stream of streams) if (stream.live && stream.subscriptions.has(event.topic)) stream.event('state', event);
    },
  });
  // Caught up with history before the tail hands on the first live alert.
  await areas.start();
  await tail.start();
  let tailEpoch = tail.epoch;

  const knownTopics = new Set(deps.topics.map((topic) => topic.id));
  const sessions = new Set<SocketSession>();
  io.on('connection', (socket) => {
    metrics.socketsConnected.inc();
    const session = new SocketSession(socket, {
      store,
      tail,
      knownTopics,
      listeners,
      logger,
      metrics,
      budget: budgets.get(socket.conn) as SendBudget,
      maxTopics: config.maxTopicsPerSocket,
      areaState: (topics) => areas.forTopics(topics),
      opsPerMinute: config.subscribeRatePerMinute,
    });
    sessions.add(session);
    // Receipts: a socket connected with auth.deviceId marks its device present (its pushes wait for an ack).
    const device = DeviceIdSchema.safeParse((socket.handshake.auth as { deviceId?: unknown } | undefined)?.deviceId);
    const deviceId = device.success ? device.data : undefined;
    const leave = deviceId !== undefined && deps.receipts ? deps.receipts.presence.join(deviceId) : undefined;
    // The seqs this socket has acked: an ack counts once (a client that acks again, or floods acks of one alert, adds
    // nothing to the figures and writes nothing). Made at the first ack, so idle sockets cost nothing.
    let acked: FifoCache<number, true> | undefined;
    socket.on('ack', (receipt, reply) => {
      const parsed = AlertAckSchema.safeParse(receipt);
      if (!parsed.success) {
        if (typeof reply === 'function') reply({ ok: false, error: { code: 'invalid_request', message: 'ack takes { seq: n }' } });
        return;
      }
      // Only a seq that has been handed out (an ack of any other would leave delivery figures for nothing): what this
      // gateway delivered, else, for a replay that ran ahead of its tail, what Redis has.
      const seq = parsed.data.seq;
      const known = seq <= tail.lastSeq ? Promise.resolve(true) : store.latestSeq().then((latest) => seq <= latest, () => false);
      void known.then((ok) => {
        if (!ok) {
          if (typeof reply === 'function') reply({ ok: false, error: { code: 'invalid_request', message: `no alert has seq ${seq}` } });
          return;
        }
        const seen = (acked ??= new FifoCache<number, true>(ACKS_REMEMBERED));
        if (!seen.get(seq)) {
          seen.set(seq, true);
          // Not written: the next ack of it counts (it may stop the device's escalation push).
          deps.receipts?.figures.ack(seq, deviceId).catch(() => seen.delete(seq));
        }
        if (typeof reply === 'function') reply({ ok: true });
      });
    });
    // A token is good until its `exp`: then the socket is told and closed, and its client reconnects with a new one.
    const expiry = whenExpired(socket.data.grant, () => {
      socket.emit('token_expired', { code: 'token_expired', message: 'the token has expired: reconnect with a fresh one' });
      socket.disconnect(true);
    });
    socket.on('disconnect', () => {
      leave?.();
      expiry.cancel();
      metrics.socketsConnected.dec();
      sessions.delete(session);
    });
  });

  const router = Router();
  router.use(
    consoleRouter({
      topics: deps.topics,
      tokenRequired: !access.open,
      publicTopics: config.publicTopics,
      editing: config.editorKeys.length > 0,
      pushMinSeverity: config.push.minSeverity,
    }),
  );
  router.use(historyRouter({ store, knownTopics, access }));
  router.use(stateRouter({ states: deps.areaStates, access }));
  router.use(capRouter({ store, topics: deps.topics, areas: deps.areaStates.areas, sender: config.capSender, access }));
  router.use(
    streamRouter({
      store,
      tail,
      listeners,
      knownTopics,
      streams,
      access,
      ...(deps.receipts && { presence: deps.receipts.presence }),
      heartbeatMs: config.sseHeartbeatMs,
      areaState: (topics) => areas.forTopics(topics),
      limits,
      proxies,
      buffer: config.connectionBuffer,
      onDrop: (reason, queued, address) => dropped('sse', reason, queued, address),
      logger,
      metrics,
    }),
  );

  metrics.onScrape(() => {
    metrics.topicSubscribers.reset();
    const count = (transport: string, subscriptions: Iterable<string>) => {
      for (const topic of subscriptions) metrics.topicSubscribers.inc({ topic, transport });
    };
    for (const session of sessions) count('socket.io', session.subscriptions.keys());
    for (const stream of streams) count('sse', stream.subscriptions.keys());
  });

  return {
    io,
    tail,
    router,
    async close() {
      io.emit('shutdown', { reconnect: true, retryMs: 1000 });
      for (const stream of streams) {
        stream.event('shutdown', { reconnect: true, retryMs: STREAM_RETRY_MS });
        stream.end();
      }
      // Let the notice reach clients before their sockets close.
      await new Promise((resolve) => setTimeout(resolve, 100));
      io.disconnectSockets(true);
      await tail.stop();
      areas.stop();
      await deps.receipts?.presence.close();
      await deps.receipts?.figures.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
