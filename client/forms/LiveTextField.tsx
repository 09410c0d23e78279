import { Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { z } from 'zod';
import { useFieldDraft } from './useFieldDraft';

interface LiveTextFieldProps {
  label: string;
  description?: string;
  /** The live value, as others may change it. */
  value: string;
  /** Checks and cleans what was typed before it is saved. */
  schema: z.ZodType<string>;
  onCommit: (next: string) => void;
  readOnly: boolean;
  maxLength: number;
  required?: boolean;
  /** `date` for a calendar date (YYYY-MM-DD), `decimal` for a number. */
  type?: 'text' | 'date' | 'decimal';
  /** Several lines of text (notes): Enter starts a new line, leaving the field saves. */
  multiline?: boolean;
}

/**
 * A one-line field of a shared document, live: it shows the person's draft while they type
 * and saves it when they leave the field (or press Enter), if it is valid.
 */
export function LiveTextField({
  label,
  description,
  value,
  schema,
  onCommit,
  readOnly,
  maxLength,
  required,
  type = 'text',
  multiline = false,
}: LiveTextFieldProps) {
  const [error, setError] = useState<string | null>(null);
  const draft = useFieldDraft(value, (next) => {
    const parsed = schema.safeParse(next);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check this field');
      return;
    }
    setError(null);
    if (parsed.data !== value) onCommit(parsed.data);
  });

  if (multiline) {
    return (
      <Textarea
        label={label}
        description={description}
        readOnly={readOnly}
        required={required}
        maxLength={maxLength}
        autosize
        minRows={3}
        error={error ?? undefined}
        {...draft}
      />
    );
  }
  return (
    <TextInput
      label={label}
      description={description}
      readOnly={readOnly}
      required={required}
      maxLength={maxLength}
      type={type === 'date' ? 'date' : 'text'}
      inputMode={type === 'decimal' ? 'decimal' : undefined}
      error={error ?? undefined}
      {...draft}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
    />
  );
}
