import type { Document, Extension, afterLoadDocumentPayload } from '@hocuspocus/server';
import { AWARENESS_BROADCAST_INTERVAL_MS } from '../../shared/collab/limits';

type BroadcastAwareness = (changedClients: number[]) => void;

/** Hocuspocus's per-document awareness broadcast (private in its types, stable in v4). */
interface AwarenessBroadcaster {
  broadcastAwarenessUpdate: BroadcastAwareness;
}

/**
 * Sends each document's awareness (cursors, selections, who is here) to its connections at
 * most once per interval. A change after a quiet moment goes out at once; changes during the
 * interval are gathered and sent together when it ends, one message naming every client that
 * changed. Each message carries the clients' current states, so gathering loses nothing: the
 * room ends up where the last change left it. Thirty people moving their carets would
 * otherwise cost every connection a message per move; document updates are not throttled.
 */
export function throttleAwareness(document: Document, intervalMs: number): void {
  const target = document as unknown as AwarenessBroadcaster;
  const broadcastNow = target.broadcastAwarenessUpdate.bind(document);
  const pending = new Set<number>();
  let windowOpen = false;

  const closeWindow = () => {
    if (document.isDestroyed || pending.size === 0) {
      windowOpen = false;
      return;
    }
    const clients = [...pending];
    pending.clear();
    broadcastNow(clients);
    setTimeout(closeWindow, intervalMs).unref();
  };

  target.broadcastAwarenessUpdate = (changedClients) => {
    if (windowOpen) {
      for (const client of changedClients) pending.add(client);
      return;
    }
    windowOpen = true;
    broadcastNow(changedClients);
    setTimeout(closeWindow, intervalMs).unref();
  };
}

/** Throttles awareness on every document this server opens (see `throttleAwareness`). */
export class AwarenessThrottle implements Extension {
  extensionName = 'awareness-throttle';

  constructor(private readonly intervalMs = AWARENESS_BROADCAST_INTERVAL_MS) {}

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    throttleAwareness(document, this.intervalMs);
  }
}
