// Coalesced websocket writes: the frames a burst of alerts queues for one socket leave in one write, not one each.
import type { Socket as NetSocket } from 'node:net';
import type { Socket } from 'socket.io';

/** engine.io's connection under a Socket.IO socket. */
type EngineSocket = Socket['conn'];

/** What this module relies on of engine.io's websocket transport (and of the ws socket inside it). */
interface WebsocketTransport {
  name: string;
  send(packets: unknown[]): void;
  /** The `ws` WebSocket; ws keeps its TCP socket as `_socket`. */
  socket?: { _socket?: NetSocket };
}

const coalescing = new WeakSet<object>();

/**
 * While a websocket transport is writing, engine.io queues the socket's next packets and then hands them all to
 * the transport in one call; ws writes each as a frame of its own (a syscall each). Corking the TCP socket for the
 * length of that call sends them in one write: a socket that gets 200 alerts in a burst costs one or two writes
 * instead of 200. A lone alert still goes out at once. Installed per connection, again after an upgrade from
 * long-polling; a transport that does not look as expected is left alone.
 * @example io.engine.on('connection', coalesceWrites);
 */
export function coalesceWrites(connection: EngineSocket): void {
  const install = () => {
    const transport = connection.transport as unknown as WebsocketTransport;
    const raw = transport.socket?._socket;
    if (transport.name !== 'websocket' || coalescing.has(transport) || typeof raw?.cork !== 'function') return;
    coalescing.add(transport);
    const send = transport.send.bind(transport);
    transport.send = (packets) => {
      if (packets.length < 2 || raw.destroyed) {
        send(packets);
        return;
      }
      raw.cork();
      try {
        send(packets);
      } finally {
        raw.uncork();
      }
    };
  };
  install();
  connection.on('upgrade', install);
}
