import { redirect } from 'react-router';
import { isUnauthorized } from '../api/apiClient';
import { authPath, requestPath } from './nextPath';

/**
 * Runs a loader's requests; when the API answers 401, sends the person to sign in and
 * brings them back to this page afterwards.
 */
export async function loadSignedIn<T>(request: Request, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isUnauthorized(error)) throw redirect(authPath('/signin', requestPath(request)));
    throw error;
  }
}
