import type * as Y from 'yjs';
import { formatCalendarDate } from '../time/teamTime';
import {
  contentField,
  richTextPart,
  type VersionContent,
  type VersionNames,
} from '../versions/versionContent';
import {
  agenda,
  agendaKindLabels,
  MEETING_NOTES_FIELD,
  readAttendance,
  readMeetingFields,
} from './meetingDoc';

/** A meeting document as the version history shows it. */
export function readMeetingContent(doc: Y.Doc, names: VersionNames): VersionContent {
  const fields = readMeetingFields(doc);
  const attendance = Object.entries(readAttendance(doc)).map(([userId, present]) =>
    contentField(
      userId,
      names.member?.(userId) ?? 'A former member',
      present ? 'Present' : 'Absent',
    ),
  );
  return {
    richText: [richTextPart(doc, MEETING_NOTES_FIELD, 'Notes')],
    sections: [
      {
        kind: 'fields',
        key: 'meeting',
        label: 'Details',
        fields: [
          contentField('title', 'Title', fields?.title ?? ''),
          contentField('date', 'Date', fields?.date ? formatCalendarDate(fields.date) : ''),
        ],
      },
      {
        kind: 'items',
        key: 'agenda',
        label: 'Agenda',
        items: agenda.read(doc).map((item) => ({
          id: item.id,
          fields: [
            contentField('title', 'Agenda item', item.title),
            contentField('kind', 'Kind', agendaKindLabels[item.kind]),
            contentField('minutes', 'Minutes', String(item.minutes)),
            contentField('owner', 'Owner', item.owner),
            contentField(
              'studentArtifact',
              'Centred on a student artifact',
              item.studentArtifact ? 'Yes' : 'No',
            ),
          ],
        })),
      },
      {
        kind: 'fields',
        key: 'attendance',
        label: 'Attendance',
        fields: attendance.sort((a, b) => a.label.localeCompare(b.label)),
      },
    ],
  };
}
