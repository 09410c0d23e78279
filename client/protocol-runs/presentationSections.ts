import type { Protocol } from '../../shared/protocol-runs/protocolSchema';
import type { Board, BoardCard } from '../../shared/protocol-runs/runBoardDoc';
import { shownColumns } from '../../shared/protocol-runs/shownColumns';

/** One board column as the projector shows it. */
export interface CardSection {
  key: string;
  column: string;
  /** The earlier step that collected these cards; undefined for the shown step's own. */
  fromStep?: string;
  cards: BoardCard[];
  /** Collected privately and not revealed yet: the board carries none of its cards. */
  isHidden: boolean;
}

/**
 * The board columns the step at `stepIndex` puts on the projector: the earlier columns it
 * shows first (what the group shares or discusses), then its own, plus any column its cards
 * name that the step no longer lists.
 */
export function presentationSections(
  protocol: Pick<Protocol, 'steps'>,
  stepIndex: number,
  board: Pick<Board, 'cards'>,
  revealedStepIds: readonly string[],
): CardSection[] {
  const step = protocol.steps[stepIndex];
  if (!step) return [];
  const isHidden = (stepId: string) =>
    protocol.steps.find((s) => s.id === stepId)?.collect === 'private' &&
    !revealedStepIds.includes(stepId);
  const section = (stepId: string, column: string, fromStep?: string): CardSection => ({
    key: JSON.stringify([stepId, column]),
    column,
    ...(fromStep === undefined ? {} : { fromStep }),
    cards: board.cards.filter((card) => card.stepId === stepId && card.column === column),
    isHidden: isHidden(stepId),
  });
  const own = board.cards.filter((card) => card.stepId === step.id).map((card) => card.column);
  return [
    ...shownColumns(protocol, stepIndex).map((c) => section(c.stepId, c.column, c.stepTitle)),
    ...[...new Set([...step.columns, ...own])].map((column) => section(step.id, column)),
  ];
}
