import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { RoomAccess } from '../peers/startPeer';
import type { WireProtocol } from './protocol';
import { TEXT_KEY } from './Typist';

/** A client that keeps the whole document, to check at the end that everyone converged. */
export interface FullClient {
  doc: Y.Doc;
  text(): string;
  destroy(): void;
}

/** A real Hocuspocus provider, as the browser uses it; resolves once synced. */
function connectProvider(access: RoomAccess): Promise<FullClient> {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: access.url,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: access.documentName,
    document: doc,
    token: access.token,
  });
  const client: FullClient = {
    doc,
    text: () => doc.getText(TEXT_KEY).toString(),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
  return new Promise((resolve, reject) => {
    provider.on('synced', () => resolve(client));
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      client.destroy();
      reject(new Error(`full client refused: ${reason}`));
    });
    provider.attach();
  });
}

/**
 * The y-websocket client's sync loop (y-protocols, as WebsocketProvider runs it): sync step 1
 * on open, answer the peer's sync messages, apply updates. On the raw relay the other full
 * client answers instead of a server.
 */
function connectYProtocols(access: RoomAccess, protocol: WireProtocol): Promise<FullClient> {
  const doc = new Y.Doc();
  const socket = new WebSocket(access.url);
  const client: FullClient = {
    doc,
    text: () => doc.getText(TEXT_KEY).toString(),
    destroy: () => socket.terminate(),
  };
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, doc);
      socket.send(encoding.toUint8Array(encoder));
      if (protocol === 'raw') resolve(client);
    });
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(data);
      if (decoding.readVarUint(decoder) !== 0) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      const type = syncProtocol.readSyncMessage(decoder, encoder, doc, socket);
      if (encoding.length(encoder) > 1) socket.send(encoding.toUint8Array(encoder));
      if (type === syncProtocol.messageYjsSyncStep2) resolve(client);
    });
  });
}

export function connectFullClient(access: RoomAccess, protocol: WireProtocol) {
  return protocol === 'hocuspocus' ? connectProvider(access) : connectYProtocols(access, protocol);
}
