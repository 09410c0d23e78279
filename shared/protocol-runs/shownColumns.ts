import type { Protocol } from './protocolSchema';

/** A column whose cards a step shows, and the step that collected them. */
export interface ShownColumn {
  stepId: string;
  stepTitle: string;
  column: string;
}

/**
 * The earlier steps' columns that the step at `stepIndex` shows, in the order the step lists
 * them. Names that no longer match an earlier step's column (a protocol stored before the
 * schema checked them) are left out rather than shown empty.
 */
export function shownColumns(protocol: Pick<Protocol, 'steps'>, stepIndex: number): ShownColumn[] {
  const step = protocol.steps[stepIndex];
  if (!step) return [];
  const earlier = protocol.steps.slice(0, stepIndex);
  const shown: ShownColumn[] = [];
  for (const ref of step.shows ?? []) {
    const source = earlier.find((s) => s.id === ref.stepId);
    if (!source?.columns.includes(ref.column)) continue;
    if (shown.some((c) => c.stepId === ref.stepId && c.column === ref.column)) continue;
    shown.push({ stepId: source.id, stepTitle: source.title, column: ref.column });
  }
  return shown;
}
