import type { LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { isUuid } from '../../../shared/documents/documentKind';
import { fetchTeam, listTeams } from '../../api/teamsApi';
import { loadSignedIn } from '../../auth/loadSignedIn';
import { listPlans } from '../../plans/plansApi';
import { fetchPlanOverview } from './planReportApi';

/**
 * The work plan report: the team, its plans and the overview of the plan in the path, or else
 * of this school year's (or the latest) plan. A team without a plan gets no overview.
 */
export function planReportLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = params.teamId ?? '';
  const planId = params.planId;
  if (!isUuid(teamId) || (planId !== undefined && !isUuid(planId))) {
    throw data('Not found', { status: 404 });
  }
  return loadSignedIn(request, async () => {
    const [team, teams, list] = await Promise.all([
      fetchTeam(teamId),
      listTeams(),
      listPlans(teamId),
    ]);
    const plan = planId
      ? list.plans.find((p) => p.id === planId)
      : (list.plans.find((p) => p.schoolYear === list.currentSchoolYear) ?? list.plans[0]);
    if (planId && !plan) throw data('Not found', { status: 404 });
    const overview = plan ? await fetchPlanOverview(teamId, plan.id) : null;
    return { team, teams, list, overview };
  });
}
