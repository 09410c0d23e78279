import type { LoaderFunctionArgs } from 'react-router';
import type { PasswordResetPreview } from '../../shared/api/auth';
import { ApiError } from '../api/apiClient';
import { previewPasswordReset } from '../api/accountApi';

export interface PasswordResetData {
  code: string;
  /** Null when the link cannot be used; `problem` says why. */
  preview: PasswordResetPreview | null;
  problem: string | null;
}

/** A reset link works signed out: it shows whose password it sets, or why it cannot. */
export async function passwordResetLoader({
  params,
}: LoaderFunctionArgs): Promise<PasswordResetData> {
  const code = params.code ?? '';
  try {
    return { code, preview: await previewPasswordReset(code), problem: null };
  } catch (error) {
    if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
      return { code, preview: null, problem: error.message };
    }
    throw error;
  }
}
