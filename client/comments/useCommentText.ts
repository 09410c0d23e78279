import type { FormEvent } from 'react';
import { useState } from 'react';
import { commentTextSchema } from '../../shared/api/comments';
import { ApiError } from '../api/apiClient';

interface CommentTextOptions {
  /** Stores the checked text; a thrown `ApiError` shows its message under the box. */
  send: (text: string) => Promise<unknown>;
  /** Shown when the schema rejects the text without a message of its own. */
  emptyMessage: string;
  /** Shown when sending fails for a reason other than an `ApiError`. */
  failureMessage: string;
  /** Whether the box empties for the next comment once sent (a reply) or stays (the form closes). */
  isClearedAfterSend: boolean;
}

/** The text box of a comment form: checks the text with the shared schema, then sends it. */
export function useCommentText({
  send,
  emptyMessage,
  failureMessage,
  isClearedAfterSend,
}: CommentTextOptions) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = commentTextSchema.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? emptyMessage);
      return;
    }
    setIsSaving(true);
    try {
      await send(parsed.data);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : failureMessage);
      setIsSaving(false);
      return;
    }
    if (!isClearedAfterSend) return;
    setText('');
    setError(null);
    setIsSaving(false);
  }

  return { text, setText, error, isSaving, handleSubmit };
}
