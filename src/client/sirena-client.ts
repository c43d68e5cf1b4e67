// SirenaClient: the SDK apps use (browser and Node): subscribes, remembers its place, resumes after any reconnect.
//
// The resume cursor only moves past what is certainly received: while a subscribe is catching up, alerts are held
// and the cursor stays at `since`; the ack moves it to the ack's `seq`, and after that each live alert moves it.
// So a connection lost mid-replay resumes from the same `since`, and the de-duplication window drops repeats.
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { Alert } from '../core/alert.js';
import type { AreaStateEvent } from '../core/area-state.js';
import type { Severity } from '../core/severity.js';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  SubscribeAck,
  SubscribeAckOk,
  SubscribeRequest,
  UnsubscribeAck,
} from '../core/subscription.js';

/** Replayed alerts older than this (a push's TTL) are not acked: nothing would be pushed for them any more. */
const ACK_REPLAYED_WITHIN_MS = 3_600_000;

/**
 * - `connecting`: the first connection is being made.
 * - `connected`: connected, subscribing (and catching up on what was missed).
 * - `live`: subscribed and caught up: alerts arrive as they are published.
 * - `reconnecting`: the connection was lost (or the gateway is restarting); it is being made again.
 * - `offline`: closed by `close()`, refused by the gateway (bad token), or out of reconnection attempts.
 */
export type ConnectionState = 'connecting' | 'connected' | 'live' | 'reconnecting' | 'offline';

export interface SirenaClientOptions {
  /** Gateway URL, or several: on a shutdown notice or repeated connection failures the client moves to the next. */
  url: string | readonly string[];
  /** Topic ids to subscribe to. */
  topics: readonly string[];
  /**
   * Only alerts at least this severe.
   * @defaultValue "unknown" (everything)
   */
  minSeverity?: Severity;
  /**
   * Resume from this seq at the first connection (a cursor the app saved from `lastSeq`).
   * @defaultValue unset: live alerts from now on, then resumed from there after every reconnect
   */
  since?: number;
  /** The epoch `since` came from (saved from `epoch`): if the server's history was reset, the client says so. */
  epoch?: string;
  /** Subscriber JWT (`auth.token`), or a function returning a fresh one for each connection. */
  token?: string | (() => string | Promise<string>);
  /**
   * This device's id (`auth.deviceId`), the one its Web Push subscription was made with: while the client is
   * connected, the server holds the device's pushes for SIRENA_PUSH_ESCALATE_MS and sends one only for an
   * alert the client did not ack. A random id kept per installation (see `subscribeToPush`).
   * @defaultValue unset: the server does not tie this connection to a device
   */
  deviceId?: string;
  /**
   * Send a receipt (`ack` `{seq}`) for every live alert received, whether or not it was a repeat, and for replayed
   * ones made within the last hour (a push's TTL: an older one is not pushed any more, so its receipt holds nothing
   * back, and a resume over a long history would send thousands).
   * @defaultValue true
   */
  acks?: boolean;
  /**
   * How long a subscribe may go without its ack or a replayed alert before the connection is restarted (ms). Each
   * replayed alert restarts the clock, so a long catch-up over a slow link is not cut off halfway and repeated.
   * @defaultValue 30000
   */
  ackTimeoutMs?: number;
  /**
   * First reconnection delay (ms); it doubles on each failure, with jitter, up to `reconnectionDelayMaxMs`.
   * @defaultValue 500
   */
  reconnectionDelayMs?: number;
  /** @defaultValue 5000 */
  reconnectionDelayMaxMs?: number;
  /**
   * Failed connection attempts on one URL before trying the next one (with several URLs).
   * @defaultValue 2
   */
  failoverAfter?: number;
  /**
   * How many recent seqs are remembered to drop repeats.
   * @defaultValue 10000
   */
  dedupeWindow?: number;
  /**
   * Connect at once; otherwise call `connect()`.
   * @defaultValue true
   */
  autoConnect?: boolean;
  /** Extra socket.io-client options (e.g. `transports`, `path`). */
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
}

/** An error the client reports: an ack error code from the server, or `timeout` / `connect_failed`. */
export class SirenaClientError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'SirenaClientError';
    this.code = code;
  }
}

