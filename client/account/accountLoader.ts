import type { LoaderFunctionArgs } from 'react-router';
import { fetchCurrentUser } from '../api/authApi';
import { listTeams } from '../api/teamsApi';
import { loadSignedIn } from '../auth/loadSignedIn';

/** The account page's data: who is signed in, and their teams for the team switcher. */
export function accountLoader({ request }: LoaderFunctionArgs) {
  return loadSignedIn(request, async () => {
    const [user, teams] = await Promise.all([fetchCurrentUser(), listTeams()]);
    return { user, teams };
  });
}
