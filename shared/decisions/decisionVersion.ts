import type * as Y from 'yjs';
import { formatCalendarDate } from '../time/teamTime';
import {
  contentField,
  richTextPart,
  type ContentItem,
  type VersionContent,
  type VersionNames,
} from '../versions/versionContent';
import {
  DECISION_RATIONALE_FIELD,
  DECISION_TEXT_FIELD,
  type EvidenceLink,
  followUps,
  readDecisionFields,
  readEvidence,
} from './decisionDoc';
import { evidenceName, focusAnswerLabels, modelLabels } from './decisionLabels';
import { followUpStatusLabels } from './followUpLabels';

/** The badge text for each kind of evidence, in the decision page, its history and the review. */
export const evidenceKindLabels: Record<EvidenceLink['kind'], string> = {
  'run-card': 'Protocol run card',
  artifact: 'Student work',
  cycle: 'Improvement cycle',
  url: 'Web page',
};

/** Evidence links have no id of their own: what they point at identifies them. */
function evidenceId(link: EvidenceLink): string {
  switch (link.kind) {
    case 'run-card':
      return `run-card:${link.runId}:${link.cardId}`;
    case 'artifact':
      return `artifact:${link.artifactId}`;
    case 'cycle':
      return `cycle:${link.cycleId}`;
    case 'url':
      return `url:${link.url}`;
  }
}

function evidenceItems(doc: Y.Doc): ContentItem[] {
  const seen = new Set<string>();
  return readEvidence(doc).flatMap((link) => {
    const id = evidenceId(link);
    if (seen.has(id)) return [];
    seen.add(id);
    const fields = [
      contentField('name', 'Evidence', evidenceName(link)),
      contentField('kind', 'Kind', evidenceKindLabels[link.kind]),
    ];
    if (link.kind === 'url') fields.push(contentField('url', 'Web address', link.url));
    return [{ id, fields }];
  });
}

/** A decision document as the version history shows it. */
export function readDecisionContent(doc: Y.Doc, names: VersionNames): VersionContent {
  const fields = readDecisionFields(doc);
  const students = (fields?.focusStudentIds ?? []).map(
    (id) => names.student?.(id) ?? 'A student of focus no longer listed',
  );
  return {
    richText: [
      richTextPart(doc, DECISION_TEXT_FIELD, 'Decision text'),
      richTextPart(doc, DECISION_RATIONALE_FIELD, 'Rationale'),
    ],
    sections: [
      {
        kind: 'fields',
        key: 'decision',
        label: 'Details',
        fields: [
          contentField('title', 'Title', fields?.title ?? ''),
          contentField('owner', 'Decision owner', fields?.owner ?? ''),
          contentField(
            'model',
            'Decision-making model',
            fields?.model ? modelLabels[fields.model].label : '',
          ),
          contentField(
            'focusAffects',
            'Affects our students of focus',
            fields?.focusAffects ? focusAnswerLabels[fields.focusAffects] : '',
          ),
          contentField('focusStudentIds', 'Students of focus it affects', students.join(', ')),
          contentField('focusHow', 'How we will know', fields?.focusHow ?? ''),
        ],
      },
      { kind: 'items', key: 'evidence', label: 'Evidence', items: evidenceItems(doc) },
      {
        kind: 'items',
        key: 'followUps',
        label: 'Follow-up actions',
        items: followUps.read(doc).map((followUp) => ({
          id: followUp.id,
          fields: [
            contentField('task', 'Task', followUp.task),
            contentField('owner', 'Owner', followUp.owner),
            contentField(
              'dueDate',
              'Due date',
              followUp.dueDate ? formatCalendarDate(followUp.dueDate) : '',
            ),
            contentField('status', 'Status', followUpStatusLabels[followUp.status]),
          ],
        })),
      },
    ],
  };
}
