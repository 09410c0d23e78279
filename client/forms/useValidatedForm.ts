import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import type { z } from 'zod';
import { focusFirstInvalid, useApiAction } from './useApiAction';
import type { FieldErrors } from './validate';
import { validate } from './validate';

/**
 * A form checked with the same schema as the server before it is sent: field errors under
 * their inputs (focus moves to the first), the server's message when the request fails, and
 * `onDone` with the answer when it succeeds.
 */
export function useValidatedForm<T, R>(
  schema: z.ZodType<T>,
  fields: readonly string[],
  send: (data: T) => Promise<R>,
  /** Gets the answer and the form (to reset it, say). */
  onDone: (result: R, form: HTMLFormElement | null) => unknown,
) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { pending, error, run } = useApiAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = validate(schema, Object.fromEntries(fields.map((f) => [f, form.get(f)])));
    setErrors(result.errors ?? {});
    if (!result.data) return focusFirstInvalid(formRef.current);
    const { data } = result;
    const answer = await run(() => send(data));
    if (answer !== undefined) await onDone(answer, formRef.current);
  }

  return { formRef, errors, pending, error, handleSubmit };
}
