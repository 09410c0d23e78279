import type { LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { isUuid } from '../../../shared/documents/documentKind';
import { fetchCurrentUser } from '../../api/authApi';
import { fetchTeam, listTeams } from '../../api/teamsApi';
import { loadSignedIn } from '../../auth/loadSignedIn';

/**
 * A team page's data: who is signed in, the team with their role and its members, and all
 * their teams for the team switcher. The settings page loads the same.
 */
export function teamLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = params.teamId ?? '';
  if (!isUuid(teamId)) throw data('Not found', { status: 404 });
  return loadSignedIn(request, async () => {
    const [user, team, teams] = await Promise.all([
      fetchCurrentUser(),
      fetchTeam(teamId),
      listTeams(),
    ]);
    return { user, team, teams };
  });
}
