import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEvidence, followUps, writeDecisionFields } from '../../shared/decisions/decisionDoc';
import {
  agenda,
  setAttendance,
  writeMeetingFields,
  unlinkedAgendaItem,
} from '../../shared/meetings/meetingDoc';
import { formatCalendarDate } from '../../shared/time/teamTime';
import { readVersionContent } from './versionContent';

const TEAM = '00000000-0000-4000-8000-000000000001';
const ID = '00000000-0000-4000-8000-000000000002';

describe('readVersionContent', () => {
  it('reads a decision: its rich text, fields with names, evidence and follow-ups', () => {
    const doc = new Y.Doc();
    writeDecisionFields(doc, {
      title: 'Daily read-aloud',
      owner: 'Ana',
      createdAt: 1,
      model: 'consent',
      focusAffects: 'yes',
      focusStudentIds: ['s1', 'gone'],
    });
    addEvidence(doc, { kind: 'url', url: 'https://example.org/data', label: 'Benchmark' });
    addEvidence(doc, { kind: 'url', url: 'https://example.org/data', label: 'Twice' });
    followUps.add(doc, { task: 'Pick texts', owner: 'Ben', dueDate: '2026-03-06', status: 'open' });

    const content = readVersionContent(doc, `team/${TEAM}/decision/${ID}`, {
      student: (id) => (id === 's1' ? 'J.M.' : undefined),
    });
    expect(content.richText.map((part) => part.label)).toEqual(['Decision text', 'Rationale']);
    const [details, evidence, tasks] = content.sections;
    expect(details?.kind === 'fields' && details.fields).toEqual(
      expect.arrayContaining([
        { key: 'title', label: 'Title', value: 'Daily read-aloud' },
        { key: 'model', label: 'Decision-making model', value: 'Consent (no objections)' },
        {
          key: 'focusStudentIds',
          label: 'Students of focus it affects',
          value: 'J.M., A student of focus no longer listed',
        },
      ]),
    );
    // The same link twice is one piece of evidence.
    expect(evidence?.kind === 'items' && evidence.items.map((item) => item.id)).toEqual([
      'url:https://example.org/data',
    ]);
    expect(tasks?.kind === 'items' && tasks.items[0]?.fields.map((f) => f.value)).toEqual([
      'Pick texts',
      'Ben',
      formatCalendarDate('2026-03-06'),
      'Not started',
    ]);
  });

  it('reads a meeting: notes, fields, agenda, and attendance by member name', () => {
    const doc = new Y.Doc();
    writeMeetingFields(doc, { title: 'Weekly ILT', date: '2026-03-03', createdAt: 1 });
    agenda.add(doc, {
      title: 'Data review',
      kind: 'data-review',
      minutes: 15,
      owner: '',
      studentArtifact: false,
      ...unlinkedAgendaItem,
    });
    setAttendance(doc, 'u2', false);
    setAttendance(doc, 'u1', true);

    const content = readVersionContent(doc, `team/${TEAM}/meeting/${ID}`, {
      member: (id) => ({ u1: 'Ben Ode', u2: 'Ana Ruiz' })[id],
    });
    expect(content.richText.map((part) => part.label)).toEqual(['Notes']);
    const [details, items, attendance] = content.sections;
    expect(details?.kind === 'fields' && details.fields.map((f) => f.value)).toEqual([
      'Weekly ILT',
      formatCalendarDate('2026-03-03'),
    ]);
    expect(items?.kind === 'items' && items.items[0]?.fields[1]).toEqual({
      key: 'kind',
      label: 'Kind',
      value: 'Data review',
    });
    expect(attendance?.kind === 'fields' && attendance.fields).toEqual([
      { key: 'u2', label: 'Ana Ruiz', value: 'Absent' },
      { key: 'u1', label: 'Ben Ode', value: 'Present' },
    ]);
  });

  it('reads only the rich text of kinds it has no fields for, and nothing of unknown names', () => {
    expect(readVersionContent(new Y.Doc(), 'not/a/document')).toEqual({
      richText: [],
      sections: [],
    });
  });
});
