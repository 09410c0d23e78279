import { useMemo } from 'react';
import type * as Y from 'yjs';
import {
  observeAttendance,
  observeMeetingFields,
  readAttendance,
  readMeetingFields,
  setAttendance,
  writeMeetingFields,
} from '../../shared/meetings/meetingDoc';
import { useDocSnapshot } from '../collab/useDocSnapshot';

/** The meeting's plain fields, live (null until the document has them), and renaming. */
export function useMeetingFields(doc: Y.Doc) {
  const fields = useDocSnapshot(doc, readMeetingFields, observeMeetingFields);
  const rename = useMemo(() => (title: string) => writeMeetingFields(doc, { title }), [doc]);
  return { fields, rename };
}

/** Who was present (user id to present), live, and marking someone present or not. */
export function useAttendance(doc: Y.Doc) {
  const attendance = useDocSnapshot(doc, readAttendance, observeAttendance);
  const mark = useMemo(
    () => (userId: string, present: boolean) => setAttendance(doc, userId, present),
    [doc],
  );
  return { attendance, mark };
}
