import {
  type Document,
  type Extension,
  type afterLoadDocumentPayload,
  OutgoingMessage,
} from '@hocuspocus/server';
import { AWARENESS_BROADCAST_INTERVAL_MS } from '../../shared/collab/limits';
import { broadcastFramed } from './framedSend';

type BroadcastAwareness = (changedClients: number[]) => void;

/**
 * Hocuspocus's per-document awareness broadcast (private in its types, stable in v4), which
 * the throttle replaces; what it sends goes out with `broadcastFramed`.
 */
interface AwarenessBroadcaster {
  broadcastAwarenessUpdate: BroadcastAwareness;
}

/**
 * Gathers awareness changes into at most one call of `send` per interval: a change after a
 * quiet moment goes out at once; changes during the interval are gathered and sent together
 * when it ends, one call naming every client that changed. Whoever sends encodes the
 * clients' current states, so gathering loses nothing: the receivers end up where the last
 * change left them. Once `closed` holds, gathered changes are dropped.
 */
export function gatherAwareness(
  intervalMs: number,
  closed: () => boolean,
  send: (changedClients: number[]) => void,
): (changedClients: number[]) => void {
  const pending = new Set<number>();
  let windowOpen = false;

  const closeWindow = () => {
    if (closed() || pending.size === 0) {
      windowOpen = false;
      pending.clear();
      return;
    }
    const clients = [...pending];
    pending.clear();
    send(clients);
    setTimeout(closeWindow, intervalMs).unref();
  };

  return (changedClients) => {
    if (windowOpen) {
      for (const client of changedClients) pending.add(client);
      return;
    }
    windowOpen = true;
    send(changedClients);
    setTimeout(closeWindow, intervalMs).unref();
  };
}

/**
 * Sends each document's awareness (cursors, selections, who is here) to its connections at
 * most once per interval (see `gatherAwareness`). Thirty people moving their carets would
 * otherwise cost every connection a message per move; document updates are not throttled.
 */
export function throttleAwareness(document: Document, intervalMs: number): void {
  const target = document as unknown as AwarenessBroadcaster;
  target.broadcastAwarenessUpdate = gatherAwareness(
    intervalMs,
    () => document.isDestroyed,
    (changedClients) =>
      broadcastFramed(document, (address) =>
        new OutgoingMessage(address)
          .createAwarenessUpdateMessage(document.awareness, changedClients)
          .toUint8Array(),
      ),
  );
}

/** Throttles awareness on every document this server opens (see `throttleAwareness`). */
export class AwarenessThrottle implements Extension {
  extensionName = 'awareness-throttle';

  constructor(private readonly intervalMs = AWARENESS_BROADCAST_INTERVAL_MS) {}

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    throttleAwareness(document, this.intervalMs);
  }
}
