import type { TeamRole } from '../../shared/access/roles';
import { canDo } from '../../shared/access/roles';

/** Runs the timer and steps, uploads student work, edits the team's protocols. */
export function canFacilitate(role: TeamRole | null): boolean {
  return canDo(role, 'run.facilitate');
}

/** Adds cards, votes, groups and rates norms (viewers only watch). */
export function canParticipate(role: TeamRole | null): boolean {
  return canDo(role, 'run.participate');
}
