import type { TeamRole } from '../access/roles';

/** Where a decision stands. */
export const decisionStatuses = [
  'proposed',
  'decided',
  'in-progress',
  'done',
  'revisited',
  'superseded',
] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];

/** How the team decides; declared before the discussion starts. */
export const decisionModels = [
  'consensus',
  'consent',
  'majority-vote',
  'fist-to-five',
  'leader-decides',
  'delegated',
] as const;
export type DecisionModel = (typeof decisionModels)[number];

/** The focus-student check every decision carries before it can be decided. */
export interface FocusCheck {
  /** Does the decision affect our students of focus? Null until someone answers. */
  affects: 'yes' | 'no' | 'unknown' | null;
  /** Which students of focus (their ids in the purpose document), when it does. */
  studentIds: string[];
  /** How the team will know whether it worked for them. */
  howWeWillKnow: string;
}

/** What is missing from a focus check before the decision can be decided; null when complete. */
export function focusCheckProblem(check: FocusCheck | null): string | null {
  if (!check || check.affects === null) {
    return 'Answer the focus check: does this decision affect our students of focus?';
  }
  if (check.affects === 'yes' && check.studentIds.length === 0) {
    return 'Name the students of focus this decision affects';
  }
  if (check.affects !== 'no' && check.howWeWillKnow.trim() === '') {
    return 'Say how we will know whether it works for our students of focus';
  }
  return null;
}

/**
 * Whether a role may move a decision from one status to another, and why not. Facilitators
 * and the principal mark decisions decided (with a complete focus check); only the principal
 * reopens a decided one.
 */
export function statusChangeProblem(
  role: TeamRole,
  from: DecisionStatus,
  to: DecisionStatus,
  check: FocusCheck | null,
): string | null {
  if (from === to) return null;
  if (role === 'viewer') return 'Viewers cannot change decisions';
  const reopening = from !== 'proposed' && (to === 'proposed' || to === 'revisited');
  if (reopening) return role === 'principal' ? null : 'Only the principal reopens a decision';
  if (to === 'decided') {
    if (role !== 'principal' && role !== 'facilitator') {
      return 'A facilitator or the principal marks a decision decided';
    }
    return focusCheckProblem(check);
  }
  if (from === 'proposed') return 'Decide it first';
  return role === 'member' && to === 'superseded'
    ? 'A facilitator or the principal marks a decision superseded'
    : null;
}
