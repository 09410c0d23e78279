import { projectDecisionStatusDoc } from '../../decisions/decisionProjection';
import { readDecisionStatus } from '../../decisions/decisionStatusDoc';
import { richTextContent } from '../../versions/versionContent';
import { defineDocumentKind, namePattern } from '../documentKind';

/** A decision's status, live vote and decided record: the server writes it, nobody forges a vote. */
export const decisionStatusKind = defineDocumentKind({
  kind: 'decision-status',
  description: "A decision's status, live vote and decided record",
  name: namePattern<'decision-status', 'decision/{decisionId}/status'>(
    'decision/{decisionId}/status',
  ),
  layout: { version: 1, richText: [], maps: ['status'], arrays: [] },
  migrations: {},
  writers: 'server',
  owner: { table: 'decisions', idField: 'decisionId' },
  commentFields: [],
  exportJson: (doc, ref) => ({ decisionId: ref.decisionId, ...readDecisionStatus(doc) }),
  versionContent: (doc) => richTextContent(doc, []),
  projection: (doc, ref) => ({
    rows: 'decision-status',
    decisionId: ref.decisionId,
    columns: projectDecisionStatusDoc(doc),
  }),
});
