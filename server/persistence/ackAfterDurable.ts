import { type Connection, MessageType } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';
import { closeCodes } from '../../shared/collab/closeCodes';

/** Every durable write a connection has registered so far, as one promise. */
const writesSoFar = new WeakMap<Connection, Promise<void>>();

/**
 * Every message to a connection starts with its address (a length-prefixed string), so the
 * type is the byte right after it: checked without decoding, since this runs for every
 * message the connection is sent, broadcasts included.
 */
function syncStatusCheck(connection: Connection): (message: Uint8Array) => boolean {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, connection.messageAddress);
  const typeAt = encoding.length(encoder);
  return (message) => message.length > typeAt && message[typeAt] === MessageType.SyncStatus;
}

/**
 * Lets Hocuspocus apply and broadcast a client's update at once while its acknowledgement
 * waits for the update log. Hocuspocus handles one connection's messages in order and sends
 * the ack right after applying; acks leave in that order, each once every write registered
 * before it is durable. A write that fails (the server is shutting down, the team was
 * deleted) never gets its ack: the connection closes, and the client, which still holds the
 * edit, sends it again when it reconnects.
 *
 * Nothing acknowledged can depend on something lost: the log is written in the order updates
 * arrived, so whatever another person built on this update is logged after it.
 */
export function ackAfterDurable(connection: Connection, durable: Promise<void>): void {
  const previous = writesSoFar.get(connection);
  writesSoFar.set(connection, previous ? Promise.all([previous, durable]).then(() => {}) : durable);
  if (previous) return;
  const send = connection.send.bind(connection);
  const isSyncStatus = syncStatusCheck(connection);
  connection.send = (message: Uint8Array) => {
    const writes = writesSoFar.get(connection);
    if (!writes || !isSyncStatus(message)) {
      send(message);
      return;
    }
    // Every ack waits for all earlier writes too: an ack with no write of its own (a step 2
    // the server already had) must not overtake a pending one, or the provider, which only
    // counts acks, would report "synced" before the earlier edit is stored.
    writes.then(
      () => send(message),
      () => connection.close({ code: closeCodes.notStored, reason: 'not-stored' }),
    );
  };
}

/** Resolves once every durable write this connection registered so far is done. */
export function earlierWritesDurable(connection: Connection): Promise<void> {
  return writesSoFar.get(connection) ?? Promise.resolve();
}
