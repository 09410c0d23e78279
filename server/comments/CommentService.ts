import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema';
import type { CurrentUser } from '../../shared/api/auth';
import type { createThreadInput } from '../../shared/api/comments';
import type { ApiErrorCode } from '../../shared/api/errors';
import { isAnchorElsewhere } from '../../shared/comments/commentAnchor';
import {
  type Comment,
  type CommentThread,
  countThreads,
  MAX_COMMENTS_PER_THREAD,
  MAX_QUOTE_LENGTH,
  MAX_THREADS_PER_DOCUMENT,
  readThread,
  writeThread,
} from '../../shared/comments/commentsDoc';
import {
  type DocumentRef,
  commentsDocumentName,
  isCommentable,
  parseDocumentName,
} from '../../shared/documents/documentName';
import { kindSpec } from '../../shared/documents/registry';
import { findDocumentRecord } from '../access/authorize';
import type { EditDocument } from '../collab/contracts';

/** A refused command: the HTTP status, a stable code and a sentence for the person. */
export class CommentError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A validated `POST /comments` body. */
type NewThread = z.output<typeof createThreadInput>;

/** What a new thread is on: a passage (`anchor`) or a whole plain field (`path`). */
type ThreadPlace = Pick<CommentThread, 'field' | 'anchor' | 'path' | 'quote'>;

/** What a command changes in a thread, or why it cannot. */
type ThreadChange = CommentThread | 'missing' | 'full' | 'unchanged';

const noThread = () => new CommentError(404, 'item_not_found', 'No such comment thread');

/**
 * Comment threads on the rich text of purposes, meetings and decisions, and on the plain
 * fields of work plans and cycles. The comments document
 * is written here alone: authors are the signed-in caller, and each change reads and replaces
 * its thread inside one document transaction, so concurrent replies never overwrite each other.
 * The write is durable before the caller hears back.
 */
export class CommentService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly editDocument: EditDocument,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts a thread on a passage of rich text or on a whole plain field; returns its id. */
  async startThread(teamId: string, author: CurrentUser, input: NewThread): Promise<string> {
    const target = await this.requireTarget(teamId, input.document);
    const place =
      input.path === undefined
        ? await this.passageOf(target, input)
        : await this.plainFieldOf(target, input.document, input.path);
    const thread: CommentThread = {
      id: randomUUID(),
      ...place,
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
      comments: [this.comment(author, input.text)],
    };
    const stored = await this.editDocument(
      commentsDocumentName(target),
      (doc) => {
        if (countThreads(doc) >= MAX_THREADS_PER_DOCUMENT) return false;
        writeThread(doc, thread);
        return true;
      },
      author.id,
    );
    if (!stored) {
      throw new CommentError(409, 'invalid_state', 'This text has as many threads as it can hold');
    }
    return thread.id;
  }

  /** Adds a reply at the end of a thread; returns the reply's id. */
  async reply(
    teamId: string,
    threadId: string,
    author: CurrentUser,
    input: { document: string; text: string },
  ): Promise<string> {
    const reply = this.comment(author, input.text);
    await this.changeThread(teamId, input.document, threadId, author, (thread) =>
      thread.comments.length >= MAX_COMMENTS_PER_THREAD
        ? 'full'
        : { ...thread, comments: [...thread.comments, reply] },
    );
    return reply.id;
  }

  /** Resolves a thread (it stops being highlighted) or reopens it. */
  async setResolved(
    teamId: string,
    threadId: string,
    actor: CurrentUser,
    input: { document: string; resolved: boolean },
  ): Promise<void> {
    await this.changeThread(teamId, input.document, threadId, actor, (thread) => {
      if (thread.resolved === input.resolved) return 'unchanged';
      return input.resolved
        ? {
            ...thread,
            resolved: true,
            resolvedBy: { id: actor.id, name: actor.name },
            resolvedAt: this.now(),
          }
        : { ...thread, resolved: false, resolvedBy: null, resolvedAt: null };
    });
  }

  private comment(author: CurrentUser, text: string): Comment {
    return {
      id: randomUUID(),
      authorId: author.id,
      authorName: author.name,
      text,
      createdAt: this.now(),
    };
  }

  /** Where a thread on a passage goes: a rich-text field of the kind, around the anchor. */
  private async passageOf(target: DocumentRef, input: NewThread): Promise<ThreadPlace> {
    const { field, anchor, quote } = input;
    if (field === undefined || anchor === undefined || quote === undefined) {
      throw new CommentError(400, 'invalid_input', 'Give a field, anchor and quote');
    }
    if (!kindSpec(target.kind).commentFields.includes(field)) {
      throw new CommentError(400, 'invalid_input', 'field: not a rich-text field of that document');
    }
    const elsewhere = await this.editDocument(input.document, (doc) =>
      isAnchorElsewhere(doc, field, anchor),
    );
    if (elsewhere) {
      throw new CommentError(400, 'invalid_input', 'anchor: not a passage of that field');
    }
    return { field, anchor, quote };
  }

  /**
   * Where a thread on a whole plain field goes: a path the kind reads as one of its
   * commentable fields, in an item the document holds now. The quote is the field as the
   * server reads it, not as the caller says.
   */
  private async plainFieldOf(
    target: DocumentRef,
    document: string,
    path: string,
  ): Promise<ThreadPlace> {
    const readField = kindSpec(target.kind).plainCommentFields;
    const text = readField
      ? await this.editDocument(document, (doc) => readField(doc, path))
      : null;
    if (text === null) {
      throw new CommentError(400, 'invalid_input', 'path: not a field of that document');
    }
    const field = path.split('/').at(-1) ?? path;
    return { field, path, quote: text.slice(0, MAX_QUOTE_LENGTH) };
  }

  private async changeThread(
    teamId: string,
    document: string,
    threadId: string,
    actor: CurrentUser,
    change: (thread: CommentThread) => ThreadChange,
  ): Promise<void> {
    const target = await this.requireTarget(teamId, document);
    const outcome = await this.editDocument(
      commentsDocumentName(target),
      (doc): ThreadChange => {
        const thread = readThread(doc, threadId);
        if (!thread) return 'missing';
        const next = change(thread);
        if (typeof next !== 'string') writeThread(doc, next);
        return next;
      },
      actor.id,
    );
    if (outcome === 'missing') throw noThread();
    if (outcome === 'full') {
      throw new CommentError(
        409,
        'invalid_state',
        'This thread has as many replies as it can hold',
      );
    }
  }

  /**
   * The commented document, which must exist in the caller's team and not be kept read-only
   * (an earlier year's plan, a closed cycle).
   */
  private async requireTarget(teamId: string, document: string): Promise<DocumentRef> {
    const ref = parseDocumentName(document);
    if (!ref || !isCommentable(ref)) {
      throw new CommentError(400, 'invalid_input', 'document: not a document that takes comments');
    }
    const record = ref.teamId === teamId ? await findDocumentRecord(this.db, ref) : null;
    if (!record) throw new CommentError(404, 'item_not_found', 'No such document in this team');
    if (record.archived) {
      throw new CommentError(409, 'invalid_state', 'This document is kept as the team left it');
    }
    return ref;
  }
}
