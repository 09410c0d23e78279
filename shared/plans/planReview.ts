import type { PlanAction } from './planDoc';

/**
 * What a plan review walks: the action steps not done that are overdue, at risk, off track,
 * or due within the next two weeks, overdue first and then by due date. The list is fixed
 * when the review starts (a step marked on track in the meeting stays on it), so every
 * device walks the same steps in the same order.
 */
export const REVIEW_WINDOW_DAYS = 14;

export type ReviewReason = 'overdue' | 'off-track' | 'at-risk' | 'due-soon';

export const reviewReasonLabels: Record<ReviewReason, string> = {
  overdue: 'Overdue',
  'off-track': 'Off track',
  'at-risk': 'At risk',
  'due-soon': 'Due soon',
};

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Why an action is in the review, or null when it is not due for one. */
export function reviewReason(
  action: Pick<PlanAction, 'status' | 'dueDate'>,
  today: string,
  windowDays = REVIEW_WINDOW_DAYS,
): ReviewReason | null {
  if (action.status === 'done') return null;
  if (action.dueDate < today) return 'overdue';
  if (action.status === 'off-track' || action.status === 'at-risk') return action.status;
  return dayOf(action.dueDate) - dayOf(today) <= windowDays ? 'due-soon' : null;
}

/** The ids of the actions a review walks, in the order it walks them. */
export function actionsToReview(actions: readonly PlanAction[], today: string): string[] {
  const rank: Record<ReviewReason, number> = {
    overdue: 0,
    'off-track': 1,
    'at-risk': 1,
    'due-soon': 1,
  };
  return actions
    .flatMap((action) => {
      const reason = reviewReason(action, today);
      return reason ? [{ action, rank: rank[reason] }] : [];
    })
    .sort((a, b) => a.rank - b.rank || a.action.dueDate.localeCompare(b.action.dueDate))
    .map(({ action }) => action.id);
}
