import type { ReviewDecision } from '../../../shared/api/review';
import { decisionModels, decisionStatuses } from '../../../shared/decisions/decisionRules';
import { formatCalendarDate } from '../../../shared/time/teamTime';
import { modelLabels, statusLabels } from '../../../shared/decisions/decisionLabels';
import type { ReviewFilters } from './reviewSearch';

/** Counts read the same on every screen and in tests: "1,234". */
const number = new Intl.NumberFormat('en-US');

function plural(count: number, one: string, many: string): string {
  return `${number.format(count)} ${count === 1 ? one : many}`;
}

/** "1 decision", "1,234 decisions". */
export function countLabel(total: number): string {
  return plural(total, 'decision', 'decisions');
}

/** "Showing 26–50" for a page of the list; "" when the page is empty. */
export function rangeLabel(page: number, pageSize: number, shown: number): string {
  if (shown === 0) return '';
  const first = (page - 1) * pageSize + 1;
  return `Showing ${number.format(first)}–${number.format(first + shown - 1)}`;
}

/** A decision's follow-ups in a line: "3 follow-ups, 2 not done". */
export function followUpCountLabel(counts: ReviewDecision['followUps']): string {
  if (counts.total === 0) return 'No follow-ups';
  return `${plural(counts.total, 'follow-up', 'follow-ups')}, ${number.format(counts.open)} not done`;
}

/** "2 overdue", or null when none is. */
export function overdueLabel(overdue: number): string | null {
  return overdue > 0 ? `${number.format(overdue)} overdue` : null;
}

/** How far a due date is, from the API's days left: "3 days overdue", "Due today", "1 day left". */
export function daysLeftLabel(daysLeft: number): string {
  if (daysLeft === 0) return 'Due today';
  if (daysLeft < 0) return `${plural(-daysLeft, 'day', 'days')} overdue`;
  return `${plural(daysLeft, 'day', 'days')} left`;
}

/** "2026-03" as people read it: "Mar 2026". */
export function monthLabel(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat('en-US', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Choices for the filter selects, each led by its "any" choice. */
export const statusSelectData = [
  { value: '', label: 'Any status' },
  ...decisionStatuses.map((status) => ({ value: status, label: statusLabels[status] })),
];

export const modelSelectData = [
  { value: '', label: 'Any model' },
  ...decisionModels.map((model) => ({ value: model, label: modelLabels[model].label })),
];

/** Names for the ids a filter holds, to say in words what a report covers. */
export interface FilterNames {
  student: (id: string) => string | undefined;
  meeting: (id: string) => string | undefined;
}

/** The filters in words, one phrase each: ["Search: “math”", "From Monday, 2 March 2026"]. */
export function describeFilters(filters: ReviewFilters, names: FilterNames): string[] {
  const phrases: string[] = [];
  if (filters.q) phrases.push(`Search: “${filters.q}”`);
  if (filters.from) phrases.push(`From ${formatCalendarDate(filters.from)}`);
  if (filters.to) phrases.push(`To ${formatCalendarDate(filters.to)}`);
  if (filters.status) phrases.push(`Status: ${statusLabels[filters.status]}`);
  if (filters.model) phrases.push(`Model: ${modelLabels[filters.model].label}`);
  if (filters.owner) phrases.push(`Owner: “${filters.owner}”`);
  if (filters.student) {
    phrases.push(`Student of focus: ${names.student(filters.student) ?? 'a former student'}`);
  }
  if (filters.meetingId) {
    phrases.push(`Meeting: ${names.meeting(filters.meetingId) ?? 'a removed meeting'}`);
  }
  return phrases;
}

/** The labels of a decision's students of focus; ids the team no longer lists are counted. */
export function studentLabels(
  ids: readonly string[],
  students: readonly { id: string; label: string }[],
): string[] {
  const labels = new Map(students.map((student) => [student.id, student.label]));
  const known = ids.flatMap((id) => {
    const label = labels.get(id);
    return label === undefined ? [] : [label];
  });
  const missing = ids.length - known.length;
  if (missing > 0) {
    known.push(
      missing === 1 ? 'a student no longer listed' : `${missing} students no longer listed`,
    );
  }
  return known;
}
