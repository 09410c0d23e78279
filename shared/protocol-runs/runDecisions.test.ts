import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { protocolLibrary } from './protocolLibrary';
import { readRunControl, type RunDecision, writeRunControl } from './runControlDoc';

/** A control document as a run created before decisions were listed in it. */
function olderRun(): Y.Doc {
  const doc = new Y.Doc();
  const found = protocolLibrary[0];
  if (!found) throw new Error('the library has no protocol');
  const { id: _id, source: _source, ...protocol } = found;
  writeRunControl(doc, {
    title: 'Older run',
    protocol,
    presenter: '',
    facilitator: { id: 'f', name: 'Fay' },
  });
  return doc;
}

describe("a run's decision list in its control document", () => {
  it('reads as not yet listed in a run from before the list', () => {
    const control = readRunControl(olderRun());
    expect(control?.decisions).toBeNull();
    expect(control?.decisionFollow).toBeNull();
  });

  it('tolerates an unknown status and a damaged entry without losing the run', () => {
    const doc = olderRun();
    doc
      .getMap('run')
      .set('decisions', [
        { id: 'd1', title: 'Later start', status: 'archived-in-a-newer-version', followUps: [] },
      ]);
    expect(readRunControl(doc)?.decisions).toEqual([
      { id: 'd1', title: 'Later start', status: 'proposed', followUps: [] },
    ]);
    doc.getMap('run').set('decisions', [{ title: 42 }]);
    doc.getMap('run').set('decisionFollow', { seq: 'one' });
    const control = readRunControl(doc);
    expect(control?.title).toBe('Older run');
    expect(control?.decisions).toBeNull();
    expect(control?.decisionFollow).toBeNull();
  });

  it('reaches another copy whole', () => {
    const server = olderRun();
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(server));
    server.on('update', (update: Uint8Array) => Y.applyUpdate(device, update));
    const decisions: RunDecision[] = [
      { id: 'd1', title: 'Later start', status: 'decided', followUps: ['Ask'] },
    ];
    const decisionFollow = { seq: 1, decisionId: 'd1', byName: 'Fay', at: 1 };
    writeRunControl(server, { decisions, decisionFollow });
    expect(readRunControl(device)).toMatchObject({ decisions, decisionFollow });
  });
});
