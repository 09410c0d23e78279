import { Badge } from '@mantine/core';
import type { DecisionStatus } from '../../../shared/decisions/decisionRules';
import { statusColors, statusLabels } from '../../../shared/decisions/decisionLabels';

/** A decision's status as the decision page shows it; screen readers hear "Status: Decided". */
export function StatusBadge({
  status,
  size = 'md',
}: {
  status: DecisionStatus;
  size?: 'md' | 'lg';
}) {
  return (
    <Badge variant="light" size={size} color={statusColors[status]} c="dark.9">
      <span className="visually-hidden">Status: </span>
      {statusLabels[status]}
    </Badge>
  );
}
