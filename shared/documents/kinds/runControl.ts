import { readRunControl } from '../../protocol-runs/runControlDoc';
import { richTextContent } from '../../versions/versionContent';
import { defineDocumentKind, namePattern } from '../documentKind';

/** A protocol run's control state: protocol, step, timer, reveals (`shared/protocol-runs/`). */
export const runControlKind = defineDocumentKind({
  kind: 'run-control',
  description: "A protocol run's control state: protocol, step, timer and reveals",
  name: namePattern<'run-control', 'run/{runId}/control'>('run/{runId}/control'),
  layout: { version: 1, richText: [], maps: ['run'], arrays: [] },
  migrations: {},
  writers: 'server',
  owner: { table: 'runs', idField: 'runId' },
  commentFields: [],
  exportJson: (doc, ref) => ({ runId: ref.runId, ...readRunControl(doc) }),
  versionContent: (doc) => richTextContent(doc, []),
  projection: null,
});
