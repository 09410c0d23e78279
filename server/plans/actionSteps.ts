import { findRole } from '../../db/queries/teams';
import type { CreateActionInput } from '../../shared/api/plans';
import { planActionsDocumentName, workPlanDocumentName } from '../../shared/documents/documentName';
import { actions, strategies } from '../../shared/plans/planDoc';
import type { ApiDeps } from '../http/types';
import { PlanError } from './PlanError';

/**
 * Adds an action step to a plan that is not archived: refused without an owner who is a
 * member of the team (422) or a strategy of the plan (404). The callers check the plan.
 */
export async function addActionStep(
  deps: Pick<ApiDeps, 'db' | 'editDocument'>,
  teamId: string,
  planId: string,
  step: Required<CreateActionInput>,
  userId: string,
): Promise<string> {
  if (!(await findRole(deps.db, teamId, step.ownerId))) {
    throw new PlanError(422, 'owner_not_member', 'The owner must be a member of this team');
  }
  const strategyExists = await deps.editDocument(workPlanDocumentName(teamId, planId), (doc) =>
    strategies.read(doc).some((strategy) => strategy.id === step.strategyId),
  );
  if (!strategyExists) {
    throw new PlanError(404, 'strategy_not_found', 'No such strategy in this plan');
  }
  return deps.editDocument(
    planActionsDocumentName(teamId, planId),
    (doc) => actions.add(doc, { ...step, copiedFingerprint: null }),
    userId,
  );
}
