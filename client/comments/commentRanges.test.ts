import { getSchema } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { StarterKit } from '@tiptap/starter-kit';
import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readAnchoredText } from '../../shared/comments/commentAnchor';
import { anchorFromRange, rangeOfAnchor } from './commentRanges';

const FIELD = 'statement';
const schema = getSchema([StarterKit]);

function exchange(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function writeParagraphs(doc: Y.Doc, lines: string[]) {
  const fragment = doc.getXmlFragment(FIELD);
  for (const line of lines) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(line)]);
    fragment.insert(fragment.length, [paragraph]);
  }
}

function textOf(doc: Y.Doc, paragraph: number): Y.XmlText {
  return (doc.getXmlFragment(FIELD).get(paragraph) as Y.XmlElement).get(0) as Y.XmlText;
}

/** The editor's view of a fragment: its ProseMirror document and the binding's mapping. */
function render(doc: Y.Doc) {
  const { doc: pmDoc, mapping } = initProseMirrorDoc(doc.getXmlFragment(FIELD), schema);
  return { pmDoc, mapping };
}

/** ProseMirror positions of `words` in a rendered document. */
function find(pmDoc: Node, words: string) {
  let found: { from: number; to: number } | null = null;
  pmDoc.descendants((node, pos) => {
    const at = node.isText ? (node.text ?? '').indexOf(words) : -1;
    if (!found && at >= 0) found = { from: pos + at, to: pos + at + words.length };
  });
  if (!found) throw new Error(`"${words}" is not in the document`);
  return found as { from: number; to: number };
}

describe('comment ranges in the editor', () => {
  it('anchors a selection so that it follows the words through concurrent edits', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    writeParagraphs(mine, ['Students read every day.', 'We check in on Fridays.']);
    exchange(mine, theirs);

    const before = render(mine);
    const range = find(before.pmDoc, 'read every');
    const anchor = anchorFromRange(range, mine.getXmlFragment(FIELD), before.mapping);
    expect(readAnchoredText(mine, FIELD, anchor)).toBe('read every');

    textOf(theirs, 0).insert(0, 'All ');
    const inside = textOf(theirs, 0);
    inside.insert(inside.toString().indexOf('every'), 'aloud ');
    textOf(mine, 1).insert(0, 'Then ');
    exchange(mine, theirs);

    for (const doc of [mine, theirs]) {
      const after = render(doc);
      const moved = rangeOfAnchor(
        anchor,
        doc.getXmlFragment(FIELD),
        after.mapping,
        after.pmDoc.content.size,
      );
      expect(moved).not.toBeNull();
      expect(after.pmDoc.textBetween(moved?.from ?? 0, moved?.to ?? 0)).toBe('read aloud every');
    }
  });

  it('keeps text typed right before or after the passage outside it', () => {
    const doc = new Y.Doc();
    writeParagraphs(doc, ['one two three']);
    const view = render(doc);
    const anchor = anchorFromRange(
      find(view.pmDoc, 'two'),
      doc.getXmlFragment(FIELD),
      view.mapping,
    );
    const text = textOf(doc, 0);
    text.insert(text.toString().indexOf('two'), '[');
    text.insert(text.toString().indexOf('two') + 3, ']');
    const after = render(doc);
    const range = rangeOfAnchor(
      anchor,
      doc.getXmlFragment(FIELD),
      after.mapping,
      after.pmDoc.content.size,
    );
    expect(after.pmDoc.textBetween(range?.from ?? 0, range?.to ?? 0)).toBe('two');
  });

  it('spans paragraphs and finds nothing once the passage is deleted', () => {
    const doc = new Y.Doc();
    writeParagraphs(doc, ['First line', 'Second line']);
    const view = render(doc);
    const range = { from: find(view.pmDoc, 'line').from, to: find(view.pmDoc, 'Second').to };
    const anchor = anchorFromRange(range, doc.getXmlFragment(FIELD), view.mapping);
    expect(readAnchoredText(doc, FIELD, anchor)).toBe('line\nSecond');

    doc.getXmlFragment(FIELD).delete(0, 2);
    writeParagraphs(doc, ['Something else']);
    const after = render(doc);
    expect(
      rangeOfAnchor(anchor, doc.getXmlFragment(FIELD), after.mapping, after.pmDoc.content.size),
    ).toBeNull();
  });
});
