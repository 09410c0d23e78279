import type { TeamRole } from '../../shared/access/roles';
import { canDo } from '../../shared/access/roles';
import type { DecisionFields } from '../../shared/decisions/decisionDoc';
import { focusCheckOf } from '../../shared/decisions/decisionDoc';
import type { DecisionStatus, FocusCheck } from '../../shared/decisions/decisionRules';
import { statusChangeProblem } from '../../shared/decisions/decisionRules';
import type { DecisionStatusState } from '../../shared/decisions/decisionStatusDoc';
import { isVotingModel } from '../../shared/decisions/tally';

/** A status button: where it moves the decision, its words, and why it cannot yet. */
export interface StatusAction {
  to: DecisionStatus;
  label: string;
  /** Shown beside the disabled button; null when the button works. */
  disabledReason: string | null;
}

const actionLabels: Partial<Record<DecisionStatus, string>> = {
  decided: 'Mark decided',
  'in-progress': 'Start',
  done: 'Mark done',
  superseded: 'Mark superseded',
  revisited: 'Reopen',
};

/** The moves offered from each status, in the order the buttons appear. */
const movesFrom: Record<DecisionStatus, DecisionStatus[]> = {
  proposed: ['decided'],
  revisited: ['decided', 'superseded'],
  decided: ['in-progress', 'done', 'superseded', 'revisited'],
  'in-progress': ['done', 'superseded', 'revisited'],
  done: ['superseded', 'revisited'],
  superseded: ['revisited'],
};

/** A check that satisfies the rules: used to ask "may this role make the move at all?". */
const completeCheck: FocusCheck = { affects: 'no', studentIds: [], howWeWillKnow: '' };

/** Why the vote does not (yet) let the decision be marked decided; null when it does. */
function voteProblem(fields: DecisionFields, { vote }: DecisionStatusState): string | null {
  if (fields.model === null) return 'Choose how the team decides first';
  if (!isVotingModel(fields.model)) return null;
  if (!vote) return 'Open a vote and close it first';
  if (vote.open) return 'Close the vote first';
  if (vote.model !== fields.model) return 'The last vote used another model: open a new vote';
  return null;
}

/**
 * The status buttons a role sees. Moves the role may never make (the shared rules say so)
 * are left out; moves that wait on the focus check or the vote show, disabled, with why.
 */
export function statusActionsFor(
  role: TeamRole,
  fields: DecisionFields,
  state: DecisionStatusState,
): StatusAction[] {
  const from = state.status;
  return movesFrom[from].flatMap((to) => {
    if (statusChangeProblem(role, from, to, completeCheck) !== null) return [];
    const problem =
      statusChangeProblem(role, from, to, focusCheckOf(fields)) ??
      (to === 'decided' ? voteProblem(fields, state) : null);
    return [{ to, label: actionLabels[to] ?? to, disabledReason: problem }];
  });
}

const settled: readonly DecisionStatus[] = ['decided', 'in-progress', 'done', 'superseded'];

/** Why the decision-making model can no longer change; null while it can. */
export function modelLockReason(state: DecisionStatusState): string | null {
  if (settled.includes(state.status)) {
    return 'The decision has been made: how it was decided is part of its record.';
  }
  if (state.vote?.open) return 'A vote is open: the model stays fixed until the vote closes.';
  if (state.vote && state.status === 'proposed') {
    return 'A vote has been held with this model: it stays as declared.';
  }
  return null;
}

/** Which vote controls a role gets, given the decision's model and the live vote. */
export function voteControlsFor(
  role: TeamRole,
  fields: DecisionFields,
  { status, vote }: DecisionStatusState,
) {
  const isFacilitator = canDo(role, 'decision.facilitate');
  const isOpen = vote?.open ?? false;
  const isUndecided = status === 'proposed' || status === 'revisited';
  return {
    canOpen: isFacilitator && isUndecided && isVotingModel(fields.model) && !isOpen,
    canClose: isFacilitator && isOpen,
    canBallot: canDo(role, 'decision.participate') && isOpen,
  };
}
