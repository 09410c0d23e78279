import { readRichText } from '../../collab/richText';
import {
  DECISION_RATIONALE_FIELD,
  DECISION_TEXT_FIELD,
  followUps,
  readDecisionFields,
  readEvidence,
} from '../../decisions/decisionDoc';
import { projectDecisionDoc } from '../../decisions/decisionProjection';
import { readDecisionContent } from '../../decisions/decisionVersion';
import { defineDocumentKind, namePattern } from '../documentKind';

/** A decision, co-edited live: its fields, text, rationale, evidence, follow-ups. */
export const decisionKind = defineDocumentKind({
  kind: 'decision',
  description: 'A decision, co-edited live: fields, text, rationale, evidence and follow-ups',
  name: namePattern<'decision', 'decision/{decisionId}'>('decision/{decisionId}'),
  layout: {
    version: 1,
    richText: [DECISION_TEXT_FIELD, DECISION_RATIONALE_FIELD],
    maps: ['decision'],
    arrays: ['evidence', 'followUps'],
  },
  migrations: {},
  writers: 'editors',
  owner: { table: 'decisions', idField: 'decisionId' },
  commentFields: [DECISION_TEXT_FIELD, DECISION_RATIONALE_FIELD],
  exportJson: (doc, ref) => ({
    decisionId: ref.decisionId,
    ...readDecisionFields(doc),
    text: readRichText(doc.getXmlFragment(DECISION_TEXT_FIELD)),
    rationale: readRichText(doc.getXmlFragment(DECISION_RATIONALE_FIELD)),
    evidence: readEvidence(doc),
    followUps: followUps.read(doc),
  }),
  versionContent: readDecisionContent,
  projection: (doc, ref) => {
    const projected = projectDecisionDoc(doc);
    return projected && { rows: 'decision-fields', decisionId: ref.decisionId, ...projected };
  },
});
