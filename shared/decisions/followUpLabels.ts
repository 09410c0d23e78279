import type { FollowUp } from './decisionDoc';
import { followUpStatuses } from './decisionDoc';

export const followUpStatusLabels: Record<FollowUp['status'], string> = {
  open: 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};

/** The status choices for a select. */
export const followUpStatusOptions = followUpStatuses.map((status) => ({
  value: status,
  label: followUpStatusLabels[status],
}));
