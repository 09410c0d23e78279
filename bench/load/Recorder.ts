import * as Y from 'yjs';

/**
 * Send times and measured latencies for one scenario run, shared by every load client of the
 * process (they all read the same clock). Update `n` of an editor is the character with
 * clock `n`, so a received update is matched to its send time by client id and clock alone.
 */
export class Recorder {
  /** Send time (performance.now) per editor, indexed by clock; NaN while warming up. */
  private readonly updateSends = new Map<number, number[]>();
  private readonly cursorSends = new Map<number, number[]>();
  /** End-to-end latencies in ms, send to receipt at every other client. */
  readonly updateLatencies: number[] = [];
  readonly cursorLatencies: number[] = [];
  /** Send to the server's acknowledgement (Hocuspocus protocol only). */
  readonly ackLatencies: number[] = [];
  /** Deliveries the measurement expects (tracked updates × other clients of the room). */
  expectedDeliveries = 0;
  receivedDeliveries = 0;
  cursorDeliveries = 0;
  trackedUpdates = 0;
  trackedCursors = 0;
  /** Sends are tracked once warm-up is over. */
  isTracking = false;

  register(clientId: number): void {
    this.updateSends.set(clientId, []);
    this.cursorSends.set(clientId, []);
  }

  /** Notes an update (the next clock of `clientId`) sent into a room of `receivers` others. */
  noteUpdateSent(clientId: number, clock: number, receivers: number, now: number): void {
    const sends = this.updateSends.get(clientId);
    if (!sends) return;
    sends[clock] = this.isTracking ? now : NaN;
    if (!this.isTracking) return;
    this.trackedUpdates++;
    this.expectedDeliveries += receivers;
  }

  noteCursorSent(clientId: number, clock: number, now: number): void {
    const sends = this.cursorSends.get(clientId);
    if (!sends) return;
    sends[clock] = this.isTracking ? now : NaN;
    if (this.isTracking) this.trackedCursors++;
  }

  /** A receiver got `update`: one delivery per character of every other editor in it. */
  noteUpdateReceived(receiverId: number, update: Uint8Array, now: number): void {
    const { from, to } = Y.parseUpdateMeta(update);
    for (const [clientId, start] of from) {
      if (clientId === receiverId) continue;
      const sends = this.updateSends.get(clientId);
      if (!sends) continue;
      const end = to.get(clientId) ?? start;
      for (let clock = start; clock < end; clock++) {
        const sentAt = sends[clock];
        if (sentAt === undefined || Number.isNaN(sentAt)) continue;
        this.updateLatencies.push(now - sentAt);
        this.receivedDeliveries++;
      }
    }
  }

  noteCursorReceived(receiverId: number, clientId: number, clock: number, now: number): void {
    if (clientId === receiverId) return;
    const sentAt = this.cursorSends.get(clientId)?.[clock];
    if (sentAt === undefined || Number.isNaN(sentAt)) return;
    this.cursorLatencies.push(now - sentAt);
    this.cursorDeliveries++;
  }

  /** The server acknowledged update `clock` of `clientId` (acks arrive in send order). */
  noteAck(clientId: number, clock: number, now: number): void {
    const sentAt = this.updateSends.get(clientId)?.[clock];
    if (sentAt === undefined || Number.isNaN(sentAt)) return;
    this.ackLatencies.push(now - sentAt);
  }
}
