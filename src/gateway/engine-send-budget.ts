// A SendBudget over an Engine.IO connection: the bytes of its packet buffer and of the batch its transport is writing.
import type { Socket as NetSocket } from 'node:net';
import type { Socket } from 'socket.io';
import { SendBudget, type SendBudgetOptions } from './send-budget.js';

/** engine.io's connection under a Socket.IO socket. */
type EngineSocket = Socket['conn'];

/** What this module relies on of an engine.io transport (and, for websocket, of the ws socket inside it). */
interface EngineTransport {
  name: string;
  on(event: 'drain', listener: () => void): unknown;
  /** The `ws` WebSocket; ws keeps its TCP socket as `_socket`. */
  socket?: { _socket?: NetSocket };
}

interface EnginePacket {
  data?: string | Buffer | ArrayBuffer;
}

/**
 * Engine.IO queues a socket's packets while its transport writes the previous batch, then hands it all the queue
 * (`flush`); the websocket transport emits `drain` once ws has handed that batch to the kernel. So what a connection
 * holds unsent is its queue plus the batch in flight, and a reader that stopped reading shows as a batch that never
 * drains. String packets count their length (one byte a character for the ASCII JSON mostly sent).
 * @example io.engine.on('connection', (conn) => budgets.set(conn, watchEngineSendBudget(conn, options)));
 */
export function watchEngineSendBudget(connection: EngineSocket, options: SendBudgetOptions): SendBudget {
  let pending = 0;
  let inFlight = 0;
  let taken = 0;
  const budget = new SendBudget(
    {
      queuedBytes: () => pending + inFlight,
      takenBytes: () => taken,
      abort: () => abortConnection(connection),
    },
    options,
  );
  connection.on('packetCreate', (packet: EnginePacket) => {
    pending += packetBytes(packet);
    budget.queued();
  });
  connection.on('flush', () => {
    inFlight += pending;
    pending = 0;
  });
  const onDrain = () => {
    taken += inFlight;
    inFlight = 0;
    budget.progressed();
  };
  (connection.transport as unknown as EngineTransport).on('drain', onDrain);
  connection.on('upgrade', (transport: EngineTransport) => {
    // What the old transport had in flight was written or is gone with it.
    inFlight = 0;
    transport.on('drain', onDrain);
  });
  connection.once('close', () => budget.close());
  return budget;
}

function packetBytes(packet: EnginePacket): number {
  const { data } = packet;
  if (data === undefined) return 1;
  return typeof data === 'string' ? data.length : data.byteLength;
}

/**
 * Closes at once, without the orderly close (that would wait behind the backlog): a websocket's TCP connection is
 * reset, which also frees what the kernel still holds for it. The client sees `transport close` and reconnects.
 */
function abortConnection(connection: EngineSocket): void {
  const raw = (connection.transport as unknown as EngineTransport).socket?._socket;
  if (raw && typeof raw.resetAndDestroy === 'function') raw.resetAndDestroy();
  else connection.close(true);
}
