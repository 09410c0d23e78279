import { readCycleRecord } from '../../plans/cycleDoc';
import { projectCycleRecordDoc } from '../../plans/cycleProjection';
import { readCycleRecordVersionContent } from '../../plans/cycleVersion';
import { defineDocumentKind, namePattern } from '../documentKind';

/**
 * An improvement cycle's record: the prediction (locked once the first data point is in),
 * the data points and the close. The server writes it on commands it checks.
 */
export const cycleRecordKind = defineDocumentKind({
  kind: 'cycle-record',
  description: "An improvement cycle's prediction, data points and close: the server writes it",
  name: namePattern<'cycle-record', 'cycle/{cycleId}/record'>('cycle/{cycleId}/record'),
  layout: {
    version: 1,
    richText: [],
    maps: ['prediction', 'close'],
    arrays: ['dataPoints', 'studies'],
  },
  migrations: {},
  writers: 'server',
  owner: { table: 'improvementCycles', idField: 'cycleId', archivedColumn: 'archivedAt' },
  commentFields: [],
  exportJson: (doc, ref) => ({ cycleId: ref.cycleId, ...readCycleRecord(doc) }),
  versionContent: readCycleRecordVersionContent,
  projection: (doc, ref) => ({
    rows: 'cycle-record',
    cycleId: ref.cycleId,
    teamId: ref.teamId,
    ...projectCycleRecordDoc(doc),
  }),
});
