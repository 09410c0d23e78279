import { readBoard } from '../../protocol-runs/runBoardDoc';
import { richTextContent } from '../../versions/versionContent';
import { defineDocumentKind, namePattern } from '../documentKind';

/** A protocol run's board: cards, groups, votes and norm ratings (`shared/protocol-runs/`). */
export const runBoardKind = defineDocumentKind({
  kind: 'run-board',
  description: "A protocol run's board: cards, groups, votes and norm ratings",
  name: namePattern<'run-board', 'run/{runId}/board'>('run/{runId}/board'),
  layout: { version: 1, richText: [], maps: ['cards', 'groups', 'normRatings'], arrays: [] },
  migrations: {},
  // Written by the server alone, on commands it checks (see teamActions in access/roles).
  writers: 'server',
  owner: { table: 'runs', idField: 'runId' },
  commentFields: [],
  // The board never holds the author of an anonymous card, so neither does the export.
  exportJson: (doc, ref) => ({ runId: ref.runId, ...readBoard(doc) }),
  versionContent: (doc) => richTextContent(doc, []),
  projection: null,
});
