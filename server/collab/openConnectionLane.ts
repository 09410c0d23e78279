import {
  type Connection,
  type Extension,
  type Hocuspocus,
  MessageType,
  OutgoingMessage,
} from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { closeCodes } from '../../shared/collab/closeCodes';
import type { LaneAware, LaneHooks } from './contracts';
import { isIdle } from './hocuspocusInternals';

/** The y-protocols sync step the lane takes (inside Hocuspocus's sync message). */
const SYNC_UPDATE = 2;

/** The hooks Hocuspocus runs for each message a connection sends. */
const messageHooks = [
  'beforeHandleMessage',
  'beforeSync',
  'beforeHandleAwareness',
  'afterHandleMessage',
] as const;

/**
 * The lane's hooks of every extension, in the list's order; null when some extension
 * registers a message hook without offering it to the lane (then the lane stays shut).
 */
export function laneHooksOf(extensions: readonly Extension[]): LaneHooks[] | null {
  const all: LaneHooks[] = [];
  for (const extension of extensions) {
    const hooks = (extension as Partial<LaneAware>).laneHooks;
    const registered = messageHooks.filter(
      (hook) => typeof (extension as Record<string, unknown>)[hook] === 'function',
    );
    if (registered.length === 0) continue;
    if (!hooks || registered.some((hook) => typeof hooks[hook] !== 'function')) return null;
    all.push(hooks);
  }
  return all;
}

/** What a close carries: Hocuspocus's errors and ours name their code and reason. */
function closeEventOf(error: unknown, fallbackReason: string) {
  const { code, reason } = (error ?? {}) as { code?: unknown; reason?: unknown };
  return {
    code: typeof code === 'number' ? code : closeCodes.badMessage,
    reason: typeof reason === 'string' ? reason : fallbackReason,
  };
}

/**
 * The messages a room sends all the time, document updates and awareness (carets, who is
 * here), taken straight to the document for a connection that is open and idle. Hocuspocus
 * handles every message through a queue of promises, two message objects with their encoders,
 * its message hooks one promise at a time and, for awareness, a scratch Y.Doc and Awareness (a
 * random UUID and a timer) per message. With this lane S1 cost less CPU per update and S3's
 * p99 stayed lower, beyond the run-to-run spread (bench/abPieces.ts).
 *
 * The lane does what Hocuspocus would, in the same order and with the same origin, so
 * Hocuspocus still broadcasts, runs its change and store hooks and tracks which awareness
 * client ids belong to which connection; every extension's message hooks run through their
 * `laneHooks` (see `LaneHooks`):
 * - an update: `beforeHandleMessage`, `beforeSync` (the persistence's checks and log write),
 *   `Y.applyUpdate`, the acknowledgement (held until the write is durable), `afterHandleMessage`;
 * - awareness: `beforeHandleMessage`, `beforeHandleAwareness` (the authentication's rule), the
 *   document's awareness, `afterHandleMessage`.
 * Everything else, and every message of a connection that is still authenticating, read-only
 * for updates, or whose earlier messages Hocuspocus is still handling, takes Hocuspocus's
 * path, so one connection's messages are never reordered.
 */
export class OpenConnectionLane {
  private readonly open = new Map<string, { connection: Connection; ack: Uint8Array }>();

  constructor(
    private readonly hocuspocus: Hocuspocus,
    private readonly socket: unknown,
    /** From `laneHooksOf`: null shuts the lane. */
    private readonly hooks: readonly LaneHooks[] | null,
  ) {}

  /**
   * Handles the frame if it is an update or awareness message of an open, idle connection of
   * this socket (`bodyAt` is where the message starts, after address and type). Returns false
   * when the frame is for Hocuspocus.
   */
  take(address: string, type: number, frame: Uint8Array, bodyAt: number): boolean {
    if (!this.hooks) return false;
    if (type !== MessageType.Sync && type !== MessageType.Awareness) return false;
    const entry = this.entryFor(address);
    if (!entry || !isIdle(entry.connection)) return false;
    const { connection } = entry;
    const decoder = decoding.createDecoder(frame);
    decoder.pos = bodyAt;
    if (type === MessageType.Awareness) return this.applyAwareness(connection, frame, decoder);
    if (connection.readOnly) return false;
    try {
      if (decoding.readVarUint(decoder) !== SYNC_UPDATE) return false;
      const update = decoding.readVarUint8Array(decoder);
      for (const hooks of this.hooks) hooks.beforeHandleMessage?.(connection, frame);
      for (const hooks of this.hooks) hooks.beforeSync?.(connection, SYNC_UPDATE, update);
      Y.applyUpdate(connection.document, update, { source: 'connection', connection });
      connection.send(entry.ack);
      for (const hooks of this.hooks) hooks.afterHandleMessage?.(connection, frame);
    } catch (error) {
      connection.close(closeEventOf(error, 'malformed-update'));
    }
    return true;
  }

  private applyAwareness(
    connection: Connection,
    frame: Uint8Array,
    decoder: decoding.Decoder,
  ): boolean {
    const hooks = this.hooks ?? [];
    try {
      let update = decoding.readVarUint8Array(decoder);
      for (const each of hooks) each.beforeHandleMessage?.(connection, frame);
      for (const each of hooks) {
        update = each.beforeHandleAwareness?.(connection, update) ?? update;
      }
      applyAwarenessUpdate(connection.document.awareness, update, {
        source: 'connection',
        connection,
      });
      for (const each of hooks) each.afterHandleMessage?.(connection, frame);
    } catch (error) {
      connection.close(closeEventOf(error, 'malformed-awareness'));
    }
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
