import type { LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { isUuid } from '../../shared/documents/documentKind';
import { fetchCurrentUser } from '../api/authApi';
import { fetchTeam, listTeams } from '../api/teamsApi';
import { loadSignedIn } from '../auth/loadSignedIn';
import { listProtocols } from '../protocol-runs/runsApi';
import { fetchMeeting, listMeetings } from './meetingsApi';

function idParam(params: LoaderFunctionArgs['params'], name: 'teamId' | 'meetingId'): string {
  const id = params[name] ?? '';
  if (!isUuid(id)) throw data('Not found', { status: 404 });
  return id;
}

/** The meetings page: the team (with the caller's role and time zone) and its meetings. */
export function meetingsLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = idParam(params, 'teamId');
  return loadSignedIn(request, async () => {
    const [team, teams, meetings] = await Promise.all([
      fetchTeam(teamId),
      listTeams(),
      listMeetings(teamId),
    ]);
    return { team, teams, meetings };
  });
}

/**
 * A meeting: who is signed in, the team (members for attendance), what was made in the meeting
 * and the protocols a facilitator can start from the agenda. The meeting itself is live data.
 */
export function meetingLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = idParam(params, 'teamId');
  const meetingId = idParam(params, 'meetingId');
  return loadSignedIn(request, async () => {
    const [user, team, teams, meeting, protocols] = await Promise.all([
      fetchCurrentUser(),
      fetchTeam(teamId),
      listTeams(),
      fetchMeeting(teamId, meetingId),
      listProtocols(teamId),
    ]);
    return { user, team, teams, meeting, protocols };
  });
}
