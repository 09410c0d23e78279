import {
  type CreatedReply,
  type CreatedThread,
  createThreadInput,
  replyInput,
  resolveThreadInput,
} from '../../shared/api/comments';
import { isUuid } from '../../shared/documents/documentName';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, teamRule } from '../http/ApiRouter';
import type { ApiContext, ApiDeps } from '../http/types';
import { CommentError, CommentService } from './CommentService';

/** Answers a CommentError with its status; rethrows anything else. */
function commentError(c: ApiContext, error: unknown) {
  if (!(error instanceof CommentError)) throw error;
  return apiError(c, error.status, error.code, error.message);
}

/**
 * `/api/teams/:teamId/comments/*`: start a thread on a passage of rich text, reply, resolve
 * and reopen. Editors only; everyone in the team reads the threads in the comments document.
 */
export function registerCommentRoutes(router: ApiRouter, deps: ApiDeps): void {
  const comments = new CommentService(deps.db, deps.editDocument);
  const threadPath = '/api/teams/:teamId/comments/:threadId';
  const threadIdOf = (c: ApiContext) => {
    const id = c.req.param('threadId') ?? '';
    if (!isUuid(id)) throw new CommentError(404, 'item_not_found', 'No such comment thread');
    return id;
  };

  router.add('POST', '/api/teams/:teamId/comments', teamRule('decision.participate'), async (c) => {
    try {
      const body = await readJsonBody(c, createThreadInput);
      if (!body.ok) return body.response;
      const threadId = await comments.startThread(c.get('teamId'), c.get('user'), body.value);
      const answer: CreatedThread = { threadId };
      return c.json(answer, 201);
    } catch (error) {
      return commentError(c, error);
    }
  });

  router.add('POST', `${threadPath}/replies`, teamRule('decision.participate'), async (c) => {
    try {
      const threadId = threadIdOf(c);
      const body = await readJsonBody(c, replyInput);
      if (!body.ok) return body.response;
      const commentId = await comments.reply(c.get('teamId'), threadId, c.get('user'), body.value);
      const answer: CreatedReply = { commentId };
      return c.json(answer, 201);
    } catch (error) {
      return commentError(c, error);
    }
  });

  router.add('POST', `${threadPath}/resolve`, teamRule('decision.participate'), async (c) => {
    try {
      const threadId = threadIdOf(c);
      const body = await readJsonBody(c, resolveThreadInput);
      if (!body.ok) return body.response;
      await comments.setResolved(c.get('teamId'), threadId, c.get('user'), body.value);
      return c.body(null, 204);
    } catch (error) {
      return commentError(c, error);
    }
  });
}
