import { readMeetingControl } from '../../meetings/meetingControlDoc';
import { projectMeetingControlDoc } from '../../meetings/meetingProjection';
import { richTextContent } from '../../versions/versionContent';
import { defineDocumentKind, namePattern } from '../documentKind';

/** A meeting's focus-check signal, running agenda and closed record: the server writes it. */
export const meetingControlKind = defineDocumentKind({
  kind: 'meeting-control',
  description: "A meeting's focus-check signal, running agenda and closed record",
  name: namePattern<'meeting-control', 'meeting/{meetingId}/control'>(
    'meeting/{meetingId}/control',
  ),
  layout: { version: 1, richText: [], maps: ['meeting'], arrays: [] },
  migrations: {},
  writers: 'server',
  owner: { table: 'meetings', idField: 'meetingId' },
  commentFields: [],
  exportJson: (doc, ref) => ({ meetingId: ref.meetingId, ...readMeetingControl(doc) }),
  versionContent: (doc) => richTextContent(doc, []),
  projection: (doc, ref) => ({
    rows: 'meeting-closed',
    meetingId: ref.meetingId,
    closed: projectMeetingControlDoc(doc),
  }),
});
