import type * as Y from 'yjs';
import { readRichText, type RichTextNode } from '../../shared/collab/richText';
import {
  DECISION_RATIONALE_FIELD,
  DECISION_TEXT_FIELD,
  followUps,
  readDecisionFields,
  readEvidence,
  type EvidenceLink,
} from '../../shared/decisions/decisionDoc';
import { parseDocumentName, type DocumentKind } from '../../shared/documents/documentName';
import { documentLayouts } from '../../shared/versions/documentLayout';
import {
  agenda,
  agendaKindLabels,
  MEETING_NOTES_FIELD,
  readAttendance,
  readMeetingFields,
} from '../../shared/meetings/meetingDoc';
import {
  commitments,
  PURPOSE_STATEMENT_FIELD,
  studentsOfFocus,
} from '../../shared/purpose/purposeDoc';
import { formatCalendarDate } from '../../shared/time/teamTime';
import { focusAnswerLabels, modelLabels } from '../decisions/decisionLabels';
import { evidenceName } from '../decisions/evidenceLink';
import { followUpStatusLabels } from '../decisions/followUpLabels';

/** One plain value as people read it ('' when empty). */
export interface ContentField {
  key: string;
  label: string;
  value: string;
}

/** A record of a list (a student of focus, an agenda item); its first field names it. */
export interface ContentItem {
  id: string;
  fields: ContentField[];
}

/** The plain, structured part of a document: a group of fields, or a list of records. */
export type ContentSection =
  | { kind: 'fields'; key: string; label: string; fields: ContentField[] }
  | { kind: 'items'; key: string; label: string; items: ContentItem[] };

/** One rich-text field of a document. */
export interface RichTextPart {
  key: string;
  label: string;
  node: RichTextNode;
}

/** A document (a version or the live one) as plain data, ready to show and to compare. */
export interface VersionContent {
  richText: RichTextPart[];
  sections: ContentSection[];
}

/** Names for the ids a document stores (people by user id, students of focus by id). */
export interface VersionNames {
  member?: (userId: string) => string | undefined;
  student?: (studentId: string) => string | undefined;
}

const field = (key: string, label: string, value: string): ContentField => ({ key, label, value });

/** The title of an item: its first field. */
export function itemTitle(item: ContentItem): string {
  return item.fields[0]?.value ?? '';
}

function readPurposeContent(doc: Y.Doc): VersionContent {
  return {
    richText: [
      {
        key: PURPOSE_STATEMENT_FIELD,
        label: 'Purpose statement',
        node: readRichText(doc.getXmlFragment(PURPOSE_STATEMENT_FIELD)),
      },
    ],
    sections: [
      {
        kind: 'items',
        key: 'studentsOfFocus',
        label: 'Students of focus',
        items: studentsOfFocus.read(doc).map((student) => ({
          id: student.id,
          fields: [
            field('label', 'Initials or group', student.label),
            field('why', 'Why in focus', student.why),
            field('hearFrom', 'How we hear from them', student.hearFrom),
          ],
        })),
      },
      {
        kind: 'items',
        key: 'commitments',
        label: 'Commitments and norms',
        items: commitments.read(doc).map((commitment) => ({
          id: commitment.id,
          fields: [field('text', 'Commitment or norm', commitment.text)],
        })),
      },
    ],
  };
}

const evidenceKindLabels: Record<EvidenceLink['kind'], string> = {
  'run-card': 'Protocol run card',
  artifact: 'Student work',
  url: 'Web page',
};

/** Evidence links have no id of their own: what they point at identifies them. */
function evidenceId(link: EvidenceLink): string {
  switch (link.kind) {
    case 'run-card':
      return `run-card:${link.runId}:${link.cardId}`;
    case 'artifact':
      return `artifact:${link.artifactId}`;
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
      field('name', 'Evidence', evidenceName(link)),
      field('kind', 'Kind', evidenceKindLabels[link.kind]),
    ];
    if (link.kind === 'url') fields.push(field('url', 'Web address', link.url));
    return [{ id, fields }];
  });
}

