import { AuthMessageType } from '@hocuspocus/common';
import { MessageType } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

/**
 * Test helper: a bare WebSocket on the collaboration path that sends whatever bytes a test
 * chooses, for fuzzing and misbehaving clients (the real provider only sends valid frames).
 */

// Hocuspocus message types under the names the socket tests use.
export const MESSAGE_SYNC = MessageType.Sync;
export const MESSAGE_AWARENESS = MessageType.Awareness;
export const MESSAGE_AUTH = MessageType.Auth;
export const MESSAGE_QUERY_AWARENESS = MessageType.QueryAwareness;
export const MESSAGE_STATELESS = MessageType.Stateless;
export const MESSAGE_CLOSE = MessageType.CLOSE;
// y-protocols sync steps.
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** A message the server sent, split into its address and type. */
export interface ServerMessage {
  address: string;
  type: number;
  /** For auth messages: the auth sub-type (2 = authenticated, 1 = denied). */
  authType?: number;
  bytes: Uint8Array;
}

export interface CloseEvent {
  code: number;
  reason: string;
}

function frame(address: string, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, address);
  write(e);
  return encoding.toUint8Array(e);
}

export function encodeAuth(address: string, token: string): Uint8Array {
  return frame(address, (e) => {
    encoding.writeVarUint(e, MESSAGE_AUTH);
    encoding.writeVarUint(e, AuthMessageType.Token);
    encoding.writeVarString(e, token);
  });
}

export function encodeUpdate(address: string, update: Uint8Array): Uint8Array {
  return frame(address, (e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, update);
  });
}

/** An awareness message carrying one client's state (JSON text, sent as is). */
export function encodeAwareness(
  address: string,
  client: { id: number; clock: number; json: string },
): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, client.id);
  encoding.writeVarUint(update, client.clock);
  encoding.writeVarString(update, client.json);
  return frame(address, (e) => {
    encoding.writeVarUint(e, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(update));
  });
}

export function encodeSyncStep1(address: string, stateVector: Uint8Array): Uint8Array {
  return frame(address, (e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_STEP_1);
    encoding.writeVarUint8Array(e, stateVector);
  });
}

/** The Yjs update a sync message carries (step 2 or update), or null for any other message. */
export function syncUpdateIn(message: ServerMessage): Uint8Array | null {
  if (message.type !== MESSAGE_SYNC) return null;
  const decoder = decoding.createDecoder(message.bytes);
  decoding.readVarString(decoder);
  decoding.readVarUint(decoder);
  const step = decoding.readVarUint(decoder);
  return step === SYNC_UPDATE || step === SYNC_STEP_2 ? decoding.readVarUint8Array(decoder) : null;
}

/** Splits a message from the server into its address and type; null if it does not decode. */
export function parseServerMessage(bytes: Uint8Array): ServerMessage | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const address = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    const authType = type === MESSAGE_AUTH ? decoding.readVarUint(decoder) : undefined;
    return { address, type, authType, bytes };
  } catch {
    return null;
  }
}

export class RawCollabSocket {
  readonly closed: Promise<CloseEvent>;
  private readonly waiters: {
    predicate: (message: ServerMessage) => boolean;
    resolve: (message: ServerMessage | CloseEvent) => void;
  }[] = [];
  private closeEvent: CloseEvent | null = null;

  private constructor(readonly ws: WebSocket) {
    this.closed = new Promise((resolve) => {
      ws.on('close', (code: number, reason: Buffer) => {
        this.closeEvent = { code, reason: reason.toString() };
        for (const waiter of this.waiters.splice(0)) waiter.resolve(this.closeEvent);
        resolve(this.closeEvent);
      });
    });
    ws.on('message', (data: Buffer) => {
      const message = parseServerMessage(new Uint8Array(data));
      if (!message) return;
      for (const waiter of [...this.waiters]) {
        if (!waiter.predicate(message)) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    });
    // Errors (a reset while sending) end in a close event, which the tests observe.
    ws.on('error', () => {});
  }

  /** Opens a socket; `headers` go on the upgrade request (a browser's Origin and cookie). */
  static open(baseUrl: string, headers: Record<string, string> = {}): Promise<RawCollabSocket> {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/collab`, { headers });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new RawCollabSocket(ws)));
      ws.once('error', reject);
    });
  }

  /** Sends bytes as one binary frame, or text when `text` is set; ignored once closed. */
  send(bytes: Uint8Array | string, text = false): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    this.ws.send(bytes, { binary: !text });
  }

  /** The first message matching `predicate` from now on, or the close event if that comes first. */
  next(predicate: (message: ServerMessage) => boolean): Promise<ServerMessage | CloseEvent> {
    if (this.closeEvent) return Promise.resolve(this.closeEvent);
    return new Promise((resolve) => this.waiters.push({ predicate, resolve }));
  }

  /** Authenticates `address` with `token`; resolves true when the server accepts it. */
  async authenticate(address: string, token: string): Promise<boolean> {
    const reply = this.next((m) => m.address === address && m.type === MESSAGE_AUTH);
    this.send(encodeAuth(address, token));
    const answer = await reply;
    return 'type' in answer && answer.authType === AuthMessageType.Authenticated;
  }

  close(): void {
    this.ws.terminate();
  }
}

export function isCloseEvent(value: ServerMessage | CloseEvent): value is CloseEvent {
  return 'code' in value;
}
