import { actions } from '../../plans/planDoc';
import { projectPlanActionsDoc } from '../../plans/planProjection';
import { readPlanActionsVersionContent } from '../../plans/planVersion';
import { defineDocumentKind, namePattern } from '../documentKind';

/**
 * A work plan's action steps: the server writes them on commands it checks, so that no
 * action is kept without a task, an owner from the team and a due date.
 */
export const planActionsKind = defineDocumentKind({
  kind: 'plan-actions',
  description:
    "A work plan's action steps, each with an owner and a due date: the server writes it",
  name: namePattern<'plan-actions', 'plan/{planId}/actions'>('plan/{planId}/actions'),
  layout: { version: 1, richText: [], maps: [], arrays: ['actions'] },
  migrations: {},
  writers: 'server',
  owner: { table: 'workPlans', idField: 'planId', archivedColumn: 'archivedAt' },
  commentFields: [],
  exportJson: (doc, ref) => ({ planId: ref.planId, actions: actions.read(doc) }),
  versionContent: readPlanActionsVersionContent,
  projection: (doc, ref) => ({
    rows: 'plan-actions',
    planId: ref.planId,
    teamId: ref.teamId,
    actions: projectPlanActionsDoc(doc),
  }),
});
