import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RichTextNode } from '../../shared/collab/richText';
import { commitments, studentsOfFocus } from '../../shared/purpose/purposeDoc';
import { compareBlocks, compareVersions, compareWords, textBlocks } from './compareVersions';
import type { VersionContent } from '../../shared/versions/versionContent';
import { readVersionContent } from './versionContent';

const text = (value: string): RichTextNode => ({ type: 'text', text: value });
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const doc = (...content: RichTextNode[]): RichTextNode => ({ type: 'doc', content });

const TEAM = '00000000-0000-4000-8000-000000000001';
const PURPOSE = `team/${TEAM}/purpose`;

describe('textBlocks', () => {
  it('reads paragraphs, headings and list items in order, leaving out empty ones', () => {
    const node = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Why we meet')] },
      paragraph(text('We focus on '), { ...text('reading'), marks: [{ type: 'bold' }] }, text('.')),
      paragraph(),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('Data')), paragraph(text('More'))] },
          { type: 'listItem', content: [paragraph(text('Norms'))] },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [paragraph(text('Third'))] }],
      },
      paragraph(text('Line'), { type: 'hardBreak' }, text('break')),
    );
    expect(textBlocks(node)).toEqual([
      'Why we meet',
      'We focus on reading.',
      '• Data',
      'More',
      '• Norms',
      '3. Third',
      'Line\nbreak',
    ]);
  });
});

describe('compareWords', () => {
  it('marks the words added and removed, keeping the rest', () => {
    expect(compareWords('We read every day', 'We write every single day')).toEqual([
      { kind: 'same', text: 'We ' },
      { kind: 'removed', text: 'read' },
      { kind: 'added', text: 'write' },
      { kind: 'same', text: ' every ' },
      { kind: 'added', text: 'single ' },
      { kind: 'same', text: 'day' },
    ]);
  });

  it('has nothing to mark when the text is the same', () => {
    expect(compareWords('Same words', 'Same words')).toEqual([
      { kind: 'same', text: 'Same words' },
    ]);
  });
});

describe('compareBlocks', () => {
  it('keeps equal paragraphs, pairs edited ones and lists the rest as added or removed', () => {
    const blocks = compareBlocks(
      ['Intro', 'We read daily', 'Old ending'],
      ['Intro', 'We read weekly', 'New ending', 'Extra'],
    );
    expect(blocks.map((b) => b.kind)).toEqual(['same', 'changed', 'changed', 'added']);
    expect(blocks[1]?.parts).toEqual([
      { kind: 'same', text: 'We read ' },
      { kind: 'removed', text: 'daily' },
      { kind: 'added', text: 'weekly' },
    ]);
    expect(blocks[3]?.parts).toEqual([{ kind: 'added', text: 'Extra' }]);
  });

  it('shows a removed paragraph whole', () => {
    expect(compareBlocks(['Keep', 'Drop'], ['Keep'])).toEqual([
      { kind: 'same', parts: [{ kind: 'same', text: 'Keep' }] },
      { kind: 'removed', parts: [{ kind: 'removed', text: 'Drop' }] },
    ]);
  });
});

describe('compareVersions', () => {
  function purposeDoc(statement: string[]): Y.Doc {
    const ydoc = new Y.Doc();
    const fragment = ydoc.getXmlFragment('statement');
    fragment.insert(
      0,
      statement.map((words) => {
        const p = new Y.XmlElement('paragraph');
        p.insert(0, [new Y.XmlText(words)]);
        return p;
      }),
    );
    return ydoc;
  }

  it('compares the rich text and the lists of two purpose versions by id', () => {
    const before = purposeDoc(['We improve reading.']);
    const jm = studentsOfFocus.add(before, { label: 'J.M.', why: 'Reading', hearFrom: '' });
    const grade8 = studentsOfFocus.add(before, { label: 'Grade 8', why: '', hearFrom: '' });
    const norm = commitments.add(before, { text: 'Start on time' });
    commitments.add(before, { text: 'Phones away' });

    const after = new Y.Doc();
    Y.applyUpdate(after, Y.encodeStateAsUpdate(before));
    const fragment = after.getXmlFragment('statement');
    const first = fragment.get(0) as Y.XmlElement;
    (first.get(0) as Y.XmlText).insert('We improve'.length, ' writing and');
    studentsOfFocus.update(after, jm, { why: 'Reading and writing' });
    studentsOfFocus.remove(after, grade8);
    studentsOfFocus.add(after, { label: 'A.B.', why: '', hearFrom: 'Surveys' });
    commitments.move(after, norm, 1);

    const comparison = compareVersions(
      readVersionContent(before, PURPOSE),
      readVersionContent(after, PURPOSE),
    );
    expect(comparison.hasChanges).toBe(true);
    expect(comparison.richText[0]?.blocks).toEqual([
      {
        kind: 'changed',
        parts: [
          { kind: 'same', text: 'We improve ' },
          { kind: 'added', text: 'writing and ' },
          { kind: 'same', text: 'reading.' },
        ],
      },
    ]);
    const [students, norms] = comparison.sections;
    if (students?.kind !== 'items' || norms?.kind !== 'items') throw new Error('expected lists');
    expect(students.added.map((item) => item.fields[0]?.value)).toEqual(['A.B.']);
    expect(students.removed.map((item) => item.fields[0]?.value)).toEqual(['Grade 8']);
    expect(students.changed).toEqual([
      {
        id: jm,
        title: 'J.M.',
        changes: [
          { key: 'why', label: 'Why in focus', before: 'Reading', after: 'Reading and writing' },
        ],
      },
    ]);
    expect(students.moved).toEqual([]);
    expect(norms.moved.map((item) => item.id)).toEqual([norm]);
    expect(norms.added).toEqual([]);
    expect(norms.changed).toEqual([]);
  });

  it('finds no changes between equal versions', () => {
    const one = purposeDoc(['Same']);
    const content = readVersionContent(one, PURPOSE);
    const comparison = compareVersions(content, content);
    expect(comparison.hasChanges).toBe(false);
    expect(comparison.sections.every((s) => !s.hasChanges)).toBe(true);
  });

  it('lists fields that changed, appeared or were cleared', () => {
    const before: VersionContent = {
      richText: [],
      sections: [
        {
          kind: 'fields',
          key: 'attendance',
          label: 'Attendance',
          fields: [
            { key: 'u1', label: 'Ana', value: 'Absent' },
            { key: 'u2', label: 'Ben', value: 'Present' },
          ],
        },
      ],
    };
    const after: VersionContent = {
      richText: [],
      sections: [
        {
          kind: 'fields',
          key: 'attendance',
          label: 'Attendance',
          fields: [
            { key: 'u1', label: 'Ana', value: 'Present' },
            { key: 'u3', label: 'Cy', value: 'Present' },
          ],
        },
      ],
    };
    const [attendance] = compareVersions(before, after).sections;
    expect(attendance).toMatchObject({
      kind: 'fields',
      hasChanges: true,
      changes: [
        { key: 'u1', before: 'Absent', after: 'Present' },
        { key: 'u3', before: '', after: 'Present' },
        { key: 'u2', before: 'Present', after: '' },
      ],
    });
  });
});
