import {
  type Document,
  type Extension,
  type afterLoadDocumentPayload,
  OutgoingMessage,
} from '@hocuspocus/server';
import { AWARENESS_BROADCAST_INTERVAL_MS } from '../../shared/collab/limits';
import { gatherAwareness } from '../util/gatherAwareness';
import { replaceAwarenessBroadcast } from './hocuspocusInternals';
import { sendToConnections } from './sendToConnections';

/**
 * Sends each document's awareness (cursors, selections, who is here) to its connections at
 * most once per interval (see `gatherAwareness`). Thirty people moving their carets would
 * otherwise cost every connection a message per move; document updates are not throttled.
 */
export function throttleAwareness(document: Document, intervalMs: number): void {
  replaceAwarenessBroadcast(
    document,
    gatherAwareness(
      intervalMs,
      () => document.isDestroyed,
      (changedClients) =>
        sendToConnections(document, (address) =>
          new OutgoingMessage(address)
            .createAwarenessUpdateMessage(document.awareness, changedClients)
            .toUint8Array(),
        ),
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
