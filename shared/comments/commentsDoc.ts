import { z } from 'zod';
import type * as Y from 'yjs';
import { type CommentAnchor, commentAnchorSchema } from './commentAnchor';

/**
 * The Yjs layout of a comments document (`team/<id>/purpose/comments`,
 * `team/<id>/meeting/<meetingId>/comments`, `team/<id>/plan/<planId>/comments`…): the threads
 * on the rich text (a passage) or the plain fields (a whole field, by path) of the document it
 * is named after. Only the server writes it, on commands it checks, so authors come from the
 * session and nobody edits another's comment.
 * One root map, `threads`: thread id → the thread as plain JSON, replaced whole on change.
 * Changes to this layout are additive only.
 */
const ROOT = 'threads';

/** Longest quote kept with a thread (the passage as it read when the thread began). */
export const MAX_QUOTE_LENGTH = 500;
/** Longest comment, in characters. */
export const MAX_COMMENT_LENGTH = 2_000;
/** Most comments one thread holds (the first and its replies). */
export const MAX_COMMENTS_PER_THREAD = 200;
/** Most threads one document holds, resolved ones included. */
export const MAX_THREADS_PER_DOCUMENT = 1_000;

export const commentSchema = z.object({
  id: z.string().min(1),
  /** The person who wrote it, stamped by the server from their session. */
  authorId: z.string(),
  /** Their name when they wrote it. */
  authorName: z.string(),
  /** Plain text (never HTML); shown as typed, line breaks kept. */
  text: z.string(),
  /** Milliseconds since the epoch, by the server's clock. */
  createdAt: z.number(),
});
export type Comment = z.infer<typeof commentSchema>;

/** Longest path of a plain field a thread is on, e.g. `goals/<goalId>/why`. */
export const MAX_FIELD_PATH_LENGTH = 120;

export const commentThreadSchema = z
  .object({
    id: z.string().min(1),
    /**
     * The rich-text fragment of the target document the thread is on, e.g. `notes`; for a
     * thread on a plain field, that field's name (its path's last part, e.g. `why`).
     */
    field: z.string().min(1),
    /**
     * The passage, relative to that fragment's items: it follows the text as people edit.
     * Absent on a thread on a whole plain field.
     */
    anchor: commentAnchorSchema.optional(),
    /**
     * A thread on a whole plain field (of the work plan, of a cycle): the field's path as its
     * kind reads it, e.g. `goals/<goalId>/why` or `cycle/problemOfPractice`. Absent on a
     * thread on a passage of rich text.
     */
    path: z.string().min(1).max(MAX_FIELD_PATH_LENGTH).optional(),
    /**
     * The passage, or the whole field, as it read when the thread began (at most
     * MAX_QUOTE_LENGTH characters).
     */
    quote: z.string(),
    resolved: z.boolean().default(false),
    /** Who resolved it last, while it is resolved. */
    resolvedBy: z.object({ id: z.string(), name: z.string() }).nullable().default(null),
    resolvedAt: z.number().nullable().default(null),
    /** The first comment, then the replies, oldest first. */
    comments: z.array(commentSchema).min(1),
  })
  // A thread is on a passage or on a whole field, never both or neither.
  .refine((thread) => (thread.anchor === undefined) !== (thread.path === undefined), {
    message: 'A thread has an anchor or a path',
  });
export type CommentThread = z.infer<typeof commentThreadSchema>;

/** A thread on a passage of rich text. */
export type PassageThread = CommentThread & { anchor: CommentAnchor; path?: undefined };

/** A thread on a whole plain field. */
export type FieldThread = CommentThread & { path: string; anchor?: undefined };

/** Whether a thread is on a passage of rich text (rather than on a whole plain field). */
export function isPassageThread(thread: CommentThread): thread is PassageThread {
  return thread.anchor !== undefined;
}

/** Whether a thread is on a whole plain field. */
export function isFieldThread(thread: CommentThread): thread is FieldThread {
  return thread.path !== undefined;
}

function parseThread(value: unknown): CommentThread | null {
  const parsed = commentThreadSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The threads of a comments document, oldest first; entries that do not parse are skipped. */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const threads: CommentThread[] = [];
  doc.getMap(ROOT).forEach((value) => {
    const thread = parseThread(value);
    if (thread) threads.push(thread);
  });
  const startedAt = (thread: CommentThread) => thread.comments[0]?.createdAt ?? 0;
  return threads.sort((a, b) => startedAt(a) - startedAt(b) || a.id.localeCompare(b.id));
}

/** One thread, or null when there is no such (valid) thread. */
export function readThread(doc: Y.Doc, threadId: string): CommentThread | null {
  return parseThread(doc.getMap(ROOT).get(threadId));
}

/** How many threads the document holds. */
export function countThreads(doc: Y.Doc): number {
  return doc.getMap(ROOT).size;
}

/** Stores a thread, replacing any earlier version of it, in one transaction (server only). */
export function writeThread(doc: Y.Doc, thread: CommentThread): void {
  doc.transact(() => {
    doc.getMap(ROOT).set(thread.id, commentThreadSchema.parse(thread));
  });
}

/** Calls `onChange` with all threads whenever one is added or changed. */
export function observeThreads(doc: Y.Doc, onChange: (threads: CommentThread[]) => void) {
  const root = doc.getMap(ROOT);
  const handler = () => onChange(readThreads(doc));
  root.observe(handler);
  return () => root.unobserve(handler);
}
