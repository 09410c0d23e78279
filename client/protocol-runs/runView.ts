import type { MyRunState, PromoteCardInput } from '../../shared/api/runs';
import type { ProtocolStep } from '../../shared/protocol-runs/protocolSchema';
import type { Board } from '../../shared/protocol-runs/runBoardDoc';
import type { RunControl } from '../../shared/protocol-runs/runControlDoc';
import type { Viewer } from './boardView';
import type { RunDecision } from './useRunDecisions';

/** Everything a run screen's parts read: the live documents, this person's state, rights. */
export interface RunView {
  teamId: string;
  runId: string;
  /** The signed-in person, to recognise and label their own cards. */
  self: Viewer;
  control: RunControl;
  board: Board;
  mine: MyRunState;
  /** Asks the server again for this person's cards, votes and ratings. */
  refreshMine: () => Promise<void>;
  /** This device's clock offset from the server's (ms). */
  offset: number;
  /** Runs the timer and steps, uploads student work (principal, facilitator). */
  isFacilitator: boolean;
  /** Adds cards, votes, groups, rates norms (everyone but viewers). */
  isParticipant: boolean;
  /** Decision drafts made from this run's cards. */
  decisions: RunDecision[];
  /** Makes a card a decision draft, or a follow-up action of one. */
  promote: (cardId: string, input: PromoteCardInput) => Promise<void>;
}

/** The step the run is on (the last one once ended), and its position. */
export function currentStepOf(control: RunControl): {
  step: ProtocolStep | undefined;
  index: number;
} {
  const { steps } = control.protocol;
  const index = Math.min(control.timer.stepIndex, Math.max(0, steps.length - 1));
  return { step: steps[index], index };
}

/** Whether the run is under way (cards, votes and groups are taken). */
export function isInProgress(control: RunControl): boolean {
  return control.timer.status === 'running' || control.timer.status === 'paused';
}
