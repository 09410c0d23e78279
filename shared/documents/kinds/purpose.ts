import { readPurpose } from '../../purpose/purposeDoc';
import { readPurposeContent } from '../../purpose/purposeVersion';
import { defineDocumentKind, namePattern } from '../documentKind';

/** The team's purpose statement, students of focus and commitments (`shared/purpose/`). */
export const purposeKind = defineDocumentKind({
  kind: 'purpose',
  description: "The team's purpose statement, students of focus and commitments",
  name: namePattern<'purpose', 'purpose'>('purpose'),
  layout: {
    version: 1,
    richText: ['statement'],
    maps: [],
    arrays: ['studentsOfFocus', 'commitments'],
  },
  migrations: {},
  writers: 'editors',
  owner: null,
  commentFields: ['statement'],
  exportJson: (doc) => ({ ...readPurpose(doc) }),
  versionContent: (doc) => readPurposeContent(doc),
  projection: null,
});
