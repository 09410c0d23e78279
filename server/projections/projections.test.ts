import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEvidence, followUps, writeDecisionFields } from '../../shared/decisions/decisionDoc';
import { writeDecisionStatus } from '../../shared/decisions/decisionStatusDoc';
import { setAttendance, writeMeetingFields } from '../../shared/meetings/meetingDoc';
import {
  projectDecisionDoc,
  projectDecisionStatusDoc,
} from '../../shared/decisions/decisionProjection';
import { projectMeetingDoc } from '../../shared/meetings/meetingProjection';
import { stableJson } from '../../shared/util/stableJson';
import { changedKeys } from './rowChanges';

describe('projecting documents onto rows', () => {
  it('reads a decision document into the columns review screens query', () => {
    const doc = new Y.Doc();
    expect(projectDecisionDoc(doc)).toBeNull();
    writeDecisionFields(doc, { title: 'Exit tickets', createdAt: 1, model: 'consent' });
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Every class, every day.')]);
    doc.getXmlFragment('text').insert(0, [paragraph]);
    addEvidence(doc, { kind: 'url', url: 'https://example.org', label: 'Data' });
    followUps.add(doc, { task: 'Print', owner: '', dueDate: null, status: 'open' });
    followUps.add(doc, { task: 'Share', owner: 'Li', dueDate: '2026-12-01', status: 'done' });

    const projected = projectDecisionDoc(doc);
    expect(projected?.columns).toMatchObject({
      title: 'Exit tickets',
      model: 'consent',
      decisionText: 'Every class, every day.',
      rationale: '',
      evidence: [{ kind: 'url', url: 'https://example.org', label: 'Data' }],
      focusAffects: null,
    });
    expect(projected?.followUps.map((f) => [f.position, f.task])).toEqual([
      [0, 'Print'],
      [1, 'Share'],
    ]);
  });

  it('reads the status document, and a meeting with who was present', () => {
    const status = new Y.Doc();
    expect(projectDecisionStatusDoc(status)).toMatchObject({ status: 'proposed', tally: null });
    writeDecisionStatus(status, {
      status: 'decided',
      decided: { at: 5, byId: 'u1', byName: 'Fay', model: 'leader-decides', result: 'ok' },
    });
    expect(projectDecisionStatusDoc(status)).toMatchObject({ decidedAt: 5, decidedBy: 'u1' });

    const meeting = new Y.Doc();
    writeMeetingFields(meeting, { title: 'ILT', date: '2026-11-24', createdAt: 1 });
    setAttendance(meeting, 'b', true);
    setAttendance(meeting, 'a', true);
    setAttendance(meeting, 'c', false);
    expect(projectMeetingDoc(meeting)).toEqual({
      title: 'ILT',
      meetingDate: '2026-11-24',
      attendeeIds: ['a', 'b'],
    });
  });

  it('compares stored jsonb and dates with fresh values, whatever the key order', () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(
      stableJson({ a: [{ c: 3, d: 2 }], b: 1 }),
    );
    const stored = { title: 'A', evidence: [{ label: 'x', kind: 'url' }], decidedAt: new Date(5) };
    expect(
      changedKeys(stored, { title: 'A', evidence: [{ kind: 'url', label: 'x' }], decidedAt: 5 }),
    ).toEqual([]);
    expect(changedKeys(stored, { title: 'B', evidence: [], decidedAt: null })).toEqual([
      'title',
      'evidence',
      'decidedAt',
    ]);
  });
});
