import { z } from 'zod';
import type * as Y from 'yjs';
import { commentAnchorSchema } from './commentAnchor';

/**
 * The Yjs layout of a comments document (`team/<id>/purpose/comments`,
 * `team/<id>/meeting/<meetingId>/comments`, `team/<id>/decision/<decisionId>/comments`): the
 * threads on the rich text of the document it is named after. Only the server writes it, on
 * commands it checks, so authors come from the session and nobody edits another's comment.
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

export const commentThreadSchema = z.object({
  id: z.string().min(1),
  /** The rich-text fragment of the target document the thread is on, e.g. `notes`. */
  field: z.string().min(1),
  /** The passage, relative to that fragment's items: it follows the text as people edit. */
  anchor: commentAnchorSchema,
  /** The passage as it read when the thread began (at most MAX_QUOTE_LENGTH characters). */
  quote: z.string(),
  resolved: z.boolean().default(false),
  /** Who resolved it last, while it is resolved. */
  resolvedBy: z.object({ id: z.string(), name: z.string() }).nullable().default(null),
  resolvedAt: z.number().nullable().default(null),
  /** The first comment, then the replies, oldest first. */
  comments: z.array(commentSchema).min(1),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

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
