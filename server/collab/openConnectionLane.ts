import { type Connection, type Hocuspocus, MessageType, OutgoingMessage } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { closeCodes } from '../../shared/collab/closeCodes';
import { admitAwarenessUpdate } from './awarenessAdmission';

/** The y-protocols sync step the lane takes (inside Hocuspocus's sync message). */
const SYNC_UPDATE = 2;

/**
 * Checks a client's sync message and registers its log write before it is applied; throws to
 * refuse it (see `DurablePersistence.registerClientSync`). Must not wait: the lane applies
 * the update right after.
 */
export type RegisterClientSync = (
  connection: Connection,
  type: number,
  payload: Uint8Array,
) => void;

/** What a close carries: Hocuspocus's errors and ours name their code and reason. */
function closeEventOf(error: unknown, fallbackReason: string) {
  const { code, reason } = (error ?? {}) as { code?: unknown; reason?: unknown };
  return {
    code: typeof code === 'number' ? code : closeCodes.badMessage,
    reason: typeof reason === 'string' ? reason : fallbackReason,
  };
}

/** Whether Hocuspocus is still working through earlier messages of this connection. */
function busy(connection: Connection): boolean {
  const queue = (connection as unknown as { messageQueue?: unknown }).messageQueue;
  // A Hocuspocus without this queue (another version): leave everything to it.
  return !Array.isArray(queue) || queue.length > 0;
}

/**
 * The messages a room sends all the time, document updates and awareness (carets, who is
 * here), taken straight to the document for a connection that is open and idle. Hocuspocus
 * handles every message through a queue of promises, two message objects with their encoders,
 * its message hooks and, for awareness, a scratch Y.Doc and Awareness (a random UUID and a
 * timer) per message; under load that cost more than applying the changes.
 *
 * The lane does what Hocuspocus would, in the same order and with the same origin, so
 * Hocuspocus still broadcasts, runs its change and store hooks and tracks which awareness
 * client ids belong to which connection:
 * - an update: `registerClientSync` (the size and decode checks and the log write), then
 *   `Y.applyUpdate`, then the acknowledgement, which `ackAfterDurable` holds until the write
 *   is durable;
 * - awareness: `admitAwarenessUpdate` (the same rule as `Authentication.beforeHandleAwareness`),
 *   then the document's awareness.
 * Everything else, and every message of a connection that is still authenticating, read-only
 * for updates, or whose earlier messages Hocuspocus is still handling, takes Hocuspocus's
 * path, so one connection's messages are never reordered. Hocuspocus's `beforeHandleMessage`
 * hooks do not see what the lane takes; ours only concern viewers' stateless messages.
 */
export class OpenConnectionLane {
  private readonly open = new Map<string, { connection: Connection; ack: Uint8Array }>();

  constructor(
    private readonly hocuspocus: Hocuspocus,
    private readonly socket: unknown,
    private readonly registerClientSync: RegisterClientSync,
  ) {}

  /**
   * Handles the frame if it is an update or awareness message of an open, idle connection of
   * this socket (`bodyAt` is where the message starts, after address and type). Returns false
   * when the frame is for Hocuspocus.
   */
  take(address: string, type: number, frame: Uint8Array, bodyAt: number): boolean {
    if (type !== MessageType.Sync && type !== MessageType.Awareness) return false;
    const entry = this.entryFor(address);
    if (!entry || busy(entry.connection)) return false;
    const { connection } = entry;
    const decoder = decoding.createDecoder(frame);
    decoder.pos = bodyAt;
    if (type === MessageType.Awareness) return this.applyAwareness(connection, decoder);
    if (connection.readOnly) return false;
    let update: Uint8Array;
    try {
      if (decoding.readVarUint(decoder) !== SYNC_UPDATE) return false;
      update = decoding.readVarUint8Array(decoder);
      this.registerClientSync(connection, SYNC_UPDATE, update);
      Y.applyUpdate(connection.document, update, { source: 'connection', connection });
    } catch (error) {
      connection.close(closeEventOf(error, 'malformed-update'));
      return true;
    }
    connection.send(entry.ack);
    return true;
  }

  private applyAwareness(connection: Connection, decoder: decoding.Decoder): boolean {
    const { document } = connection;
    let update: Uint8Array;
    try {
      update = admitAwarenessUpdate(connection, document, decoding.readVarUint8Array(decoder));
    } catch {
      connection.close({ code: closeCodes.badMessage, reason: 'malformed-awareness' });
      return true;
    }
    applyAwarenessUpdate(document.awareness, update, { source: 'connection', connection });
    return true;
  }

  private entryFor(address: string) {
    const known = this.open.get(address);
    if (known) return known;
    const separator = address.indexOf('\0');
    const name = separator === -1 ? address : address.slice(0, separator);
    const connection = this.hocuspocus.documents
      .get(name)
      ?.getConnections()
      .find((each) => each.webSocket === this.socket && each.messageAddress === address);
    if (!connection) return undefined;
    // Hocuspocus's acknowledgement of an applied update, the same bytes every time.
    const ack = new OutgoingMessage(address).writeSyncStatus(true).toUint8Array();
    const entry = { connection, ack };
    this.open.set(address, entry);
    connection.onClose(() => {
      if (this.open.get(address) === entry) this.open.delete(address);
    });
    return entry;
  }
}