/** Events of a SirenaClient, one line each. */
export interface SirenaClientEvents {
  /**
   * An alert, once per seq; in seq order except when a subscription change brings older ones. Each version of a
   * revised alert is one too (its `msgType` says "update" or "cancel"); `revision` follows it.
   */
  alert: (alert: Alert) => void;
  /**
   * A later version of an alert (an editor's correction, or `msgType: "cancel"`): it replaces the alert with the same
   * id, whose version seen before (if any) is `previous`. `latest(id)` answers it from now on.
   */
  revision: (alert: Alert, previous: Alert | undefined) => void;
  /**
   * An area of a subscribed topic has a new air-raid state (alert, clear, unknown): on every change, and for each area
   * once a subscribe is acknowledged. `areas()` answers the latest of each.
   */
  areaState: (state: AreaStateEvent) => void;
  /** The connection state changed. */
  state: (state: ConnectionState, previous: ConnectionState) => void;
  /** A subscribe with `since` finished: `replayed` missed alerts were delivered before this. */
  resumed: (info: { since: number; replayed: number; truncated: boolean }) => void;
  /** Alerts after `since` and before `oldestSeq` are past retention: the app should tell the user some are missing. */
  gap: (info: { since: number; oldestSeq: number }) => void;
  /** The server's history was reset (Redis lost its data): seqs started over; earlier alerts may be missing. */
  reset: (info: { previousEpoch: string; epoch: string }) => void;
  /** Something failed; the client keeps trying unless the state is `offline`. */
  error: (error: SirenaClientError) => void;
}

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Listener = (...args: never[]) => void;

/**
 * @example
 * const client = new SirenaClient({ url: 'https://alerts.example.org', topics: ['kyiv-air-raids'], minSeverity: 'severe' });
 * client.on('alert', (alert) => show(alert));
 * client.on('state', (state) => setBadge(state));
 */
export class SirenaClient {
  private readonly urls: readonly string[];
  private urlIndex = 0;
  private topics: string[];
  private minSeverity: Severity;
  private cursor: number | undefined;
  private currentEpoch: string | undefined;
  private currentState: ConnectionState = 'offline';
  private current: ClientSocket | undefined;
  private closed = true;
  /** close() was called: a pending automatic connect is off. */
  private closedByUser = false;
  /** Alerts received while a subscribe is in flight; delivered when its ack comes. */
  private held: Alert[] | null = null;
  /** The pending subscribe's silence timer, and how to restart it (while alerts keep arriving it is not silent). */
  private ackTimer: ReturnType<typeof setTimeout> | undefined;
  private rearmAck: (() => void) | undefined;
  /** Bumped per subscribe so a late ack of an abandoned one is ignored. */
  private subscribeId = 0;
  private connectFailures = 0;
  private shutdownRetryMs: number | undefined;
  /** The gateway said the token expired before closing: reconnect to it at once with a fresh one. */
  private tokenExpired = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryAttempt = 0;
  private readonly seen = new Set<number>();
  /** The latest state of each area of the subscribed topics. */
  private readonly areaStates = new Map<string, AreaStateEvent>();
  /** The latest version received of each alert by id (as many as the de-duplication window), oldest first. */
  private readonly versions = new Map<string, Alert>();
  /** Seqs at or below this fell out of the de-duplication window. */
  private seenFloor = 0;
  private readonly listeners = new Map<keyof SirenaClientEvents, Set<Listener>>();
  private readonly options: SirenaClientOptions;

  constructor(options: SirenaClientOptions) {
    this.options = options;
    this.urls = typeof options.url === 'string' ? [options.url] : [...options.url];
    if (this.urls.length === 0) throw new TypeError('SirenaClient needs at least one url');
    if (options.topics.length === 0) throw new TypeError('SirenaClient needs at least one topic');
    this.topics = [...options.topics];
    this.minSeverity = options.minSeverity ?? 'unknown';
    this.cursor = options.since;
    this.currentEpoch = options.epoch;
    // Next microtask, so listeners added right after construction see the first `state` event too.
    if (options.autoConnect ?? true) queueMicrotask(() => this.closed && !this.closedByUser && this.connect());
  }

  /** The connection state (also announced by the `state` event). */
  get state(): ConnectionState {
    return this.currentState;
  }

  /** Everything up to this seq has been received (save it with `epoch` to resume after an app restart). */
  get lastSeq(): number | undefined {
    return this.cursor;
  }

  /** The server history's epoch `lastSeq` belongs to. */
  get epoch(): string | undefined {
    return this.currentEpoch;
  }

