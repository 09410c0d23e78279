import type { Connection } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import { closeCodes } from '../../shared/collab/closeCodes';

/** Hocuspocus's "synced" message type: the client counts these to know its edits are saved. */
const SYNC_STATUS = 8;

/** The durable write of the update a connection sent last, not yet matched with its ack. */
const latestWrite = new WeakMap<Connection, Promise<void>>();
const gated = new WeakSet<Connection>();

function isSyncStatus(message: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder) === SYNC_STATUS;
  } catch {
    return false;
  }
}

/**
 * Lets Hocuspocus apply and broadcast a client's update at once while its acknowledgement
 * waits for the update log. Hocuspocus handles one connection's messages in order and sends
 * the ack right after applying, so the ack it sends next belongs to the write registered
 * last. A write that fails (the server is shutting down, the team was deleted) never gets
 * its ack: the connection closes, and the client, which still holds the edit, sends it
 * again when it reconnects.
 *
 * Nothing acknowledged can depend on something lost: the log is written in the order updates
 * arrived, so whatever another person built on this update is logged after it.
 */
export function ackAfterDurable(connection: Connection, durable: Promise<void>): void {
  latestWrite.set(connection, durable);
  if (gated.has(connection)) return;
  gated.add(connection);
  const send = connection.send.bind(connection);
  connection.send = (message: Uint8Array) => {
    const write = latestWrite.get(connection);
    if (!write || !isSyncStatus(message)) {
      send(message);
      return;
    }
    latestWrite.delete(connection);
    write.then(
      () => send(message),
      () => connection.close({ code: closeCodes.notStored, reason: 'not-stored' }),
    );
  };
}
