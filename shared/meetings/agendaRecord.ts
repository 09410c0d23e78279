import * as Y from 'yjs';
import { readMeetingControl } from './meetingControlDoc';
import type { AgendaItem } from './meetingDoc';
import { actualMinutes } from './runningAgenda';

/** An agenda item as the meeting's record lists it: with the minutes it actually took. */
export type RecordedAgendaItem = AgendaItem & {
  /** Whole minutes spent on it while the agenda ran; null if it was never taken up. */
  actualMinutes: number | null;
};

/**
 * The meeting's agenda items with their actual minutes, read from the meeting's control
 * document state (`controlState`, absent when nobody ever ran the agenda).
 */
export function recordAgendaTimes(
  items: readonly AgendaItem[],
  controlState: Uint8Array | undefined,
): RecordedAgendaItem[] {
  const spent = new Map<string, number>();
  if (controlState) {
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, controlState);
      for (const time of readMeetingControl(doc).agenda.times) {
        spent.set(time.itemId, time.spentMs);
      }
    } finally {
      doc.destroy();
    }
  }
  return items.map((item) => {
    const ms = spent.get(item.id);
    return { ...item, actualMinutes: ms === undefined ? null : actualMinutes(ms) };
  });
}
