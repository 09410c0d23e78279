import type { FormEvent } from 'react';
import { useState } from 'react';

/**
 * A text field bound to a live value that others may change. While the field has focus it
 * shows the person's draft; on blur the draft is committed (if it changed) and the field
 * follows the live value again, so remote edits never move the caret under someone typing.
 */
export function useFieldDraft(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  return {
    value: draft ?? value,
    onFocus: () => setDraft(value),
    onChange: (event: { currentTarget: { value: string } }) => setDraft(event.currentTarget.value),
    onBlur: () => {
      if (draft !== null && draft !== value) commit(draft);
      setDraft(null);
    },
  };
}

/**
 * The submit handler of a form of draft fields: blurring the focused field commits its draft
 * before the form goes away (Enter submits), then `onDone` closes the form.
 */
export function saveDraftsThen(onDone: () => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    onDone();
  };
}
