import { getSchema } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { StarterKit } from '@tiptap/starter-kit';
import { initProseMirrorDoc, ySyncPlugin } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  commentHighlightsPlugin,
  highlightedRange,
  setHighlightedThreads,
} from './commentHighlights';
import { anchorFromRange, draftFromSelection, rangeInEditor } from './commentRanges';

const FIELD = 'notes';
const schema = getSchema([StarterKit]);

/** An editor state bound to a fragment the way the Collaboration extension binds it. */
function editorState(lines: string[]) {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment(FIELD);
  for (const line of lines) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(line)]);
    fragment.insert(fragment.length, [paragraph]);
  }
  const { doc, mapping } = initProseMirrorDoc(fragment, schema);
  const state = EditorState.create({
    schema,
    doc,
    plugins: [ySyncPlugin(fragment, { mapping }), commentHighlightsPlugin('note')],
  });
  return { state, fragment, mapping };
}

function find(doc: Node, words: string) {
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    const at = node.isText ? (node.text ?? '').indexOf(words) : -1;
    if (!found && at >= 0) found = { from: pos + at, to: pos + at + words.length };
  });
  if (!found) throw new Error(`"${words}" is not in the document`);
  return found as { from: number; to: number };
}

const textAt = (state: EditorState, range: { from: number; to: number } | null) =>
  range ? state.doc.textBetween(range.from, range.to) : null;

describe('comment highlights', () => {
  it('highlights open threads where their anchors are, and follows local typing', () => {
    const setup = editorState(['Intro line.', 'We read aloud every morning.']);
    const anchor = anchorFromRange(
      find(setup.state.doc, 'aloud every'),
      setup.fragment,
      setup.mapping,
    );
    let state = setup.state.apply(
      setHighlightedThreads(setup.state.tr, [{ id: 't1', anchor }], 't1'),
    );
    expect(textAt(state, highlightedRange(state, 't1'))).toBe('aloud every');
    expect(textAt(state, rangeInEditor(state, anchor))).toBe('aloud every');

    state = state.apply(state.tr.insertText('Today: ', find(state.doc, 'We').from));
    const inside = find(state.doc, 'every').from;
    state = state.apply(state.tr.insertText('single ', inside));
    expect(textAt(state, highlightedRange(state, 't1'))).toBe('aloud single every');

    state = state.apply(setHighlightedThreads(state.tr, [], null));
    expect(highlightedRange(state, 't1')).toBeNull();
  });

  it('drafts a thread from the selection with its quote', () => {
    const { state } = editorState(['Attendance above 95% every month.']);
    const { from, to } = find(state.doc, 'above 95%');
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
    const draft = draftFromSelection(selected);
    expect(draft?.quote).toBe('above 95%');
    expect(textAt(selected, draft ? rangeInEditor(selected, draft.anchor) : null)).toBe(
      'above 95%',
    );
    expect(draftFromSelection(state)).toBeNull();
  });
});
