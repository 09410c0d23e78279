import type { LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { isUuid } from '../../shared/documents/documentKind';
import { fetchCurrentUser } from '../api/authApi';
import { fetchTeam, listTeams } from '../api/teamsApi';
import { loadSignedIn } from '../auth/loadSignedIn';
import { listCycles } from './cyclesApi';
import { listPlans } from './plansApi';

/**
 * The work plan page: who is signed in, the team (members own actions) and its plans. The
 * plan shown is the one in the path, or else this school year's (or the latest) one, with
 * its improvement cycles.
 */
export function planLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = params.teamId ?? '';
  const planId = params.planId;
  if (!isUuid(teamId) || (planId !== undefined && !isUuid(planId))) {
    throw data('Not found', { status: 404 });
  }
  return loadSignedIn(request, async () => {
    const [user, team, teams, list] = await Promise.all([
      fetchCurrentUser(),
      fetchTeam(teamId),
      listTeams(),
      listPlans(teamId),
    ]);
    const chosen = planId
      ? list.plans.find((plan) => plan.id === planId)
      : (list.plans.find((plan) => plan.schoolYear === list.currentSchoolYear) ?? list.plans[0]);
    if (planId && !chosen) throw data('Not found', { status: 404 });
    const cycles = chosen ? (await listCycles(teamId, chosen.id)).cycles : [];
    return { user, team, teams, list, plan: chosen ?? null, cycles };
  });
}
