import type { CycleOutcome } from '../../shared/plans/cycleRules';
import { cycleOutcomeLabels } from '../../shared/plans/cycleRules';

export { cycleTitle } from '../../shared/plans/cycleRules';

/** "Open", or "Closed: Adopt" (words, never a colour alone). */
export function cycleStateLabel(cycle: { outcome: CycleOutcome | null; closedAt: string | null }) {
  if (cycle.closedAt === null && cycle.outcome === null) return 'Open';
  return cycle.outcome ? `Closed: ${cycleOutcomeLabels[cycle.outcome]}` : 'Closed';
}

/** A strategy as the plan writes it: "If we … then …". */
export function strategyLabel(strategy: { practiceIf: string; practiceThen: string }): string {
  const practice = strategy.practiceIf.trim();
  const change = strategy.practiceThen.trim();
  if (!practice && !change) return 'A strategy not written yet';
  return `If we ${practice || '…'} then ${change || '…'}`;
}

/** How a measure is named in lists: its name, or its place before it has one. */
export function measureName(measures: readonly { id: string; name: string }[], measureId: string) {
  const index = measures.findIndex((measure) => measure.id === measureId);
  const measure = measures[index];
  if (!measure) return 'A removed measure';
  return measure.name.trim() || `Measure ${index + 1}`;
}
