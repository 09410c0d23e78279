import type { DecisionStatus } from '../../shared/decisions/decisionRules';
import { runStatusLabels } from '../protocol-runs/runLabels';

const decisionStatusLabels: Record<DecisionStatus, string> = {
  proposed: 'Proposed',
  decided: 'Decided',
  'in-progress': 'In progress',
  done: 'Done',
  revisited: 'Revisited',
  superseded: 'Superseded',
};

/** A run's or decision's status as the "Made in this meeting" list shows it. */
export function linkStatusLabel(status: string): string {
  const labels: Record<string, string> = { ...runStatusLabels, ...decisionStatusLabels };
  return labels[status] ?? status;
}
