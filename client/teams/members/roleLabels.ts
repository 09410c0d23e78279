import type { TeamRole } from '../../../shared/access/roles';

/** How each role reads on screen. */
export const roleLabels: Record<TeamRole, string> = {
  principal: 'Principal',
  facilitator: 'Facilitator',
  member: 'Member',
  viewer: 'Viewer',
};
