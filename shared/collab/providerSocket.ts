import {
  HocuspocusProviderWebsocket,
  type HocuspocusProviderWebsocketConfiguration,
  MessageType,
} from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';

/** y-protocols' "update" sub-type of Hocuspocus's sync message. */
const SYNC_UPDATE = 2;
const WEBSOCKET_OPEN = 1;

/** Whether a Hocuspocus frame is a document update (address, sync, update). */
export function isDocumentUpdate(message: unknown): boolean {
  if (!(message instanceof Uint8Array)) return false;
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    return (
      decoding.readVarUint(decoder) === MessageType.Sync &&
      decoding.readVarUint(decoder) === SYNC_UPDATE
    );
  } catch {
    return false;
  }
}

/**
 * The provider socket, except that a document update made while the socket is not open is
 * not queued to be sent after it reconnects.
 *
 * The provider counts the updates it sends and the acknowledgements it receives, and starts
 * counting afresh when it reconnects. A queued update goes out after that fresh start, so
 * its acknowledgement would be counted against a later edit: the provider would report
 * "saved" one edit too early, while that edit may still be on its way to the database. The
 * update is not lost by skipping the queue: it is in the document, and the sync that opens
 * every connection sends the server whatever it does not have.
 */
export function createProviderSocket(
  configuration: HocuspocusProviderWebsocketConfiguration,
): HocuspocusProviderWebsocket {
  const socket = new HocuspocusProviderWebsocket(configuration);
  const send = socket.send.bind(socket);
  socket.send = (message: unknown) => {
    if (socket.webSocket?.readyState !== WEBSOCKET_OPEN && isDocumentUpdate(message)) return;
    send(message);
  };
  return socket;
}
