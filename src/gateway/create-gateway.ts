// Socket.IO gateway factory: authenticates sockets, tails the live feed and fans each alert out to its rooms.
import type { Server as HttpServer } from 'node:http';
import type { Redis } from 'ioredis';
import { Server } from 'socket.io';
import type { Config } from '../config.js';
import type { Alert } from '../core/alert.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../core/subscription.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { AlertStore } from '../store/alert-store.js';
import { FeedTail } from './feed-tail.js';
import { roomsForAlert } from './rooms.js';
import { SocketSession, type SocketData } from './socket-session.js';
import { GRANT_ALL, verifySubscriberToken } from './subscriber-auth.js';

export interface GatewayDeps {
  httpServer: HttpServer;
  config: Config;
  store: AlertStore;
  /** A dedicated connection for the blocking feed reads. */
  feedConnection: Redis;
  /** Configured topic ids (subscriptions to others are refused). */
  topicIds: readonly string[];
  logger: Logger;
  metrics: Metrics;
}

export interface Gateway {
  io: Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
  tail: FeedTail;
  /** Tells every socket to reconnect elsewhere, closes them and stops tailing. */
  close(): Promise<void>;
}

/**
 * @example
 * const gateway = await createGateway({ httpServer, config, store, feedConnection, topicIds, logger, metrics });
 */
export async function createGateway(deps: GatewayDeps): Promise<Gateway> {
  const { config, store, logger, metrics } = deps;
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(deps.httpServer, {
    path: '/socket.io',
    serveClient: false,
    // Subscribe payloads are tiny; a bigger message closes that socket (Socket.IO's rule), nothing else.
    maxHttpBufferSize: config.maxSocketPayloadBytes,
    pingInterval: 15_000,
    pingTimeout: 10_000,
    perMessageDeflate: false,
    cors: { origin: true },
  });

  // Counted per underlying connection and released when it closes, whether or not the handshake got through.
  const socketsPerIp = new Map<string, number>();
  io.use((socket, next) => {
    const ip = socket.handshake.address;
    const open = socketsPerIp.get(ip) ?? 0;
    if (open >= config.maxSocketsPerIp) {
      metrics.socketsRefused.inc({ reason: 'rate_limited' });
      next(
        Object.assign(new Error(`more than ${config.maxSocketsPerIp} connections from ${ip}`), { data: { code: 'rate_limited' } }),
      );
      return;
    }
    socketsPerIp.set(ip, open + 1);
    socket.conn.once('close', () => {
      const left = (socketsPerIp.get(ip) ?? 1) - 1;
      if (left > 0) socketsPerIp.set(ip, left);
      else socketsPerIp.delete(ip);
    });
    next();
  });

  const secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : undefined;
  io.use((socket, next) => {
    if (!secret) {
      socket.data.grant = GRANT_ALL;
      next();
      return;
    }
    verifySubscriberToken((socket.handshake.auth as { token?: unknown } | undefined)?.token, secret).then(
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

  const catchingUp = new Set<SocketSession>();
  const fanout = (alert: Alert) => {
    io.to(roomsForAlert(alert)).emit('alert', alert);
    for (const session of catchingUp) session.offer(alert);
    metrics.alertsDelivered.inc();
    metrics.feedLag.set(alert.seq);
    metrics.deliveryLatency.observe(Math.max(0, Date.now() - Date.parse(alert.receivedAt)) / 1000);
  };
  const tail = new FeedTail({ store, connection: deps.feedConnection, logger, onAlert: fanout });
  await tail.start();

  const knownTopics = new Set(deps.topicIds);
  io.on('connection', (socket) => {
    metrics.socketsConnected.inc();
    socket.on('disconnect', () => metrics.socketsConnected.dec());
    new SocketSession(socket, {
      store,
      tail,
      knownTopics,
      catchingUp,
      logger,
      metrics,
      maxTopics: config.maxTopicsPerSocket,
      opsPerMinute: config.subscribeRatePerMinute,
    });
  });

  return {
    io,
    tail,
    async close() {
      io.emit('shutdown', { reconnect: true, retryMs: 1000 });
      // Let the notice reach clients before their sockets close.
      await new Promise((resolve) => setTimeout(resolve, 100));
      io.disconnectSockets(true);
      await tail.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