  /** The Socket.IO socket in use (it changes on failover). */
  get socket(): ClientSocket | undefined {
    return this.current;
  }

  /** The gateway URL in use. */
  get url(): string {
    return this.urls[this.urlIndex] as string;
  }

  on<E extends keyof SirenaClientEvents>(event: E, listener: SirenaClientEvents[E]): this {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener);
    return this;
  }

  off<E extends keyof SirenaClientEvents>(event: E, listener: SirenaClientEvents[E]): this {
    this.listeners.get(event)?.delete(listener as Listener);
    return this;
  }

  once<E extends keyof SirenaClientEvents>(event: E, listener: SirenaClientEvents[E]): this {
    const wrapper = ((...args: Parameters<SirenaClientEvents[E]>) => {
      this.off(event, wrapper as SirenaClientEvents[E]);
      (listener as (...a: unknown[]) => void)(...args);
    }) as SirenaClientEvents[E];
    return this.on(event, wrapper);
  }

  /** Connects (again, after `close()`). */
  connect(): void {
    if (!this.closed) return;
    this.closedByUser = false;
    this.closed = false;
    this.setState('connecting');
    this.open(this.urlIndex);
  }

  /** Changes the subscription; the alerts of new topics since `lastSeq` are caught up on. */
  async setTopics(topics: readonly string[], minSeverity: Severity = this.minSeverity): Promise<void> {
    if (topics.length === 0) throw new TypeError('setTopics needs at least one topic');
    const removed = this.topics.filter((topic) => !topics.includes(topic));
    this.topics = [...topics];
    this.minSeverity = minSeverity;
    const socket = this.current;
    if (!socket?.connected) return; // the next connection subscribes with these
    if (removed.length > 0) {
      const ack: UnsubscribeAck = await socket.timeout(this.ackTimeout).emitWithAck('unsubscribe', { topics: removed });
      if (!ack.ok) this.emit('error', new SirenaClientError(ack.error.code, ack.error.message));
    }
    this.subscribe(socket);
  }

  /** Disconnects for good (until `connect()`); state becomes `offline`. */
  close(): void {
    this.closed = true;
    this.closedByUser = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.ackTimer);
    this.held = null;
    this.subscribeId += 1;
    this.dropSocket();
    this.setState('offline');
  }

  private get ackTimeout(): number {
    return this.options.ackTimeoutMs ?? 30_000;
  }

  private open(index: number): void {
    this.dropSocket();
    this.urlIndex = index % this.urls.length;
    this.connectFailures = 0;
    this.shutdownRetryMs = undefined;
    this.tokenExpired = false;
    const { token, deviceId } = this.options;
    const device = deviceId === undefined ? {} : { deviceId };
    const socket: ClientSocket = io(this.url, {
      forceNew: true,
      reconnectionDelay: this.options.reconnectionDelayMs ?? 500,
      reconnectionDelayMax: this.options.reconnectionDelayMaxMs ?? 5000,
      randomizationFactor: 0.5,
      ...(token === undefined && deviceId !== undefined && { auth: device }),
      ...(token !== undefined && {
        auth: (cb: (data: object) => void) => {
          Promise.resolve(typeof token === 'function' ? token() : token).then(
            (value) => cb({ token: value, ...device }),
            (error: unknown) => {
              this.emit('error', new SirenaClientError('unauthorized', `the token function failed: ${String(error)}`));
              cb(device);
            },
          );
        },
      }),
      ...this.options.socketOptions,
    });
    this.current = socket;
    socket.on('connect', () => {
      this.connectFailures = 0;
      this.retryAttempt = 0;
      this.shutdownRetryMs = undefined;
      this.setState('connected');
      this.subscribe(socket);
    });
    socket.on('alert', (alert) => {
      if (this.held) {
        this.held.push(alert);
        this.rearmAck?.();
      } else this.deliver(alert, true);
    });
    socket.on('shutdown', (notice) => {
      this.shutdownRetryMs = notice.retryMs;
    });
    // The token ran out: reconnect at once, with a fresh one when `token` is a function (a fixed one is refused).
    socket.on('state', (state) => this.setAreaState(state));
    socket.on('token_expired', () => {
      this.tokenExpired = true;
    });
    socket.on('connect_error', (error) => {
      if (!socket.active) {
        const code = (error as { data?: { code?: unknown } }).data?.code;
        if (code === 'unauthorized') {
          // A missing or bad token: retrying would not help.
          this.emit('error', new SirenaClientError('unauthorized', error.message));
          this.close();
          return;
        }
        // Refused for now (e.g. rate_limited: too many sockets from this address): try again later, or elsewhere.
        this.emit('error', new SirenaClientError(typeof code === 'string' ? code : 'connect_refused', error.message));
        if (this.urls.length > 1) this.retry(() => this.open(this.urlIndex + 1), this.backoff());
        else this.retry(() => socket.connect(), this.backoff());
        return;
      }
      this.connectFailures += 1;
      if (this.urls.length > 1 && this.connectFailures >= (this.options.failoverAfter ?? 2)) this.open(this.urlIndex + 1);
    });
    socket.on('disconnect', () => {
      this.abandonCatchUp();
      if (this.closed) return;
      this.setState('reconnecting');
      // Socket.IO reconnects by itself after a lost connection, but not when the server closed the socket.
      if (socket.active) return;
      if (this.tokenExpired) {
        // The same gateway, at once: the token function gives the new connection a fresh token.
        this.tokenExpired = false;
        this.retry(() => socket.connect(), 0);
        return;
      }
      const notice = this.shutdownRetryMs;
      if (notice !== undefined && this.urls.length > 1) this.retry(() => this.open(this.urlIndex + 1), 0);
      else this.retry(() => socket.connect(), notice ?? this.backoff());
    });
    socket.io.on('reconnect_failed', () => {
      this.emit('error', new SirenaClientError('connect_failed', `could not reconnect to ${this.url}`));
      this.close();
    });
  }

  private dropSocket(): void {
    const socket = this.current;
    if (!socket) return;
    this.current = undefined;
    socket.removeAllListeners();
    socket.io.removeAllListeners();
    socket.disconnect();
  }

  private retry(action: () => void, delayMs: number): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (!this.closed) action();
    }, delayMs);
  }

  private backoff(): number {
    const base = this.options.reconnectionDelayMs ?? 500;
    const max = this.options.reconnectionDelayMaxMs ?? 5000;
    this.retryAttempt += 1;
    const delay = Math.min(max, base * 2 ** (this.retryAttempt - 1));
    return delay * (0.5 + Math.random() * 0.5);
  }

  /** Subscribes with everything the client has so far as `since`; alerts are held until the ack. */
  private subscribe(socket: ClientSocket): void {
    const id = ++this.subscribeId;
    this.held ??= [];
    const since = this.cursor;
    const request: SubscribeRequest = {
      topics: this.topics,
      minSeverity: this.minSeverity,
      ...(since !== undefined && { since }),
      ...(since !== undefined && this.currentEpoch !== undefined && { epoch: this.currentEpoch }),
    };
    const stale = () => id !== this.subscribeId || socket !== this.current;
    // This subscribe's own timer: a late ack of an earlier subscribe must not stop a newer one's clock.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rearm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (stale()) return;
        this.emit('error', new SirenaClientError('timeout', `subscribe went ${this.ackTimeout} ms without an answer or an alert; reconnecting`));
        // A fresh connection starts a fresh catch-up from the same cursor (the disconnect handler reconnects).
        socket.disconnect();
      }, this.ackTimeout);
      this.ackTimer = timer;
    };
    this.rearmAck = rearm;
    rearm();
    socket.emit('subscribe', request, (ack: SubscribeAck) => {
      clearTimeout(timer);
      if (this.rearmAck === rearm) this.rearmAck = undefined;
      if (stale()) return;
      if (ack.ok) {
        this.caughtUp(ack, since);
        return;
      }
      this.emit('error', new SirenaClientError(ack.error.code, ack.error.message));
      // History was briefly unreadable or we asked too often: try again.
      if (['unavailable', 'internal_error', 'rate_limited'].includes(ack.error.code)) {
        this.retry(() => socket.connected && this.subscribe(socket), this.backoff());
        return;
      }
      // Other refusals need the app to change something; the server kept the earlier subscriptions live, so
      // what arrived meanwhile is live and in order: hand it on instead of holding it forever.
      const held = this.held ?? [];
      this.held = null;
      for (const alert of held) this.deliver(alert, true);
    });
  }

  private caughtUp(ack: SubscribeAckOk, since: number | undefined): void {
    const previousEpoch = this.currentEpoch;
    const reset = previousEpoch !== undefined && previousEpoch !== ack.epoch;
    if (reset) {
      // Seqs started over: what was seen says nothing about the new history.
      this.seen.clear();
      this.seenFloor = 0;
      this.cursor = 0;
    }
    this.currentEpoch = ack.epoch;
    // After a retried subscribe, live alerts held since the failed attempt precede the retry's replay: seq order.
    const held = (this.held ?? []).sort((a, b) => a.seq - b.seq);
    this.held = null;
    for (const alert of held) this.deliver(alert, false);
    this.cursor = Math.max(this.cursor ?? 0, ack.seq);
    this.retryAttempt = 0;
    if (reset) this.emit('reset', { previousEpoch, epoch: ack.epoch });
    else if (ack.truncated && since !== undefined) this.emit('gap', { since, oldestSeq: ack.oldestSeq ?? ack.seq + 1 });
    if (since !== undefined) this.emit('resumed', { since, replayed: ack.replayed, truncated: ack.truncated === true });
    for (const state of ack.state ?? []) this.setAreaState({ ...state, seq: ack.seq });
    this.setState('live');
  }

  private setAreaState(state: AreaStateEvent): void {
    const previous = this.areaStates.get(state.area);
    if (previous && previous.status === state.status && previous.since === state.since && previous.alertId === state.alertId) return;
    this.areaStates.set(state.area, state);
    this.emit('areaState', state);
  }

  /**
   * The latest air-raid state of each area of the subscribed topics.
   * @example client.areas().find((a) => a.area === 'kyiv-city')?.status // 'alert'
   */
  areas(): AreaStateEvent[] {
    return [...this.areaStates.values()];
  }

  /**
   * The connection went mid-subscribe. Held alerts are dropped (the resume replays them) unless the client has no
   * cursor yet, in which case nothing would replay them.
   */
  private abandonCatchUp(): void {
    const held = this.held;
    this.held = null;
    clearTimeout(this.ackTimer);
    this.rearmAck = undefined;
    this.subscribeId += 1;
    if (held && this.cursor === undefined) for (const alert of held) this.deliver(alert, false);
  }

  private deliver(alert: Alert, live: boolean): void {
    if (live) this.cursor = Math.max(this.cursor ?? 0, alert.seq);
    // The receipt: this device has the alert (a repeat too), so the server need not push it (see `deviceId`).
    const pushable = live || Date.now() - Date.parse(alert.classifiedAt) < ACK_REPLAYED_WITHIN_MS;
    if (this.options.acks !== false && pushable && this.current?.connected) this.current.emit('ack', { seq: alert.seq });
    if (alert.seq <= this.seenFloor || this.seen.has(alert.seq)) return;
    this.seen.add(alert.seq);
    if (this.seen.size > (this.options.dedupeWindow ?? 10_000)) {
      const oldest = this.seen.values().next().value as number;
      this.seen.delete(oldest);
      this.seenFloor = Math.max(this.seenFloor, oldest);
    }
    this.emit('alert', alert);
    const previous = this.versions.get(alert.id);
    // An older version brought by a subscription change does not replace a newer one.
    if (previous && (previous.revision ?? 0) >= (alert.revision ?? 0)) return;
    this.versions.delete(alert.id);
    this.versions.set(alert.id, alert);
    if (this.versions.size > (this.options.dedupeWindow ?? 10_000)) this.versions.delete(this.versions.keys().next().value as string);
    if ((alert.revision ?? 0) > 0) this.emit('revision', alert, previous);
  }

  /**
   * The latest version received of the alert with this id (revisions replace it), or undefined.
   * @example client.on('revision', (alert) => redraw(client.latest(alert.id)));
   */
  latest(id: string): Alert | undefined {
    return this.versions.get(id);
  }

  private setState(state: ConnectionState): void {
    const previous = this.currentState;
    if (state === previous) return;
    this.currentState = state;
    this.emit('state', state, previous);
  }

  private emit<E extends keyof SirenaClientEvents>(event: E, ...args: Parameters<SirenaClientEvents[E]>): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) {
      try {
        (listener as (...a: unknown[]) => void)(...args);
      } catch (error) {
        // One app listener throwing must not stop delivery to the others or break the client.
        if (event !== 'error') this.emit('error', new SirenaClientError('listener_failed', String(error)));
      }
    }
  }
}
