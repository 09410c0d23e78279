import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  commentAnchorSchema,
  createTextAnchor,
  isAnchorElsewhere,
  readAnchoredText,
  resolveAnchor,
} from './commentAnchor';

const FIELD = 'notes';

function exchange(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** Writes paragraphs the way the editor stores them: one XmlText in each paragraph. */
function writeParagraphs(doc: Y.Doc, field: string, lines: string[]) {
  const fragment = doc.getXmlFragment(field);
  doc.transact(() => {
    for (const line of lines) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(line)]);
      fragment.insert(fragment.length, [paragraph]);
    }
  });
}

function textOf(doc: Y.Doc, field: string, paragraph: number): Y.XmlText {
  const element = doc.getXmlFragment(field).get(paragraph) as Y.XmlElement;
  return element.get(0) as Y.XmlText;
}

/** An anchor on `words` in the given paragraph, as its JSON would travel to the server. */
function anchorOn(doc: Y.Doc, words: string, paragraph = 0) {
  const text = textOf(doc, FIELD, paragraph);
  const from = text.toString().indexOf(words);
  if (from < 0) throw new Error(`"${words}" is not in the text`);
  const anchor = createTextAnchor(
    { type: text, index: from },
    { type: text, index: from + words.length },
  );
  return commentAnchorSchema.parse(JSON.parse(JSON.stringify(anchor)));
}

describe('comment anchors', () => {
  it('still cover the same words after concurrent inserts before, inside and after them', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeParagraphs(a, FIELD, ['We will read aloud every morning.']);
    exchange(a, b);
    const anchor = anchorOn(a, 'read aloud every');

    textOf(a, FIELD, 0).insert(0, 'Starting Monday, ');
    const inB = textOf(b, FIELD, 0);
    inB.insert(inB.toString().indexOf('aloud'), 'short texts ');
    inB.insert(inB.toString().indexOf(' morning'), ' single');
    exchange(a, b);

    expect(textOf(a, FIELD, 0).toString()).toBe(textOf(b, FIELD, 0).toString());
    expect(readAnchoredText(a, FIELD, anchor)).toBe('read short texts aloud every');
    expect(readAnchoredText(b, FIELD, anchor)).toBe('read short texts aloud every');
  });

  it('keeps text typed at either edge outside the passage', () => {
    const doc = new Y.Doc();
    writeParagraphs(doc, FIELD, ['one two three']);
    const anchor = anchorOn(doc, 'two');
    const text = textOf(doc, FIELD, 0);
    text.insert(4, 'X');
    text.insert(text.toString().indexOf('two') + 3, 'Y');
    expect(text.toString()).toBe('one XtwoY three');
    expect(readAnchoredText(doc, FIELD, anchor)).toBe('two');
  });

  it('shrinks with deletions inside and spans paragraphs', () => {
    const doc = new Y.Doc();
    writeParagraphs(doc, FIELD, ['First line here', 'second line there']);
    const first = textOf(doc, FIELD, 0);
    const second = textOf(doc, FIELD, 1);
    const anchor = createTextAnchor({ type: first, index: 6 }, { type: second, index: 11 });
    expect(readAnchoredText(doc, FIELD, anchor)).toBe('line here\nsecond line');
    second.delete(0, 7);
    expect(readAnchoredText(doc, FIELD, anchor)).toBe('line here\nline');
  });

  it('does not resolve in another field, nor in a copy that lacks the text yet', () => {
    const doc = new Y.Doc();
    writeParagraphs(doc, FIELD, ['notes text']);
    writeParagraphs(doc, 'other', ['other text']);
    const anchor = anchorOn(doc, 'notes');
    expect(resolveAnchor(doc, 'other', anchor)).toBeNull();
    expect(isAnchorElsewhere(doc, 'other', anchor)).toBe(true);
    expect(isAnchorElsewhere(doc, FIELD, anchor)).toBe(false);
    expect(
      isAnchorElsewhere(doc, 'other', { start: { tname: FIELD }, end: { tname: FIELD } }),
    ).toBe(true);

    const empty = new Y.Doc();
    expect(readAnchoredText(empty, FIELD, anchor)).toBeNull();
    expect(isAnchorElsewhere(empty, FIELD, anchor)).toBe(false);
  });

  it('refuses malformed positions', () => {
    for (const bad of [
      { start: {}, end: { tname: 'notes' } },
      { start: { item: { client: -1, clock: 0 } }, end: { tname: 'notes' } },
      { start: { tname: 'notes', extra: 1 }, end: { tname: 'notes' } },
      { start: { tname: 'notes', assoc: 5 }, end: { tname: 'notes' } },
      { start: { tname: 'notes' } },
    ]) {
      expect(commentAnchorSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
