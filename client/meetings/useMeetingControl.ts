import type * as Y from 'yjs';
import type { MeetingControl } from '../../shared/meetings/meetingControlDoc';
import { observeMeetingControl, readMeetingControl } from '../../shared/meetings/meetingControlDoc';
import { useDocSnapshot } from '../collab/useDocSnapshot';

/** The meeting's focus-check signal and closed record, live (server-written, read here). */
export function useMeetingControl(doc: Y.Doc): MeetingControl {
  return useDocSnapshot(doc, readMeetingControl, observeMeetingControl);
}
