import type { LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { isUuid } from '../../../shared/documents/documentKind';
import { fetchCurrentUser } from '../../api/authApi';
import { fetchTeam, listTeams } from '../../api/teamsApi';
import { loadSignedIn } from '../../auth/loadSignedIn';
import { listPlans } from '../../plans/plansApi';
import { fetchMeeting } from '../meetingsApi';

/**
 * A plan review agenda item: who is signed in, the team (owners' names), the meeting, and the
 * team's plans (the review walks the plan the item names, or this school year's).
 */
export function planReviewLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = params.teamId ?? '';
  const meetingId = params.meetingId ?? '';
  const itemId = params.itemId ?? '';
  if (!isUuid(teamId) || !isUuid(meetingId) || itemId === '') {
    throw data('Not found', { status: 404 });
  }
  return loadSignedIn(request, async () => {
    const [user, team, teams, meeting, plans] = await Promise.all([
      fetchCurrentUser(),
      fetchTeam(teamId),
      listTeams(),
      fetchMeeting(teamId, meetingId),
      listPlans(teamId),
    ]);
    const current =
      plans.plans.find((plan) => plan.schoolYear === plans.currentSchoolYear) ?? plans.plans[0];
    return {
      user,
      team,
      teams,
      meeting,
      plans: plans.plans,
      currentPlanId: current?.id ?? null,
      itemId,
    };
  });
}
