import { findDecision } from '../../db/queries/decisions';
import { findPlan } from '../../db/queries/plans';
import { followUpActionInput } from '../../shared/api/plans';
import { followUps } from '../../shared/decisions/decisionDoc';
import { decisionDocumentName, isUuid } from '../../shared/documents/documentName';
import type { ActionStatus } from '../../shared/plans/planRules';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, teamRule } from '../http/ApiRouter';
import type { ApiDeps } from '../http/types';
import { clusterLockFor } from '../scale-out/ClusterLock';
import { addActionStep } from './actionSteps';
import { PlanError, planErrorResponse } from './PlanError';

const statusOf: Record<'open' | 'in-progress' | 'done', ActionStatus> = {
  open: 'not-started',
  'in-progress': 'on-track',
  done: 'done',
};

/**
 * A decision's follow-up becomes an action step of the work plan: the step takes the
 * follow-up's task and status, the owner and due date every step needs, and the follow-up
 * keeps a link to it. Once only: a second request for the same follow-up is refused.
 */
export function registerFollowUpActionRoute(router: ApiRouter, deps: ApiDeps): void {
  const lock = clusterLockFor(deps.db);
  router.add(
    'POST',
    '/api/teams/:teamId/decisions/:decisionId/follow-ups/:followUpId/action-step',
    teamRule('plan.edit'),
    async (c) => {
      const teamId = c.get('teamId');
      const decisionId = c.req.param('decisionId') ?? '';
      const followUpId = c.req.param('followUpId') ?? '';
      if (!isUuid(decisionId) || !(await findDecision(deps.db, teamId, decisionId))) {
        return apiError(c, 404, 'decision_not_found', 'No such decision in this team');
      }
      const body = await readJsonBody(c, followUpActionInput);
      if (!body.ok) return body.response;
      const plan = await findPlan(deps.db, teamId, body.value.planId);
      if (!plan) return apiError(c, 404, 'plan_not_found', 'No such plan in this team');
      if (plan.archivedAt) {
        return apiError(
          c,
          409,
          'plan_archived',
          "This is an earlier year's plan: it is kept as it was",
        );
      }
      const decisionDoc = decisionDocumentName(teamId, decisionId);
      try {
        const actionId = await lock.run(`follow-up:${decisionId}:${followUpId}`, async () => {
          const followUp = await deps.editDocument(decisionDoc, (doc) =>
            followUps.read(doc).find((item) => item.id === followUpId),
          );
          if (!followUp) throw new PlanError(404, 'item_not_found', 'No such follow-up');
          if (followUp.actionStep) {
            throw new PlanError(409, 'invalid_state', 'This follow-up is already an action step');
          }
          const id = await addActionStep(
            deps,
            teamId,
            plan.id,
            {
              strategyId: body.value.strategyId,
              task: followUp.task,
              ownerId: body.value.ownerId,
              dueDate: body.value.dueDate,
              status: statusOf[followUp.status],
              completionEvidence: '',
            },
            c.get('user').id,
          );
          await deps.editDocument(
            decisionDoc,
            (doc) =>
              followUps.update(doc, followUpId, { actionStep: { planId: plan.id, actionId: id } }),
            c.get('user').id,
          );
          return id;
        });
        return c.json({ actionId }, 201);
      } catch (error) {
        return planErrorResponse(c, error);
      }
    },
  );
}
