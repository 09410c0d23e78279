import { useState } from 'react';
import type { z } from 'zod';
import { useFieldDraft } from './useFieldDraft';

/**
 * A `useFieldDraft` whose draft is checked with a schema before it is saved: a rejected draft
 * leaves the live value alone and shows the schema's message (or `fallbackMessage`).
 */
export function useCheckedFieldDraft<T>(
  value: string,
  schema: z.ZodType<T>,
  save: (checked: T) => void,
  fallbackMessage?: string,
) {
  const [error, setError] = useState<string | null>(null);
  const field = useFieldDraft(value, (next) => {
    const parsed = schema.safeParse(next);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? fallbackMessage ?? null);
      return;
    }
    setError(null);
    save(parsed.data);
  });
  return { field, error };
}
