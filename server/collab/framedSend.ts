import type { Connection, Document } from '@hocuspocus/server';
import * as ws from 'ws';
import { WebSocket } from 'ws';
import { MAX_SOCKET_BUFFERED_BYTES } from '../../shared/collab/limits';

/** `ws`'s frame builder, exported by `ws` but not in its types. */
const { Sender } = ws as unknown as {
  Sender: {
    frame(
      data: Buffer,
      options: { fin: boolean; opcode: number; mask: boolean; readOnly: boolean; rsv1: boolean },
    ): Buffer[];
  };
};

/** What `ws` keeps of a server socket that a frame built once can be written to. */
interface WsInternals {
  _socket?: { write(chunk: Uint8Array): boolean };
  _sender?: { _queue?: unknown[]; _state?: number };
}

/** `ws`'s sender state when it is neither compressing nor reading a Blob. */
const SENDER_IDLE = 0;

/**
 * Benchmarks only (`BENCH_WITHOUT=framed`, issue 18): once turned off, for the rest of the
 * process, nothing is framed here and every message goes through `ws.send`.
 */
let isFramedSendOff = false;

/** Turns direct frame writes off for this process (benchmarks only, see `isFramedSendOff`). */
export function turnOffFramedSend(): void {
  isFramedSendOff = true;
}

/** Whether a message may be framed here and written straight to the socket. */
export function isFramedSendOn(): boolean {
  return !isFramedSendOff;
}

/**
 * A binary message as one complete WebSocket frame from the server (final, unmasked): built
 * once per broadcast and written to every socket, where `ws.send` would build a header, copy
 * the message into a Buffer and write both halves for each socket.
 */
export function frameBinary(message: Uint8Array): Buffer {
  const parts = Sender.frame(Buffer.from(message.buffer, message.byteOffset, message.byteLength), {
    fin: true,
    opcode: 0x02,
    mask: false,
    readOnly: true,
    rsv1: false,
  });
  return Buffer.concat(parts);
}

/**
 * The stream under a `ws` server socket that a frame may be written to directly: the socket
 * is open, under the slow-consumer limit, and `ws`'s sender has nothing queued (it queues only
 * while compressing, which this server never does), so the frame cannot overtake one `ws`
 * still holds. `undefined`: the message must go through `ws` (a closing socket, a slow
 * reader, another `ws` version).
 */
export function directStreamOf(socket: unknown): { write(chunk: Uint8Array): boolean } | undefined {
  if (isFramedSendOff) return undefined;
  if (!(socket instanceof WebSocket) || socket.readyState !== WebSocket.OPEN) return undefined;
  if (socket.bufferedAmount > MAX_SOCKET_BUFFERED_BYTES) return undefined;
  const { _socket: stream, _sender: sender } = socket as unknown as WsInternals;
  if (!stream || !sender || sender._state !== SENDER_IDLE || sender._queue?.length !== 0) {
    return undefined;
  }
  return stream;
}

/**
 * Writes a frame built by `frameBinary` to a socket in one write of one buffer (`ws.send`
 * writes a header and a body for every socket). Returns false, having written nothing, when
 * the message must go through `ws` instead (see `directStreamOf`).
 */
export function writeFrame(socket: unknown, frame: Buffer): boolean {
  const stream = directStreamOf(socket);
  stream?.write(frame);
  return stream !== undefined;
}

/**
 * Sends one message to every connection of `document` but `skip`, as Hocuspocus's own
 * broadcast does (encoded once per run of connections that share an address, which without
 * session awareness is all of them), but framed once too and written with `writeFrame`;
 * through Hocuspocus's `send` where a socket cannot take the frame.
 */
export function broadcastFramed(
  document: Document,
  encode: (address: string) => Uint8Array,
  skip: Connection | null = null,
): void {
  let encoded: { address: string; message: Uint8Array; frame: Buffer | null } | undefined;
  for (const connection of document.connections.keys()) {
    if (connection === skip) continue;
    const address = connection.messageAddress;
    if (encoded?.address !== address) {
      const message = encode(address);
      encoded = { address, message, frame: isFramedSendOff ? null : frameBinary(message) };
    }
    if (!encoded.frame || !writeFrame(connection.webSocket, encoded.frame)) {
      connection.send(encoded.message);
    }
  }
}
