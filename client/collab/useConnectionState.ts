import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import type { ConnectionState } from './connectionState';
import { readConnectionState } from './connectionState';
import { storedTrackerOf } from './openCollabDocument';

const providerEvents = ['status', 'synced', 'unsyncedChanges', 'close', 'disconnect'] as const;

/** Whether the server confirmed every change made here (true when nothing tracks it). */
const allStored = (provider: HocuspocusProvider) => storedTrackerOf(provider)?.allStored() ?? true;

/** Follows a provider's socket status, first sync and unacknowledged changes. */
export function useConnectionState(provider: HocuspocusProvider): ConnectionState {
  const [state, setState] = useState<ConnectionState>(() =>
    readConnectionState(provider, 'syncing', allStored(provider)),
  );

  useEffect(() => {
    const update = () =>
      setState((previous) => readConnectionState(provider, previous, allStored(provider)));
    const stopTracking = storedTrackerOf(provider)?.onChange(update);
    for (const event of providerEvents) provider.on(event, update);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      stopTracking?.();
      for (const event of providerEvents) provider.off(event, update);
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [provider]);

  return state;
}
