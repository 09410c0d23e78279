import * as Y from 'yjs';
import type { LoadClient } from './LoadClient';
import { encodeAwareness, encodeUpdate, type WireProtocol } from './protocol';
import type { Recorder } from './Recorder';

/** The shared text every simulated editor types into (full clients read it back). */
export const TEXT_KEY = 'text';
/** Bursts run this much faster than the average rate; pauses make up the difference. */
const BURST_SPEEDUP = 1.6;
const LETTERS = 'the quick brown fox jumps over the lazy dog ';

/**
 * Update `n` of an editor typing alone at the end of its own run of text, pre-encoded as
 * wire messages. Each update is valid whatever the others typed (its left origin is the
 * editor's previous character), and the character with clock `n` is message `n`.
 */
export function preEncodeTyping(
  clientId: number,
  count: number,
  encode: (update: Uint8Array) => Uint8Array,
): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const text = doc.getText(TEXT_KEY);
  const messages: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => messages.push(encode(update)));
  for (let i = 0; i < count; i++) text.insert(i, LETTERS[i % LETTERS.length] ?? 'x');
  doc.destroy();
  return messages;
}

/**
 * Drives one load client like a person typing: bursts of 5 to 24 characters, a pause, and a
 * cursor (awareness) update each time a burst starts somewhere new.
 */
export class Typist {
  /** Characters sent so far (the next update's clock). */
  sent = 0;
  private readonly messages: Uint8Array[];
  private cursorClock = 0;
  private burstLeft = 0;
  private burstLength = 0;
  private nextAt: number;
  private readonly intervalMs: number;
  /** When the next cursor move is due (Infinity without `cursorHz`). */
  private nextCursorAt: number;
  private readonly cursorIntervalMs: number;

  constructor(
    private readonly client: LoadClient,
    private readonly protocol: WireProtocol,
    private readonly documentName: string,
    /** Other load clients in the room, who should each receive every update. */
    private readonly receivers: number,
    charsPerSecond: number,
    capacity: number,
    private readonly random: () => number,
    startAt: number,
    /** The first keystrokes spread over this long, so editors do not type in lockstep. */
    spreadMs: number,
    /** Cursor moves per second besides those at the start of bursts (0: none). */
    cursorHz = 0,
  ) {
    this.intervalMs = charsPerSecond > 0 ? 1000 / (charsPerSecond * BURST_SPEEDUP) : Infinity;
    this.cursorIntervalMs = cursorHz > 0 ? 1000 / cursorHz : Infinity;
    this.nextCursorAt = startAt + random() * Math.min(spreadMs, this.cursorIntervalMs);
    this.messages = preEncodeTyping(client.clientId, capacity, (update) =>
      encodeUpdate(protocol, documentName, update),
    );
    this.nextAt = this.intervalMs === Infinity ? Infinity : startAt + random() * spreadMs;
  }

  /** Sends whatever is due by `now`. */
  tick(now: number, recorder: Recorder): void {
    if (this.nextCursorAt <= now) {
      this.sendCursor(now, recorder);
      // A late tick sends one move, not a backlog of them.
      this.nextCursorAt = Math.max(this.nextCursorAt + this.cursorIntervalMs, now);
    }
    while (this.nextAt <= now && this.sent < this.messages.length) {
      if (this.burstLeft === 0) {
        this.burstLength = 5 + Math.floor(this.random() * 20);
        this.burstLeft = this.burstLength;
        this.sendCursor(now, recorder);
      }
      const message = this.messages[this.sent];
      if (!message) return;
      recorder.noteUpdateSent(this.client.clientId, this.sent, this.receivers, now);
      this.client.send(message);
      this.sent++;
      this.burstLeft--;
      const jitter = 0.7 + this.random() * 0.6;
      this.nextAt += this.intervalMs * jitter;
      // The pause brings the average back to the editor's rate.
      if (this.burstLeft === 0) {
        this.nextAt += this.intervalMs * (BURST_SPEEDUP - 1) * this.burstLength;
      }
    }
  }

  private sendCursor(now: number, recorder: Recorder): void {
    this.cursorClock++;
    const state = JSON.stringify({
      cursor: { anchor: this.sent, head: this.sent },
      user: { name: `editor ${this.client.clientId}` },
    });
    recorder.noteCursorSent(this.client.clientId, this.cursorClock, now);
    this.client.send(
      encodeAwareness(
        this.protocol,
        this.documentName,
        this.client.clientId,
        this.cursorClock,
        state,
      ),
    );
  }
}
