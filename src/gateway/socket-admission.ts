// SocketAdmission: Socket.IO connections counted against the connection limits from the Engine.IO handshake on.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'socket.io';
import type { Metrics } from '../observability/metrics.js';
import type { TrustedProxies } from '../proxy/trusted-proxies.js';
import type { ConnectionLease, ConnectionLimits, ConnectionRefusal } from './connection-limits.js';

/** engine.io's connection under a Socket.IO socket. */
type EngineSocket = Socket['conn'];

/**
 * Connections let in beyond a limit only to be told so with a code the SDK reads (`connect_error` `data.code`), at
 * most this many at once in the gateway; beyond them the Engine.IO handshake itself is refused (HTTP 403).
 */
const REFUSAL_SLOTS = 32;

/** A handshake's place: a lease on the limits, or a refusal slot; released once, when its connection closes. */
interface Place {
  release: ConnectionLease;
  refusal?: ConnectionRefusal;
}

export interface SocketAdmissionDeps {
  limits: ConnectionLimits;
  proxies: TrustedProxies;
  metrics: Metrics;
}

/**
 * Counting at the Engine.IO handshake, not at the namespace connect, covers connections that never join the
 * namespace (Socket.IO's `connectTimeout` closes them); a refusal is still told at the namespace connect, with a code.
 * @example
 * const admission = new SocketAdmission({ limits, proxies, metrics });
 * const io = new Server(httpServer, { allowRequest: admission.allowRequest, connectTimeout: 10000 });
 * io.engine.on('connection', admission.adopt);
 * io.use(admission.middleware);
 */
export class SocketAdmission {
  private readonly places = new WeakMap<IncomingMessage, Place>();
  private refusing = 0;
  private readonly deps: SocketAdmissionDeps;

  constructor(deps: SocketAdmissionDeps) {
    this.deps = deps;
  }

  /** Engine.IO's `allowRequest`, called for each handshake: takes a place for it, or refuses it outright. */
  readonly allowRequest = (req: IncomingMessage, callback: (error: string | null | undefined, success: boolean) => void): void => {
    const address = this.deps.proxies.clientAddress(req);
    const admitted = this.deps.limits.admit(address);
    if (!('code' in admitted)) {
      this.hold(req, { release: admitted.release });
      callback(null, true);
      return;
    }
    this.deps.metrics.socketsRefused.inc({ reason: admitted.code });
    if (this.refusing >= REFUSAL_SLOTS) {
      callback(admitted.message, false);
      return;
    }
    this.refusing += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.refusing -= 1;
    };
    this.hold(req, { release, refusal: admitted });
    callback(null, true);
  };

  /** io.engine's `connection` listener: the handshake's place now lasts as long as the connection. */
  readonly adopt = (connection: EngineSocket): void => {
    const req = connection.request;
    const place = this.places.get(req);
    if (!place) return;
    req.socket.off('close', place.release);
    connection.once('close', place.release);
  };

  /** Namespace middleware: a connection let in over a limit is refused here, with the limit's code. */
  readonly middleware = (socket: { request: IncomingMessage }, next: (error?: Error) => void): void => {
    const refusal = this.places.get(socket.request)?.refusal;
    if (refusal) next(Object.assign(new Error(refusal.message), { data: { code: refusal.code } }));
    else next();
  };

  /** Until a connection is made of it, a handshake gives its place back when its TCP socket closes (a failed upgrade). */
  private hold(req: IncomingMessage, place: Place): void {
    this.places.set(req, place);
    req.socket.once('close', place.release);
  }
}
