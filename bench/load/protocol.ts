import { AuthMessageType } from '@hocuspocus/common';
import { MessageType } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * How a peer frames Yjs messages. `y-websocket`: one document per socket, messages start with
 * their type. `hocuspocus`: the same messages prefixed with the document name, after a token
 * message. `raw`: y-websocket frames through a relay that never answers.
 */
export type WireProtocol = 'raw' | 'y-websocket' | 'hocuspocus';

// Sync steps of y-protocols; message types are MessageType's and auth sub-types
// AuthMessageType's (y-websocket numbers sync and awareness the same way).
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** An empty state vector: "send me everything". */
const EMPTY_STATE_VECTOR = new Uint8Array([0]);

function frame(protocol: WireProtocol, documentName: string, write: (e: encoding.Encoder) => void) {
  const encoder = encoding.createEncoder();
  if (protocol === 'hocuspocus') encoding.writeVarString(encoder, documentName);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A document update as the peer expects it. */
export function encodeUpdate(protocol: WireProtocol, documentName: string, update: Uint8Array) {
  return frame(protocol, documentName, (e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, update);
  });
}

/** Sync step 1 with an empty state vector; the server answers with the whole document. */
export function encodeSyncRequest(protocol: WireProtocol, documentName: string) {
  return frame(protocol, documentName, (e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    encoding.writeVarUint(e, SYNC_STEP_1);
    encoding.writeVarUint8Array(e, EMPTY_STATE_VECTOR);
  });
}

/** Hocuspocus's first message on a document: the session token. */
export function encodeAuth(documentName: string, token: string) {
  return frame('hocuspocus', documentName, (e) => {
    encoding.writeVarUint(e, MessageType.Auth);
    encoding.writeVarUint(e, AuthMessageType.Token);
    encoding.writeVarString(e, token);
  });
}

/** One client's awareness state (a cursor) with its clock, as y-protocols encodes it. */
export function encodeAwareness(
  protocol: WireProtocol,
  documentName: string,
  clientId: number,
  clock: number,
  stateJson: string,
) {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, stateJson);
  return frame(protocol, documentName, (e) => {
    encoding.writeVarUint(e, MessageType.Awareness);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  });
}

/** What a load client needs from an incoming message; everything else is `other`. */
export type Incoming =
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'synced' }
  | { kind: 'awareness'; entries: [clientId: number, clock: number][] }
  | { kind: 'authenticated' }
  | { kind: 'denied'; reason: string }
  | { kind: 'ack' }
  | { kind: 'other' };

function readAwareness(decoder: decoding.Decoder): Incoming {
  const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const entries: [number, number][] = [];
  const count = decoding.readVarUint(inner);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(inner);
    const clock = decoding.readVarUint(inner);
    decoding.readVarString(inner);
    entries.push([clientId, clock]);
  }
  return { kind: 'awareness', entries };
}

/** Reads just enough of a message to classify it; updates are returned undecoded. */
export function readIncoming(protocol: WireProtocol, data: Uint8Array): Incoming {
  const decoder = decoding.createDecoder(data);
  if (protocol === 'hocuspocus') decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === MessageType.Sync) {
    const sub = decoding.readVarUint(decoder);
    if (sub === SYNC_UPDATE) return { kind: 'update', update: decoding.readVarUint8Array(decoder) };
    return sub === SYNC_STEP_2 ? { kind: 'synced' } : { kind: 'other' };
  }
  if (type === MessageType.Awareness) return readAwareness(decoder);
  if (type === MessageType.SyncStatus) return { kind: 'ack' };
  if (type === MessageType.Auth && protocol === 'hocuspocus') {
    const sub = decoding.readVarUint(decoder);
    if (sub === AuthMessageType.Authenticated) return { kind: 'authenticated' };
    if (sub === AuthMessageType.PermissionDenied)
      return { kind: 'denied', reason: decoding.readVarString(decoder) };
  }
  return { kind: 'other' };
}
