import type { FollowUp } from '../../shared/decisions/decisionDoc';
import { daysUntil, formatCalendarDate, isOverdue } from '../../shared/time/teamTime';

/** How a follow-up's due date reads: the date, and a badge when it is close or late. */
export interface DueNote {
  /** "Due Friday, March 6, 2026". */
  date: string;
  /** "Overdue", "Due today", "Due tomorrow", "Due in 3 days"; null once done. */
  badge: string | null;
  isOverdue: boolean;
}

/** The due note of a follow-up, judged in the team's time zone; null without a due date. */
export function dueNoteOf(
  followUp: Pick<FollowUp, 'dueDate' | 'status'>,
  timeZone: string,
  now: Date,
  locale?: string,
): DueNote | null {
  const { dueDate, status } = followUp;
  if (!dueDate) return null;
  const date = `Due ${formatCalendarDate(dueDate, locale)}`;
  if (status === 'done') return { date, badge: null, isOverdue: false };
  if (isOverdue(dueDate, timeZone, now)) return { date, badge: 'Overdue', isOverdue: true };
  const days = daysUntil(dueDate, timeZone, now);
  const badge = days === 0 ? 'Due today' : days === 1 ? 'Due tomorrow' : `Due in ${days} days`;
  return { date, badge, isOverdue: false };
}
