import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { commitments, looksLikeFullName, studentsOfFocus } from './purposeDoc';

/** Two documents wired together the way the server relays updates. */
function connectedPair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(b, update, 'remote');
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(a, update, 'remote');
  });
  return { a, b };
}

function exchange(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('purpose document lists', () => {
  it('adds, edits, reorders and removes students of focus, and peers see it', () => {
    const { a, b } = connectedPair();
    const first = studentsOfFocus.add(a, {
      label: 'J.M.',
      why: 'Reading below grade',
      hearFrom: '',
    });
    const second = studentsOfFocus.add(b, {
      label: '8th grade boys with chronic absences',
      why: '',
      hearFrom: 'Monthly focus group',
    });
    expect(studentsOfFocus.read(b).map((s) => s.id)).toEqual([first, second]);

    studentsOfFocus.update(b, first, { why: 'Reading two years below grade' });
    studentsOfFocus.move(a, second, 0);
    expect(studentsOfFocus.read(a)).toEqual(studentsOfFocus.read(b));
    expect(studentsOfFocus.read(a).map((s) => s.label)).toEqual([
      '8th grade boys with chronic absences',
      'J.M.',
    ]);
    expect(studentsOfFocus.read(a)[1]?.why).toBe('Reading two years below grade');

    studentsOfFocus.remove(b, second);
    expect(studentsOfFocus.read(a).map((s) => s.id)).toEqual([first]);
  });

  it('keeps a concurrent edit and move of the same item', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const x = commitments.add(a, { text: 'Start on time' });
    const y = commitments.add(a, { text: 'Assume good intent' });
    exchange(a, b);

    commitments.update(a, x, { text: 'Start and end on time' });
    commitments.move(b, x, 1);
    exchange(a, b);

    const expected = [
      { id: y, text: 'Assume good intent' },
      { id: x, text: 'Start and end on time' },
    ];
    expect(commitments.read(a)).toEqual(expected);
    expect(commitments.read(b)).toEqual(expected);
  });

  it('skips items it cannot read and tolerates missing optional fields', () => {
    const doc = new Y.Doc();
    const array = doc.getArray<Y.Map<unknown>>('studentsOfFocus');
    const broken = new Y.Map<unknown>();
    broken.set('id', 'x');
    broken.set('label', 42);
    const old = new Y.Map<unknown>();
    old.set('id', 'old');
    old.set('label', 'Group A');
    array.push([broken, old]);
    expect(studentsOfFocus.read(doc)).toEqual([
      { id: 'old', label: 'Group A', why: '', hearFrom: '' },
    ]);
  });

  it('refuses an empty label', () => {
    const doc = new Y.Doc();
    expect(() => studentsOfFocus.add(doc, { label: '  ', why: '', hearFrom: '' })).toThrow();
    expect(studentsOfFocus.read(doc)).toEqual([]);
  });

  it('notifies observers with plain records', () => {
    const doc = new Y.Doc();
    const seen: string[][] = [];
    const stop = commitments.observe(doc, (items) => seen.push(items.map((c) => c.text)));
    commitments.add(doc, { text: 'Norm one' });
    stop();
    commitments.add(doc, { text: 'Norm two' });
    expect(seen).toEqual([['Norm one']]);
  });
});

describe('full-name hint', () => {
  it.each([
    ['Maria Lopez', true],
    ['Jean-Luc Picard', true],
    ['J.M.', false],
    ['8th grade boys', false],
    ['ELL students in 6th grade', false],
    ['JM', false],
  ])('%s -> %s', (label, expected) => {
    expect(looksLikeFullName(label)).toBe(expected);
  });
});
