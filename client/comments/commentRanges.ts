import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  type ProsemirrorBinding,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { CommentAnchor } from '../../shared/comments/commentAnchor';
import { commentAnchorSchema } from '../../shared/comments/commentAnchor';
import { MAX_QUOTE_LENGTH } from '../../shared/comments/commentsDoc';

/** How ProseMirror nodes map to the Yjs types they were built from (kept by the binding). */
type Mapping = ProsemirrorBinding['mapping'];

/** A passage in the editor, as ProseMirror positions. */
export interface TextRange {
  from: number;
  to: number;
}

/** A thread about to be started: where it is and what the passage says. */
export interface CommentDraft {
  anchor: CommentAnchor;
  quote: string;
}

/**
 * The anchor of `[from, to)` of the editor's document. y-tiptap ties both ends to the
 * character on their left; the start is re-tied to the character on its right, so that text
 * typed just before the passage stays outside it (as the end does for text typed after).
 */
export function anchorFromRange(
  range: TextRange,
  fragment: Y.XmlFragment,
  mapping: Mapping,
): CommentAnchor {
  const ydoc = fragment.doc;
  if (!ydoc) throw new Error('The fragment is not part of a document');
  const start = absolutePositionToRelativePosition(range.from, fragment, mapping);
  const end = absolutePositionToRelativePosition(range.to, fragment, mapping);
  const absoluteStart = Y.createAbsolutePositionFromRelativePosition(start, ydoc);
  const tiedStart = absoluteStart
    ? Y.createRelativePositionFromTypeIndex(absoluteStart.type, absoluteStart.index, 0)
    : start;
  return commentAnchorSchema.parse({
    start: Y.relativePositionToJSON(tiedStart),
    end: Y.relativePositionToJSON(end),
  });
}

/** Where an anchor is in the editor's document now, or null when its text is gone. */
export function rangeOfAnchor(
  anchor: CommentAnchor,
  fragment: Y.XmlFragment,
  mapping: Mapping,
  docSize: number,
): TextRange | null {
  const ydoc = fragment.doc;
  if (!ydoc) return null;
  const resolve = (position: CommentAnchor['start']) =>
    relativePositionToAbsolutePosition(
      ydoc,
      fragment,
      Y.createRelativePositionFromJSON(position),
      mapping,
    );
  const from = resolve(anchor.start);
  const to = resolve(anchor.end);
  if (from === null || to === null) return null;
  const range = { from: Math.max(0, from), to: Math.min(docSize, to) };
  return range.to > range.from ? range : null;
}

/** The Yjs side of an editor bound with the Collaboration extension, once it has one. */
function syncOf(state: EditorState): { fragment: Y.XmlFragment; mapping: Mapping } | null {
  const sync = ySyncPluginKey.getState(state) as
    { type?: Y.XmlFragment; binding?: ProsemirrorBinding } | undefined;
  if (!sync?.type || !sync.binding) return null;
  return { fragment: sync.type, mapping: sync.binding.mapping };
}

/** The selected passage as a draft thread, or null when nothing is selected. */
export function draftFromSelection(state: EditorState): CommentDraft | null {
  const { from, to, empty } = state.selection;
  const sync = syncOf(state);
  if (empty || !sync) return null;
  const quote = state.doc.textBetween(from, to, '\n', ' ').slice(0, MAX_QUOTE_LENGTH);
  return { anchor: anchorFromRange({ from, to }, sync.fragment, sync.mapping), quote };
}

/** Where a thread's passage is in the editor now, or null when its text is gone. */
export function rangeInEditor(state: EditorState, anchor: CommentAnchor): TextRange | null {
  const sync = syncOf(state);
  if (!sync) return null;
  return rangeOfAnchor(anchor, sync.fragment, sync.mapping, state.doc.content.size);
}
