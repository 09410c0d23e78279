import type { HocuspocusProvider } from '@hocuspocus/provider';
import { encodeConfirmStored, parseServerNotice } from './serverNotices';

/** What `trackStored` gives: whether every local change is stored, and a way to hear of it. */
export interface StoredTracker {
  /** True once the server confirmed that every change made here so far is stored. */
  allStored(): boolean;
  /** Calls `listener` whenever `allStored()` may have changed; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  destroy(): void;
}

/**
 * Tells exactly when everything typed on this device is stored. The provider's own count of
 * unacknowledged updates can reach zero one acknowledgement early: it starts afresh on every
 * connection, and a sync that crosses a reconnect produces one acknowledgement more than it
 * counted. So when that count reaches zero, the client also asks the server `confirm-stored`
 * with the number of local changes so far; the server answers once everything this
 * connection sent before the question is durable (its messages are handled in order). Only
 * that answer, for the latest change, makes the state "stored". A question lost with a
 * dropped connection is asked again on the next.
 */
export function trackStored(provider: HocuspocusProvider): StoredTracker {
  const doc = provider.document;
  const listeners = new Set<() => void>();
  let changes = 0;
  let confirmed = 0;
  let asked = -1;

  const notify = () => {
    for (const listener of listeners) listener();
  };
  const countDone = () => provider.isSynced && provider.unsyncedChanges === 0;
  const askIfDue = () => {
    if (confirmed >= changes || asked >= changes || !countDone()) return;
    asked = changes;
    provider.sendStateless(encodeConfirmStored(changes));
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    changes += 1;
    notify();
  };
  const onCount = () => {
    askIfDue();
    notify();
  };
  const onStateless = ({ payload }: { payload: string }) => {
    const notice = parseServerNotice(payload);
    if (notice?.type !== 'stored' || notice.seq <= confirmed) return;
    confirmed = notice.seq;
    askIfDue();
    notify();
  };
  const onDisconnect = () => {
    asked = confirmed; // the answer cannot come on a closed connection: ask again later
    notify();
  };

  const providerEvents: [string, (...args: never[]) => void][] = [
    ['unsyncedChanges', onCount],
    ['synced', onCount],
    ['stateless', onStateless],
    ['disconnect', onDisconnect],
    ['close', onDisconnect],
  ];
  doc.on('update', onUpdate);
  for (const [event, listener] of providerEvents) provider.on(event, listener);

  return {
    allStored: () => countDone() && confirmed >= changes,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      doc.off('update', onUpdate);
      for (const [event, listener] of providerEvents) provider.off(event, listener);
      listeners.clear();
    },
  };
}
