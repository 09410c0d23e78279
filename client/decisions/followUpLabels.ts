import type { FollowUp } from '../../shared/decisions/decisionDoc';
import { followUpStatuses } from '../../shared/decisions/decisionDoc';

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
