import type { DecisionChange } from '../../shared/api/decisions';
import { evidenceLinkSchema } from '../../shared/decisions/decisionDoc';
import { decisionModels, decisionStatuses } from '../../shared/decisions/decisionRules';
import {
  evidenceName,
  focusAnswerLabels,
  modelLabels,
  statusLabels,
} from '../../shared/decisions/decisionLabels';

/** Names for the ids a history value may hold (who decided, which decision replaced it). */
export interface ChangeNames {
  member: (userId: string) => string | undefined;
  decision: (decisionId: string) => string | undefined;
}

const noNames: ChangeNames = { member: () => undefined, decision: () => undefined };

const fieldLabels: Record<string, string> = {
  title: 'Title',
  owner: 'Decision owner',
  model: 'How we decide',
  decisionText: 'Decision text',
  rationale: 'Rationale',
  evidence: 'Evidence',
  focusAffects: 'Affects students of focus',
  focusStudentIds: 'Students of focus',
  focusHow: 'How we will know',
  followUps: 'Follow-up actions',
  meetingId: 'Meeting',
  status: 'Status',
  supersededBy: 'Replaced by',
  decidedBy: 'Decided by',
  vote: 'Vote',
};

/** The name of a changed field as people read it. */
export function describeField(field: string): string {
  return fieldLabels[field] ?? field;
}

const MAX_VALUE_LENGTH = 80;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_VALUE_LENGTH ? `${flat.slice(0, MAX_VALUE_LENGTH - 1)}…` : flat;
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function field(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key];
}

/** A list value: the names of its items, or "(none)". */
function describeList(items: unknown[], nameOf: (item: unknown) => string): string {
  if (items.length === 0) return '(none)';
  return shorten(items.map(nameOf).join('; '));
}

function describeVote(vote: object): string {
  const model = field(vote, 'model');
  const result = field(vote, 'result');
  const label = isOneOf(decisionModels, model) ? modelLabels[model].label : 'Vote';
  const verdict = field(vote, 'passes') === true ? 'passed' : 'did not pass';
  return shorten(`${label}, ${verdict}${typeof result === 'string' ? `: ${result}` : ''}`);
}

/**
 * A field's value before or after a change, as short plain text ("(empty)", "Fist to five",
 * "2 students"). Values come from the server as JSON: they are never rendered as HTML.
 */
export function describeValue(name: string, value: unknown, names: ChangeNames = noNames): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (name === 'model' && isOneOf(decisionModels, value)) return modelLabels[value].label;
  if (name === 'status' && isOneOf(decisionStatuses, value)) return statusLabels[value];
  if (name === 'focusAffects' && isOneOf(['yes', 'no', 'unknown'] as const, value)) {
    return focusAnswerLabels[value];
  }
  if (name === 'focusStudentIds' && Array.isArray(value)) {
    return value.length === 1 ? '1 student' : `${value.length} students`;
  }
  if (name === 'evidence' && Array.isArray(value)) {
    return describeList(value, (item) => {
      const link = evidenceLinkSchema.safeParse(item);
      return link.success ? evidenceName(link.data) : 'a link';
    });
  }
  if (name === 'followUps' && Array.isArray(value)) {
    return describeList(value, (item) => {
      const task = typeof item === 'object' && item !== null ? field(item, 'task') : null;
      return typeof task === 'string' ? task : 'a task';
    });
  }
  if (name === 'vote' && typeof value === 'object') return describeVote(value);
  if (name === 'decidedBy' && typeof value === 'string') {
    return names.member(value) ?? 'a former member';
  }
  if (name === 'supersededBy' && typeof value === 'string') {
    return `“${shorten(names.decision(value) ?? 'another decision')}”`;
  }
  if (name === 'meetingId') return 'a meeting';
  if (typeof value === 'string') return `“${shorten(value)}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 1 ? '1 item' : `${value.length} items`;
  return shorten(JSON.stringify(value) ?? '');
}

/** One history entry as a line: "Title: “Old” → “New”". */
export function describeChange(
  change: Pick<DecisionChange, 'field' | 'before' | 'after'>,
  names: ChangeNames = noNames,
): string {
  const { field: name, before, after } = change;
  const label = describeField(name);
  return `${label}: ${describeValue(name, before, names)} → ${describeValue(name, after, names)}`;
}
