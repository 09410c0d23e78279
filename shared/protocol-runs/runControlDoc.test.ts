import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readRunControl, writeRunControl } from './runControlDoc';
import { shownColumns } from './shownColumns';

describe('run control document', () => {
  it('reads a run stored before steps could show earlier columns', () => {
    const doc = new Y.Doc();
    // Written whole, as the server stored runs before `shows` existed.
    const step = (id: string, title: string) => ({
      id,
      title,
      minutes: 5,
      prompt: 'p',
      speaking: 'everyone',
      columns: ['I notice'],
      collect: 'open',
    });
    doc.getMap('run').set('title', 'Old run');
    doc.getMap('run').set('protocol', {
      name: 'Old notice and wonder',
      description: '',
      roles: [],
      steps: [step('step-1', 'Silent noticing'), step('step-2', 'Share what we noticed')],
    });
    doc.getMap('run').set('presenter', '');
    doc.getMap('run').set('facilitator', { id: 'f', name: 'Fiona' });
    const control = readRunControl(doc);
    expect(control?.protocol.steps.map((s) => s.shows)).toEqual([undefined, undefined]);
    expect(shownColumns(control!.protocol, 1)).toEqual([]);
  });

  it('keeps the columns a step shows', () => {
    const doc = new Y.Doc();
    const shows = [{ stepId: 'a', column: 'Warm' }];
    writeRunControl(doc, {
      title: 'Run',
      presenter: '',
      facilitator: { id: 'f', name: 'Fiona' },
      protocol: {
        name: 'P',
        description: '',
        roles: [],
        steps: [
          {
            id: 'a',
            title: 'A',
            minutes: 1,
            prompt: 'p',
            speaking: 'silent',
            columns: ['Warm'],
            collect: 'private',
          },
          {
            id: 'b',
            title: 'B',
            minutes: 1,
            prompt: 'p',
            speaking: 'everyone',
            columns: [],
            collect: 'open',
            shows,
          },
        ],
      },
    });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readRunControl(copy)?.protocol.steps[1]?.shows).toEqual(shows);
  });
});
