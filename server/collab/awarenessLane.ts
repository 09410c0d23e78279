import type { Connection, Document, Hocuspocus } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import { closeCodes } from '../../shared/collab/closeCodes';
import { MAX_AWARENESS_STATE_BYTES } from '../../shared/collab/limits';
import type { CollabContext } from './Authentication';

/** Hocuspocus's message type for awareness (cursors, selections, who is here). */
export const AWARENESS_MESSAGE = 1;

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
function admitAwarenessUpdate(
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

/**
 * Awareness is most of what a room sends: every caret move of every person. Hocuspocus checks
 * each awareness message by building a scratch Y.Doc and Awareness for it (a random UUID, a
 * timer, then teardown), which under load cost more than applying the document updates. For
 * a document connection that is open, this lane applies awareness messages straight to the
 * document's awareness, under the same rule (`admitAwarenessState`) and with the same origin,
 * so Hocuspocus still tracks which client ids belong to which connection and removes them
 * when it closes. Messages of a connection still authenticating take Hocuspocus's path.
 *
 * Hocuspocus's `beforeHandleMessage` hooks do not see these messages; ours only concern
 * viewers' stateless messages (see `Authentication`).
 */
export class AwarenessLane {
  private readonly open = new Map<string, Connection>();

  constructor(
    private readonly hocuspocus: Hocuspocus,
    private readonly socket: unknown,
  ) {}

  /**
   * Applies the frame if it is an awareness message of an open connection of this socket
   * (`bodyAt` is where the update starts, after address and type). Returns false when the
   * frame is for Hocuspocus to handle.
   */
  take(address: string, frame: Uint8Array, bodyAt: number): boolean {
    const connection = this.connectionFor(address);
    if (!connection) return false;
    const { document } = connection;
    let update: Uint8Array;
    try {
      const decoder = decoding.createDecoder(frame);
      decoder.pos = bodyAt;
      update = admitAwarenessUpdate(connection, document, decoding.readVarUint8Array(decoder));
    } catch {
      connection.close({ code: closeCodes.badMessage, reason: 'malformed-awareness' });
      return true;
    }
    applyAwarenessUpdate(document.awareness, update, { source: 'connection', connection });
    return true;
  }

  private connectionFor(address: string): Connection | undefined {
    const known = this.open.get(address);
    if (known) return known;
    const separator = address.indexOf('\0');
    const name = separator === -1 ? address : address.slice(0, separator);
    const connection = this.hocuspocus.documents
      .get(name)
      ?.getConnections()
      .find((each) => each.webSocket === this.socket && each.messageAddress === address);
    if (!connection) return undefined;
    this.open.set(address, connection);
    connection.onClose(() => {
      if (this.open.get(address) === connection) this.open.delete(address);
    });
    return connection;
  }
}
