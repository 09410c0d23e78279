import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import type { ConnectionState } from './connectionState';
import { readConnectionState } from './connectionState';

const providerEvents = ['status', 'synced', 'unsyncedChanges', 'close', 'disconnect'] as const;

/** Follows a provider's socket status, first sync and unacknowledged changes. */
export function useConnectionState(provider: HocuspocusProvider): ConnectionState {
  const [state, setState] = useState<ConnectionState>(() =>
    readConnectionState(provider, 'syncing'),
  );

  useEffect(() => {
    const update = () => setState((previous) => readConnectionState(provider, previous));
    for (const event of providerEvents) provider.on(event, update);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      for (const event of providerEvents) provider.off(event, update);
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [provider]);

  return state;
}
