import type { ReviewDecision } from '../../../shared/api/review';
import {
  type EvidenceLink,
  evidenceLinkSchema,
  type FollowUp,
  followUpStatuses,
} from '../../../shared/decisions/decisionDoc';
import {
  decisionModels,
  decisionStatuses,
  type DecisionModel,
  type DecisionStatus,
} from '../../../shared/decisions/decisionRules';

/**
 * Maps the relational rows of the review queries to the API's shapes. The rows were checked
 * by the projection on the way in; these only guard the types of what comes back from jsonb.
 */

/** Characters of decision text shown in the list. */
export const EXCERPT_CHARS = 200;

/** The text on one line, cut at a code point (never inside an emoji) with an ellipsis. */
export function toExcerpt(text: string, maxChars = EXCERPT_CHARS): string {
  const points = Array.from(text.replace(/\s+/g, ' ').trim());
  if (points.length <= maxChars) return points.join('');
  return `${points
    .slice(0, maxChars - 1)
    .join('')
    .trimEnd()}…`;
}

export function asStatus(value: string): DecisionStatus {
  return (decisionStatuses as readonly string[]).includes(value)
    ? (value as DecisionStatus)
    : 'proposed';
}

export function asModel(value: string | null): DecisionModel | null {
  return value !== null && (decisionModels as readonly string[]).includes(value)
    ? (value as DecisionModel)
    : null;
}

export function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function asEvidence(value: unknown): EvidenceLink[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = evidenceLinkSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function asFollowUpStatus(value: string): FollowUp['status'] {
  return (followUpStatuses as readonly string[]).includes(value)
    ? (value as FollowUp['status'])
    : 'open';
}

const toCount = (value: string | number | bigint | null) => Number(value ?? 0);

/** A row of `listReviewDecisions` as a timeline row; the detail builds on it too. */
export function toReviewDecision(row: {
  id: string;
  title: string;
  status: string;
  model: string | null;
  owner: string;
  excerpt: string;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingDate: string | null;
  focusStudentIds: unknown;
  createdAt: Date;
  decidedAt: Date | null;
  followUpsTotal: string | number | bigint | null;
  followUpsOpen: string | number | bigint | null;
  followUpsOverdue: string | number | bigint | null;
}): ReviewDecision {
  return {
    id: row.id,
    title: row.title,
    status: asStatus(row.status),
    model: asModel(row.model),
    owner: row.owner,
    excerpt: toExcerpt(row.excerpt),
    meeting:
      row.meetingId && row.meetingTitle !== null
        ? { id: row.meetingId, title: row.meetingTitle, date: row.meetingDate ?? '' }
        : null,
    studentIds: asStrings(row.focusStudentIds),
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    followUps: {
      open: toCount(row.followUpsOpen),
      overdue: toCount(row.followUpsOverdue),
      total: toCount(row.followUpsTotal),
    },
  };
}
