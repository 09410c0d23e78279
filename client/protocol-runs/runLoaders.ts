import type { LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { isUuid } from '../../shared/documents/documentKind';
import { fetchCurrentUser } from '../api/authApi';
import { fetchTeam, listTeams } from '../api/teamsApi';
import { loadSignedIn } from '../auth/loadSignedIn';
import { listProtocols, listRuns } from './runsApi';

function teamIdOf(params: LoaderFunctionArgs['params']): string {
  const teamId = params.teamId ?? '';
  if (!isUuid(teamId)) throw data('Not found', { status: 404 });
  return teamId;
}

/** The runs page: the team (with the caller's role), its runs and the protocols to start. */
export function runsLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = teamIdOf(params);
  return loadSignedIn(request, async () => {
    const [team, teams, runs, protocols] = await Promise.all([
      fetchTeam(teamId),
      listTeams(),
      listRuns(teamId),
      listProtocols(teamId),
    ]);
    return { team, teams, runs, protocols };
  });
}

/** The protocol library and the editor: the team and every protocol it can run. */
export function protocolsLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = teamIdOf(params);
  return loadSignedIn(request, async () => {
    const [team, teams, protocols] = await Promise.all([
      fetchTeam(teamId),
      listTeams(),
      listProtocols(teamId),
    ]);
    return { team, teams, protocols };
  });
}

/** A run and its presentation view: who is signed in and the team; the run is live data. */
export function runLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = teamIdOf(params);
  const runId = params.runId ?? '';
  if (!isUuid(runId)) throw data('Not found', { status: 404 });
  return loadSignedIn(request, async () => {
    const [user, team, teams] = await Promise.all([
      fetchCurrentUser(),
      fetchTeam(teamId),
      listTeams(),
    ]);
    return { user, team, teams, runId };
  });
}
