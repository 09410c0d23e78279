import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { createProviderSocket } from '../../shared/collab/providerSocket';
import { trackStored } from '../../shared/collab/storedTracker';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A real Hocuspocus provider in Node, as a browser would use it. */
export interface CollabClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Resolves when the server has confirmed every local change stored (see `trackStored`). */
  acknowledged(): Promise<void>;
  /** Resolves when `predicate` holds for the document, checked on each change. */
  until(predicate: (doc: Y.Doc) => boolean): Promise<void>;
  /** Resolves when some peer's awareness state satisfies `predicate`. */
  seesAwareness(predicate: (state: Record<string, unknown>) => boolean): Promise<void>;
  /** Resolves when no awareness state satisfies `predicate` (any more). */
  seesNoAwareness(predicate: (state: Record<string, unknown>) => boolean): Promise<void>;
  destroy(): void;
}

/** Result of authentication: resolves on success, rejects with the server's reason. */
export function connectClient(
  baseUrl: string,
  documentName: string,
  token: string,
  options: {
    socket?: HocuspocusProviderWebsocket;
    doc?: Y.Doc;
    /** false: no awareness (presence), which crowds of test clients do not need. */
    awareness?: boolean;
  } = {},
): Promise<CollabClient> {
  const socket =
    options.socket ??
    createProviderSocket({
      url: `${baseUrl.replace(/^http/, 'ws')}/collab`,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    });
  const doc = options.doc ?? new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token,
    ...(options.awareness === false ? { awareness: null } : {}),
  });

  const stored = trackStored(provider);
  /** Resolves when `holds` is true of the awareness states, checked on each change. */
  const awarenessUntil = (holds: (states: Record<string, unknown>[]) => boolean) =>
    new Promise<void>((resolve) => {
      const awareness = provider.awareness;
      if (!awareness) throw new Error('provider has no awareness');
      const check = () => {
        if (!holds([...awareness.getStates().values()])) return;
        awareness.off('change', check);
        resolve();
      };
      awareness.on('change', check);
      check();
    });
  const client: CollabClient = {
    doc,
    provider,
    socket,
    acknowledged: () =>
      new Promise<void>((resolve) => {
        if (stored.allStored()) return resolve();
        const stop = stored.onChange(() => {
          if (!stored.allStored()) return;
          stop();
          resolve();
        });
      }),
    until: (predicate) =>
      new Promise<void>((resolve) => {
        if (predicate(doc)) return resolve();
        const check = () => {
          if (!predicate(doc)) return;
          doc.off('update', check);
          resolve();
        };
        doc.on('update', check);
      }),
    seesAwareness: (predicate) => awarenessUntil((states) => states.some(predicate)),
    seesNoAwareness: (predicate) => awarenessUntil((states) => !states.some(predicate)),
    destroy: () => {
      stored.destroy();
      provider.destroy();
      if (!options.socket) socket.destroy();
    },
  };

  return new Promise((resolve, reject) => {
    provider.on('synced', () => resolve(client));
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      client.destroy();
      reject(new Error(`refused: ${reason}`));
    });
    provider.attach();
  });
}

/**
 * A provider socket that reconnects within `minDelayMs` to about ten times that, for tests
 * whose proxy or restart cuts connections on purpose.
 */
export function quickReconnectSocket(url: string, minDelayMs: number): HocuspocusProviderWebsocket {
  return createProviderSocket({
    url,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    delay: minDelayMs,
    minDelay: minDelayMs,
    maxDelay: minDelayMs * 10,
    factor: 1.5,
  });
}

/**
 * A user's own disconnect: wait until the socket is really closed before editing and coming
 * back, as a browser going offline would (reconnecting while the old socket is still closing
 * makes the provider close the new one).
 */
export function goOffline(socket: HocuspocusProviderWebsocket): Promise<void> {
  return new Promise((resolve) => {
    if (!socket.webSocket) {
      socket.disconnect();
      resolve();
      return;
    }
    const closed = () => {
      socket.off('disconnect', closed);
      resolve();
    };
    socket.on('disconnect', closed);
    socket.disconnect();
  });
}
