import type { LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { isUuid } from '../../shared/documents/documentKind';
import { ApiError } from '../api/apiClient';
import { fetchCurrentUser } from '../api/authApi';
import { fetchTeam, listTeams } from '../api/teamsApi';
import { loadSignedIn } from '../auth/loadSignedIn';
import { fetchCycle } from './cyclesApi';
import { fetchPlan } from './plansApi';

const notFound = () => data('Not found', { status: 404 });

/**
 * The cycle page: who is signed in, the team (role, time zone), the plan (the goal's and
 * strategies' names) and the cycle's summary (its number, and whether it is closed). The
 * cycle itself is live data in its two documents.
 */
export function cycleLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = params.teamId ?? '';
  const planId = params.planId ?? '';
  const cycleId = params.cycleId ?? '';
  if (!isUuid(teamId) || !isUuid(planId) || !isUuid(cycleId)) throw notFound();
  return loadSignedIn(request, async () => {
    try {
      const [user, team, teams, plan, cycle] = await Promise.all([
        fetchCurrentUser(),
        fetchTeam(teamId),
        listTeams(),
        fetchPlan(teamId, planId),
        fetchCycle(teamId, cycleId),
      ]);
      if (cycle.planId !== plan.id) throw notFound();
      return { user, team, teams, plan, cycle };
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) throw notFound();
      throw error;
    }
  });
}
