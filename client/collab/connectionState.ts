import type { HocuspocusProvider } from '@hocuspocus/provider';

/** What the connection indicator shows. */
export type ConnectionState = 'saved' | 'syncing' | 'offline';

/**
 * The state of one document's connection. "Saved" is honest: the server acknowledges an
 * update only once it is durably stored, and `allStored` (see `trackStored`) is true only
 * once the server confirmed every change made here. While the socket retries after a drop it
 * stays "offline" rather than flickering.
 */
export function readConnectionState(
  provider: HocuspocusProvider,
  previous: ConnectionState,
  allStored: boolean,
): ConnectionState {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return 'offline';
  switch (provider.configuration.websocketProvider.status) {
    case 'connected':
      return provider.isSynced && provider.unsyncedChanges === 0 && allStored ? 'saved' : 'syncing';
    case 'connecting':
      return previous === 'offline' ? 'offline' : 'syncing';
    default:
      return 'offline';
  }
}

/** The words shown (and announced) for each state. */
export const connectionLabels: Record<ConnectionState, string> = {
  saved: 'Saved',
  syncing: 'Syncing…',
  offline: 'Offline: changes kept on this device',
};
