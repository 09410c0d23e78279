import { findDecision, listDecisionHistory, listDecisions } from '../../db/queries/decisions';
import { findMeeting } from '../../db/queries/meetings';
import {
  castVoteInput,
  changeStatusInput,
  createDecisionInput,
  type DecisionChanges,
  type DecisionList,
} from '../../shared/api/decisions';
import type { DecisionModel, DecisionStatus } from '../../shared/decisions/decisionRules';
import { isUuid } from '../../shared/documents/documentName';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, teamRule } from '../http/ApiRouter';
import type { ApiContext, ApiDeps } from '../http/types';
import { DecisionError, DecisionService } from './DecisionService';

/** Answers a DecisionError with its status; rethrows anything else. */
function decisionError(c: ApiContext, error: unknown) {
  if (!(error instanceof DecisionError)) throw error;
  return apiError(c, error.status, error.code, error.message);
}

/** `/api/teams/:teamId/decisions/*`: propose decisions, vote on them, move their status. */
export function registerDecisionRoutes(router: ApiRouter, deps: ApiDeps): void {
  const decisions = new DecisionService(deps.db, deps.editDocument);
  const decisionPath = '/api/teams/:teamId/decisions/:decisionId';
  const decisionIdOf = (c: ApiContext) => {
    const id = c.req.param('decisionId') ?? '';
    if (!isUuid(id)) throw new DecisionError(404, 'decision_not_found', 'No such decision');
    return id;
  };

  router.add('GET', '/api/teams/:teamId/decisions', teamRule('team.view'), async (c) => {
    const meetingId = c.req.query('meetingId') ?? null;
    if (meetingId !== null && !isUuid(meetingId)) {
      return apiError(c, 400, 'invalid_input', 'meetingId must be a meeting id');
    }
    const rows = await listDecisions(deps.db, c.get('teamId'), meetingId);
    const body: DecisionList = {
      decisions: rows.map((row) => ({
        id: row.id,
        title: row.title,
        status: row.status as DecisionStatus,
        model: row.model as DecisionModel | null,
        meetingId: row.meetingId,
        createdAt: row.createdAt.toISOString(),
      })),
    };
    return c.json(body);
  });

  router.add(
    'POST',
    '/api/teams/:teamId/decisions',
    teamRule('decision.participate'),
    async (c) => {
      const body = await readJsonBody(c, createDecisionInput);
      if (!body.ok) return body.response;
      const teamId = c.get('teamId');
      const meetingId = body.value.meetingId ?? null;
      if (meetingId && !(await findMeeting(deps.db, teamId, meetingId))) {
        return apiError(c, 404, 'meeting_not_found', 'No such meeting in this team');
      }
      const decisionId = await decisions.create(teamId, c.get('user'), {
        title: body.value.title,
        meetingId,
      });
      return c.json({ decisionId }, 201);
    },
  );

  router.add('GET', `${decisionPath}/vote`, teamRule('team.view'), async (c) => {
    try {
      return c.json(await decisions.myVote(c.get('teamId'), decisionIdOf(c), c.get('user').id));
    } catch (error) {
      return decisionError(c, error);
    }
  });

  router.add('PUT', `${decisionPath}/vote`, teamRule('decision.participate'), async (c) => {
    try {
      const decisionId = decisionIdOf(c);
      const body = await readJsonBody(c, castVoteInput);
      if (!body.ok) return body.response;
      const vote = await decisions.castVote(
        c.get('teamId'),
        decisionId,
        c.get('user'),
        body.value.value,
      );
      return c.json(vote);
    } catch (error) {
      return decisionError(c, error);
    }
  });

  router.add('POST', `${decisionPath}/vote/open`, teamRule('decision.facilitate'), async (c) => {
    try {
      await decisions.openVote(c.get('teamId'), decisionIdOf(c), c.get('user'));
      return c.body(null, 204);
    } catch (error) {
      return decisionError(c, error);
    }
  });

  router.add('POST', `${decisionPath}/vote/close`, teamRule('decision.facilitate'), async (c) => {
    try {
      await decisions.closeVote(c.get('teamId'), decisionIdOf(c), c.get('user'));
      return c.body(null, 204);
    } catch (error) {
      return decisionError(c, error);
    }
  });

  router.add('POST', `${decisionPath}/status`, teamRule('decision.participate'), async (c) => {
    try {
      const decisionId = decisionIdOf(c);
      const body = await readJsonBody(c, changeStatusInput);
      if (!body.ok) return body.response;
      await decisions.changeStatus(
        c.get('teamId'),
        decisionId,
        c.get('user'),
        c.get('teamRole'),
        body.value,
      );
      return c.body(null, 204);
    } catch (error) {
      return decisionError(c, error);
    }
  });

  router.add('GET', `${decisionPath}/changes`, teamRule('team.view'), async (c) => {
    try {
      const decisionId = decisionIdOf(c);
      if (!(await findDecision(deps.db, c.get('teamId'), decisionId))) {
        return apiError(c, 404, 'decision_not_found', 'No such decision');
      }
      const rows = await listDecisionHistory(deps.db, decisionId);
      const body: DecisionChanges = {
        changes: rows.map((row) => ({
          id: Number(row.id),
          field: row.field,
          before: row.before,
          after: row.after,
          byName: row.byName,
          at: row.changedAt.toISOString(),
        })),
      };
      return c.json(body);
    } catch (error) {
      return decisionError(c, error);
    }
  });
}
