import type { CycleSummary } from '../../shared/api/cycles';
import type { TeamMember } from '../../shared/api/teams';
import type { Checkpoint, PlanAction, Strategy } from '../../shared/plans/planDoc';
import type { LiveList } from '../collab/useOrderedList';

/** What every part of an open plan needs to know. */
export interface PlanContext {
  teamId: string;
  planId: string;
  /** The team's members: action steps are owned by one of them. */
  members: TeamMember[];
  timeZone: string;
  /** False for viewers and for an earlier year's (archived) plan. */
  canWrite: boolean;
  strategies: LiveList<Strategy>;
  checkpoints: LiveList<Checkpoint>;
  /** Written by the server through the action routes; read live here. */
  actions: PlanAction[];
  /** The plan's improvement cycles, as the page loaded them. */
  cycles: CycleSummary[];
}
