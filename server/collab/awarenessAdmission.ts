import type { Connection, Document } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MAX_AWARENESS_STATE_BYTES } from '../../shared/collab/limits';
import type { CollabContext } from './contracts';

type AwarenessState = Record<string, unknown>;

/**
 * The rule for what a connection may put in a document's awareness, whichever path the
 * message took: a client id another connection already uses is refused (nobody moves someone
 * else's cursor), so is an oversized state, and identity is stamped from the signed-in user
 * (nobody appears under another person's name or colour). Returns the state to apply, or
 * null to leave this client id out of the update.
 */
export function admitAwarenessState(
  connection: Connection,
  document: Document,
  clientId: number,
  state: AwarenessState,
  stateBytes: number,
): AwarenessState | null {
  if (stateBytes > MAX_AWARENESS_STATE_BYTES) return null;
  if (!document.getClients(connection).has(clientId)) {
    const ownedElsewhere = document
      .getConnections()
      .some((other) => other !== connection && document.getClients(other).has(clientId));
    if (ownedElsewhere) return null;
  }
  const { user, color } = connection.context as CollabContext;
  state.user = { id: user.id, name: user.name, color };
  return state;
}

class MalformedAwareness extends Error {}

/**
 * Reads an awareness update (a count, then client id, clock and JSON state per client), keeps
 * what `admitAwarenessState` admits and encodes it again. A null state (the client left) is
 * kept only for a client id this connection owns.
 */
export function admitAwarenessUpdate(
  connection: Connection,
  document: Document,
  update: Uint8Array,
): Uint8Array {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const entries: [number, number, string][] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    let state: unknown;
    try {
      state = JSON.parse(json);
    } catch {
      throw new MalformedAwareness('awareness state is not JSON');
    }
    if (state === null) {
      if (document.getClients(connection).has(clientId)) entries.push([clientId, clock, 'null']);
      continue;
    }
    if (typeof state !== 'object' || Array.isArray(state)) {
      throw new MalformedAwareness('awareness state is not an object');
    }
    const admitted = admitAwarenessState(
      connection,
      document,
      clientId,
      state as AwarenessState,
      json.length,
    );
    if (admitted) entries.push([clientId, clock, JSON.stringify(admitted)]);
  }
  encoding.writeVarUint(encoder, entries.length);
  for (const [clientId, clock, json] of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}
