import type * as Y from 'yjs';
import { readMeetingControl } from './meetingControlDoc';
import { readAttendance, readMeetingFields } from './meetingDoc';

/** The meeting row's columns that come from the co-edited meeting document. */
export interface MeetingFieldColumns {
  title: string;
  meetingDate: string;
  attendeeIds: string[];
}

/** Null while the meeting document holds no fields yet. */
export function projectMeetingDoc(doc: Y.Doc): MeetingFieldColumns | null {
  const fields = readMeetingFields(doc);
  if (!fields) return null;
  const attendeeIds = Object.entries(readAttendance(doc))
    .filter(([, present]) => present)
    .map(([userId]) => userId)
    .sort();
  return { title: fields.title, meetingDate: fields.date, attendeeIds };
}

/** When and by whom the meeting was closed, or null while it is open. */
export function projectMeetingControlDoc(doc: Y.Doc): { at: Date; by: string } | null {
  const { closed } = readMeetingControl(doc);
  return closed ? { at: new Date(closed.at), by: closed.byId } : null;
}
