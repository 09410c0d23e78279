import type * as Y from 'yjs';
import { contentField, richTextPart, type VersionContent } from '../versions/versionContent';
import { commitments, PURPOSE_STATEMENT_FIELD, studentsOfFocus } from './purposeDoc';

/** A purpose document as the version history shows it. */
export function readPurposeContent(doc: Y.Doc): VersionContent {
  return {
    richText: [richTextPart(doc, PURPOSE_STATEMENT_FIELD, 'Purpose statement')],
    sections: [
      {
        kind: 'items',
        key: 'studentsOfFocus',
        label: 'Students of focus',
        items: studentsOfFocus.read(doc).map((student) => ({
          id: student.id,
          fields: [
            contentField('label', 'Initials or group', student.label),
            contentField('why', 'Why in focus', student.why),
            contentField('hearFrom', 'How we hear from them', student.hearFrom),
          ],
        })),
      },
      {
        kind: 'items',
        key: 'commitments',
        label: 'Commitments and norms',
        items: commitments.read(doc).map((commitment) => ({
          id: commitment.id,
          fields: [contentField('text', 'Commitment or norm', commitment.text)],
        })),
      },
    ],
  };
}
