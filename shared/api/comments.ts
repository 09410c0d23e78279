import { z } from 'zod';
import { commentAnchorSchema } from '../comments/commentAnchor';
import {
  MAX_COMMENT_LENGTH,
  MAX_FIELD_PATH_LENGTH,
  MAX_QUOTE_LENGTH,
} from '../comments/commentsDoc';
import { MAX_DOCUMENT_NAME_LENGTH } from '../documents/documentName';

/** The text of a comment or reply: plain text, trimmed, 1 to MAX_COMMENT_LENGTH characters. */
export const commentTextSchema = z
  .string()
  .trim()
  .min(1, 'Write a comment')
  .max(MAX_COMMENT_LENGTH, `Keep it under ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters`);

/** The name of the purpose, meeting, decision, work plan or cycle document the comment is on. */
const targetDocument = z.string().min(1).max(MAX_DOCUMENT_NAME_LENGTH);

/**
 * `POST /api/teams/:teamId/comments` body: a new thread either on a passage of rich text
 * (`field`, `anchor`, `quote`) or on a whole plain field of a work plan or cycle (`path`, e.g.
 * `goals/<goalId>/why` or `cycle/problemOfPractice`; the server quotes the field itself).
 */
export const createThreadInput = z
  .strictObject({
    document: targetDocument,
    /** The rich-text field of that document, e.g. `statement`, `notes`, `text`, `rationale`. */
    field: z.string().min(1).max(50).optional(),
    anchor: commentAnchorSchema.optional(),
    /** The selected text when the thread began; longer quotes are cut. */
    quote: z
      .string()
      .transform((quote) => quote.slice(0, MAX_QUOTE_LENGTH))
      .optional(),
    /** The plain field's path, for a thread on a whole field. */
    path: z.string().min(1).max(MAX_FIELD_PATH_LENGTH).optional(),
    text: commentTextSchema,
  })
  .superRefine((input, context) => {
    const isPassage = input.field !== undefined || input.anchor !== undefined;
    if (input.path !== undefined ? isPassage || input.quote !== undefined : !isPassage) {
      context.addIssue({ code: 'custom', message: 'Give a path, or a field, anchor and quote' });
      return;
    }
    for (const key of ['field', 'anchor', 'quote'] as const) {
      if (input.path === undefined && input[key] === undefined) {
        context.addIssue({ code: 'custom', path: [key], message: 'Required' });
      }
    }
  });
export type CreateThreadInput = z.input<typeof createThreadInput>;

/** `POST /api/teams/:teamId/comments` answer (201). */
export interface CreatedThread {
  threadId: string;
}

/** `POST /api/teams/:teamId/comments/:threadId/replies` body (answers 201 `{ commentId }`). */
export const replyInput = z.strictObject({
  document: targetDocument,
  text: commentTextSchema,
});
export type ReplyInput = z.input<typeof replyInput>;

/** `POST /api/teams/:teamId/comments/:threadId/replies` answer (201). */
export interface CreatedReply {
  commentId: string;
}

/** `POST /api/teams/:teamId/comments/:threadId/resolve` body (answers 204). */
export const resolveThreadInput = z.strictObject({
  document: targetDocument,
  /** True resolves the thread, false reopens it. */
  resolved: z.boolean(),
});
export type ResolveThreadInput = z.input<typeof resolveThreadInput>;
