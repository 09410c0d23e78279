import { readCycleCommentField } from '../../plans/commentPaths';
import { readCycleContent } from '../../plans/cycleDoc';
import { projectCycleDoc } from '../../plans/cycleProjection';
import { readCycleVersionContent } from '../../plans/cycleVersion';
import { defineDocumentKind, namePattern } from '../documentKind';

/** An improvement cycle under a goal of the work plan: framing, change idea, measures, study. */
export const cycleKind = defineDocumentKind({
  kind: 'cycle',
  description: "An improvement cycle's framing, change idea, measures and study notes, co-written",
  name: namePattern<'cycle', 'cycle/{cycleId}'>('cycle/{cycleId}'),
  layout: { version: 1, richText: [], maps: ['cycle'], arrays: ['measures'] },
  migrations: {},
  writers: 'editors',
  // Closed cycles, and the cycles of an earlier year's plan, are kept as they were.
  owner: { table: 'improvementCycles', idField: 'cycleId', archivedColumn: 'archivedAt' },
  commentFields: [],
  // The framing, study notes and measure names, each as a whole (`cycle/problemOfPractice`).
  plainCommentFields: readCycleCommentField,
  exportJson: (doc, ref) => ({ cycleId: ref.cycleId, ...readCycleContent(doc) }),
  versionContent: readCycleVersionContent,
  projection: (doc, ref) => {
    const projected = projectCycleDoc(doc);
    return (
      projected && { rows: 'cycle-fields', cycleId: ref.cycleId, teamId: ref.teamId, ...projected }
    );
  },
});
