import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addEvidence,
  followUps,
  readDecisionFields,
  readEvidence,
  writeDecisionFields,
} from './decisionDoc';

function exchange(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('decision draft document', () => {
  it('converges when two people edit fields, evidence and follow-ups at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeDecisionFields(a, { title: 'Daily read-aloud', createdAt: 1 });
    exchange(a, b);
    writeDecisionFields(a, { owner: 'Ms. Rivera' });
    addEvidence(b, { kind: 'run-card', runId: 'r', cardId: 'c', text: 'Most scored below 60%' });
    followUps.add(a, {
      task: 'Pick the texts',
      owner: 'Sam',
      dueDate: '2026-12-01',
      status: 'open',
    });
    followUps.add(b, { task: 'Tell families', owner: '', dueDate: null, status: 'open' });
    exchange(a, b);
    expect(readDecisionFields(b)).toEqual(readDecisionFields(a));
    expect(readDecisionFields(a)).toMatchObject({ title: 'Daily read-aloud', owner: 'Ms. Rivera' });
    expect(readEvidence(a)).toEqual(readEvidence(b));
    expect(followUps.read(a)).toEqual(followUps.read(b));
    expect(followUps.read(a)).toHaveLength(2);
  });

  it('refuses unsafe evidence links and malformed dates', () => {
    const doc = new Y.Doc();
    expect(() =>
      addEvidence(doc, { kind: 'url', url: 'javascript:alert(1)', label: 'x' }),
    ).toThrow();
    expect(() =>
      followUps.add(doc, { task: 'x', owner: '', dueDate: 'tomorrow', status: 'open' }),
    ).toThrow();
    expect(readEvidence(doc)).toEqual([]);
  });
});
