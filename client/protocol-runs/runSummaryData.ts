import type { ProtocolStep } from '../../shared/protocol-runs/protocolSchema';
import type { Board, BoardCard } from '../../shared/protocol-runs/runBoardDoc';
import type { StepVisit } from '../../shared/protocol-runs/timer';
import { actualMsByStep } from '../../shared/protocol-runs/timer';

/** "4 min 32 s", "45 s", "0 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** One row of the planned-against-actual table. */
export interface StepTime {
  step: ProtocolStep;
  plannedMs: number;
  /** Null for a step the run never reached (or skipped). */
  actualMs: number | null;
}

export function stepTimes(
  steps: readonly ProtocolStep[],
  visits: readonly StepVisit[],
): StepTime[] {
  const actual = actualMsByStep(visits);
  return steps.map((step) => ({
    step,
    plannedMs: step.minutes * 60_000,
    actualMs: actual.get(step.id) ?? null,
  }));
}

/** A card as the summary lists it, with the title of its group. */
export interface SummaryCard extends BoardCard {
  groupTitle: string | null;
}

/** The cards of one step, column by column (the step's columns first, in its order). */
export interface StepContributions {
  step: ProtocolStep;
  columns: { name: string; cards: SummaryCard[] }[];
}

/** Every card, by step and column; steps without cards are left out. */
export function contributionsByStep(
  steps: readonly ProtocolStep[],
  board: Board,
): StepContributions[] {
  const groupTitles = new Map(board.groups.map((g) => [g.id, g.title]));
  return steps
    .map((step) => {
      const cards = board.cards.filter((card) => card.stepId === step.id);
      const names = [...new Set([...step.columns, ...cards.map((card) => card.column)])];
      const columns = names
        .map((name) => ({
          name,
          cards: cards
            .filter((card) => card.column === name)
            .map((card) => ({
              ...card,
              groupTitle: card.groupId ? (groupTitles.get(card.groupId) ?? null) : null,
            })),
        }))
        .filter((column) => column.cards.length > 0);
      return { step, columns };
    })
    .filter((entry) => entry.columns.length > 0);
}