function readDecisionContent(doc: Y.Doc, names: VersionNames): VersionContent {
  const fields = readDecisionFields(doc);
  const students = (fields?.focusStudentIds ?? []).map(
    (id) => names.student?.(id) ?? 'A student of focus no longer listed',
  );
  return {
    richText: [
      {
        key: DECISION_TEXT_FIELD,
        label: 'Decision text',
        node: readRichText(doc.getXmlFragment(DECISION_TEXT_FIELD)),
      },
      {
        key: DECISION_RATIONALE_FIELD,
        label: 'Rationale',
        node: readRichText(doc.getXmlFragment(DECISION_RATIONALE_FIELD)),
      },
    ],
    sections: [
      {
        kind: 'fields',
        key: 'decision',
        label: 'Details',
        fields: [
          field('title', 'Title', fields?.title ?? ''),
          field('owner', 'Decision owner', fields?.owner ?? ''),
          field(
            'model',
            'Decision-making model',
            fields?.model ? modelLabels[fields.model].label : '',
          ),
          field(
            'focusAffects',
            'Affects our students of focus',
            fields?.focusAffects ? focusAnswerLabels[fields.focusAffects] : '',
          ),
          field('focusStudentIds', 'Students of focus it affects', students.join(', ')),
          field('focusHow', 'How we will know', fields?.focusHow ?? ''),
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
            field('task', 'Task', followUp.task),
            field('owner', 'Owner', followUp.owner),
            field(
              'dueDate',
              'Due date',
              followUp.dueDate ? formatCalendarDate(followUp.dueDate) : '',
            ),
            field('status', 'Status', followUpStatusLabels[followUp.status]),
          ],
        })),
      },
    ],
  };
}

function readMeetingContent(doc: Y.Doc, names: VersionNames): VersionContent {
  const fields = readMeetingFields(doc);
  const attendance = Object.entries(readAttendance(doc)).map(([userId, present]) =>
    field(userId, names.member?.(userId) ?? 'A former member', present ? 'Present' : 'Absent'),
  );
  return {
    richText: [
      {
        key: MEETING_NOTES_FIELD,
        label: 'Notes',
        node: readRichText(doc.getXmlFragment(MEETING_NOTES_FIELD)),
      },
    ],
    sections: [
      {
        kind: 'fields',
        key: 'meeting',
        label: 'Details',
        fields: [
          field('title', 'Title', fields?.title ?? ''),
          field('date', 'Date', fields?.date ? formatCalendarDate(fields.date) : ''),
        ],
      },
      {
        kind: 'items',
        key: 'agenda',
        label: 'Agenda',
        items: agenda.read(doc).map((item) => ({
          id: item.id,
          fields: [
            field('title', 'Agenda item', item.title),
            field('kind', 'Kind', agendaKindLabels[item.kind]),
            field('minutes', 'Minutes', String(item.minutes)),
            field('owner', 'Owner', item.owner),
            field(
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

/** Other kinds of document: their rich text only. */
function readGenericContent(doc: Y.Doc, kind: DocumentKind | null): VersionContent {
  const keys = kind ? documentLayouts[kind].richText : [];
  return {
    richText: keys.map((key) => ({ key, label: key, node: readRichText(doc.getXmlFragment(key)) })),
    sections: [],
  };
}

/** Reads a document (a version's or the live one) as plain data, by the kind its name gives. */
export function readVersionContent(
  doc: Y.Doc,
  documentName: string,
  names: VersionNames = {},
): VersionContent {
  const kind = parseDocumentName(documentName)?.kind ?? null;
  switch (kind) {
    case 'purpose':
      return readPurposeContent(doc);
    case 'decision':
      return readDecisionContent(doc, names);
    case 'meeting':
      return readMeetingContent(doc, names);
    default:
      return readGenericContent(doc, kind);
  }
}
