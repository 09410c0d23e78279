import { z } from 'zod';

/** Field name to the first message zod gave for it. */
export type FieldErrors = Partial<Record<string, string>>;

/** Validates `value` with `schema`: the parsed data, or one message per invalid field. */
export function validate<T>(
  schema: z.ZodType<T>,
  value: unknown,
): { data: T; errors: null } | { data: null; errors: FieldErrors } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, errors: null };
  const { fieldErrors } = z.flattenError(result.error);
  const errors: FieldErrors = {};
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const first = (messages as string[] | undefined)?.[0];
    if (first) errors[field] = first;
  }
  return { data: null, errors };
}
