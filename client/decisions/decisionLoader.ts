import type { LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { isUuid } from '../../shared/documents/documentKind';
import { fetchCurrentUser } from '../api/authApi';
import { fetchTeam, listTeams } from '../api/teamsApi';
import { loadSignedIn } from '../auth/loadSignedIn';
import { fetchMeeting } from '../meetings/meetingsApi';
import { listDecisions } from './decisionsApi';

/** What a route error carries when the decision does not exist (see DecisionRouteError). */
export const DECISION_NOT_FOUND = 'decision-not-found';

/**
 * The decision page: who is signed in, the team (role, members, time zone), the team's
 * decisions (to prove this one exists and to choose what supersedes it), and the meeting it
 * belongs to. The decision itself is live data in its documents.
 */
export function decisionLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = params.teamId ?? '';
  const decisionId = params.decisionId ?? '';
  if (!isUuid(teamId) || !isUuid(decisionId)) throw data(DECISION_NOT_FOUND, { status: 404 });
  return loadSignedIn(request, async () => {
    const [user, team, teams, decisions] = await Promise.all([
      fetchCurrentUser(),
      fetchTeam(teamId),
      listTeams(),
      listDecisions(teamId),
    ]);
    const summary = decisions.find((decision) => decision.id === decisionId);
    if (!summary) throw data(DECISION_NOT_FOUND, { status: 404 });
    // The header only links back to the meeting: a meeting that cannot load hides the link.
    const meeting = summary.meetingId
      ? await fetchMeeting(teamId, summary.meetingId).catch(() => null)
      : null;
    return { user, team, teams, decisions, summary, meeting };
  });
}
