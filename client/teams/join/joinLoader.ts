import type { LoaderFunctionArgs } from 'react-router';
import type { CurrentUser } from '../../../shared/api/auth';
import type { InvitePreview } from '../../../shared/api/teams';
import { ApiError, isUnauthorized } from '../../api/apiClient';
import { fetchCurrentUser } from '../../api/authApi';
import { previewInvite } from '../../api/teamsApi';

export interface JoinData {
  code: string;
  /** Null when nobody is signed in. */
  user: CurrentUser | null;
  /** Null when the preview needs a sign-in or the code is invalid (then `problem` says so). */
  preview: InvitePreview | null;
  problem: string | null;
}

async function orNullWhenSignedOut<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

/** The invite page works signed out too: it then offers to sign in and come back. */
export async function joinLoader({ params }: LoaderFunctionArgs): Promise<JoinData> {
  const code = params.code ?? '';
  const user = await orNullWhenSignedOut(fetchCurrentUser());
  try {
    const preview = await orNullWhenSignedOut(previewInvite(code));
    return { code, user, preview, problem: null };
  } catch (error) {
    if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
      return { code, user, preview: null, problem: error.message };
    }
    throw error;
  }
}
