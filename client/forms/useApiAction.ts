import { useCallback, useState } from 'react';
import { ApiError } from '../api/apiClient';

/** The sentence to show for a failed call: the server's message when it sent one. */
export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something went wrong. Please try again.';
}

/**
 * Runs one API call at a time for a form: whether it is pending, and the error to show (the
 * server's own message) with its machine code.
 */
export function useApiAction() {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ message: string; code: string } | null>(null);

  const setError = useCallback((message: string | null) => {
    setFailure(message === null ? null : { message, code: 'client' });
  }, []);

  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setPending(true);
    setFailure(null);
    try {
      return await action();
    } catch (caught) {
      setFailure({
        message: messageOf(caught),
        code: caught instanceof ApiError ? caught.code : 'unknown',
      });
      return undefined;
    } finally {
      setPending(false);
    }
  }, []);

  return {
    pending,
    error: failure?.message ?? null,
    errorCode: failure?.code ?? null,
    setError,
    run,
  };
}

/** After a failed validation, puts the keyboard focus on the first invalid field. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
