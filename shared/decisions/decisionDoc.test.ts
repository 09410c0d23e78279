import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addEvidence,
  focusCheckOf,
  followUps,
  readDecisionFields,
  readDecisionFieldsOver,
  readEvidence,
  readIndexedEvidence,
  removeEvidence,
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

describe('decision fields', () => {
  it('reads the model and focus check, and reads nonsense in them as unanswered', () => {
    const doc = new Y.Doc();
    writeDecisionFields(doc, { title: 'T', createdAt: 1 });
    expect(focusCheckOf(readDecisionFields(doc))).toEqual({
      affects: null,
      studentIds: [],
      howWeWillKnow: '',
    });
    expect(readDecisionFields(doc)?.model).toBeNull();

    writeDecisionFields(doc, { model: 'fist-to-five', focusAffects: 'yes', focusHow: 'Exit data' });
    doc.getMap('decision').set('focusStudentIds', ['s-1']);
    expect(readDecisionFields(doc)?.model).toBe('fist-to-five');
    expect(focusCheckOf(readDecisionFields(doc))).toEqual({
      affects: 'yes',
      studentIds: ['s-1'],
      howWeWillKnow: 'Exit data',
    });

    // A client writing a value outside the schema breaks nothing else.
    doc.getMap('decision').set('model', 'coin-toss');
    doc.getMap('decision').set('focusStudentIds', 'everyone');
    expect(readDecisionFields(doc)).toMatchObject({ title: 'T', model: null, focusStudentIds: [] });
  });

  it("shows a change made before the server's copy arrived over what the page already knew", () => {
    const underneath = {
      title: 'From the list',
      owner: '',
      meetingId: null,
      runId: null,
      createdAt: 1,
      model: null,
      focusAffects: null,
      focusStudentIds: [],
      focusHow: '',
    };
    const local = new Y.Doc();
    writeDecisionFields(local, { focusAffects: 'no' });
    // Without the title and creation time the copy alone has no fields yet.
    expect(readDecisionFields(local)).toBeNull();
    expect(readDecisionFieldsOver(local, underneath)).toEqual({
      ...underneath,
      focusAffects: 'no',
    });

    // Once the server's copy arrives, its fields win over what the page knew.
    const server = new Y.Doc();
    writeDecisionFields(server, { title: 'Daily read-aloud', createdAt: 5 });
    Y.applyUpdate(local, Y.encodeStateAsUpdate(server));
    expect(readDecisionFieldsOver(local, underneath)).toMatchObject({
      title: 'Daily read-aloud',
      createdAt: 5,
      focusAffects: 'no',
    });
  });

  it('removes evidence by its stored index, skipping unreadable entries', () => {
    const doc = new Y.Doc();
    addEvidence(doc, { kind: 'url', url: 'https://example.org/a', label: 'A' });
    doc.getArray('evidence').push([{ kind: 'url', url: 'javascript:alert(1)', label: 'bad' }]);
    addEvidence(doc, { kind: 'artifact', artifactId: 'x', name: 'Essay.pdf' });
    const indexed = readIndexedEvidence(doc);
    expect(indexed.map((e) => e.index)).toEqual([0, 2]);
    removeEvidence(doc, 2);
    expect(readEvidence(doc)).toEqual([{ kind: 'url', url: 'https://example.org/a', label: 'A' }]);
  });
});
