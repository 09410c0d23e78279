import { readRichText } from '../../collab/richText';
import { recordAgendaTimes } from '../../meetings/agendaRecord';
import {
  agenda,
  MEETING_NOTES_FIELD,
  readAttendance,
  readMeetingFields,
} from '../../meetings/meetingDoc';
import { projectMeetingDoc } from '../../meetings/meetingProjection';
import { readMeetingContent } from '../../meetings/meetingVersion';
import { defineDocumentKind, namePattern } from '../documentKind';

/** A meeting, co-edited live: title, date, attendees, agenda and notes (`shared/meetings/`). */
export const meetingKind = defineDocumentKind({
  kind: 'meeting',
  description: 'A meeting, co-edited live: title, date, attendees, agenda and notes',
  name: namePattern<'meeting', 'meeting/{meetingId}'>('meeting/{meetingId}'),
  layout: {
    version: 1,
    richText: [MEETING_NOTES_FIELD],
    maps: ['meeting', 'attendees'],
    arrays: ['agenda'],
  },
  migrations: {},
  writers: 'editors',
  owner: { table: 'meetings', idField: 'meetingId' },
  commentFields: [MEETING_NOTES_FIELD],
  // The agenda lists the minutes each item took, which the control document recorded.
  exportJson: (doc, ref, readOther) => ({
    meetingId: ref.meetingId,
    ...readMeetingFields(doc),
    attendance: readAttendance(doc),
    agenda: recordAgendaTimes(
      agenda.read(doc),
      readOther({ kind: 'meeting-control', teamId: ref.teamId, meetingId: ref.meetingId }),
    ),
    notes: readRichText(doc.getXmlFragment(MEETING_NOTES_FIELD)),
  }),
  versionContent: readMeetingContent,
  projection: (doc, ref) => {
    const fields = projectMeetingDoc(doc);
    return fields && { rows: 'meeting-fields', meetingId: ref.meetingId, fields };
  },
});
