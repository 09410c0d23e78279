import type { LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { isUuid } from '../../shared/documents/documentName';
import { fetchCurrentUser } from '../api/authApi';
import { fetchTeam } from '../api/teamsApi';
import { loadSignedIn } from '../auth/loadSignedIn';

/** The team page's data: who is signed in and the team with their role and its members. */
export function teamLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = params.teamId ?? '';
  if (!isUuid(teamId)) throw data('Not found', { status: 404 });
  return loadSignedIn(request, async () => {
    const [user, team] = await Promise.all([fetchCurrentUser(), fetchTeam(teamId)]);
    return { user, team };
  });
}
