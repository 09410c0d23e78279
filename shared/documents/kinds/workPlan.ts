import { readPlanCommentField } from '../../plans/commentPaths';
import { readPlanContent, readPlanFields } from '../../plans/planDoc';
import { projectPlanDoc } from '../../plans/planProjection';
import { readPlanVersionContent } from '../../plans/planVersion';
import { defineDocumentKind, namePattern } from '../documentKind';

/** A team's work plan for one school year: goals, strategies and checkpoints, co-written. */
export const workPlanKind = defineDocumentKind({
  kind: 'work-plan',
  description: "A school year's work plan: goals, strategies and checkpoints, co-written live",
  name: namePattern<'work-plan', 'plan/{planId}'>('plan/{planId}'),
  layout: {
    version: 1,
    richText: [],
    maps: ['plan'],
    arrays: ['goals', 'strategies', 'checkpoints'],
  },
  migrations: {},
  writers: 'editors',
  owner: { table: 'workPlans', idField: 'planId', archivedColumn: 'archivedAt' },
  commentFields: [],
  // Goals', strategies' and checkpoints' text fields, each as a whole (`goals/<id>/why`).
  plainCommentFields: readPlanCommentField,
  exportJson: (doc, ref) => ({
    planId: ref.planId,
    ...readPlanFields(doc),
    ...readPlanContent(doc),
  }),
  versionContent: readPlanVersionContent,
  projection: (doc, ref) => {
    const projected = projectPlanDoc(doc);
    return (
      projected && { rows: 'plan-content', planId: ref.planId, teamId: ref.teamId, ...projected }
    );
  },
});
