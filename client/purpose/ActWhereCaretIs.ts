import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Takes the caret the browser shows as the editor's selection, if the editor has not heard of
 * it yet. A click or Ctrl+End moves the browser's caret at once, but ProseMirror learns of it
 * from the `selectionchange` event, which Chromium may deliver after the next key: Enter
 * pressed right after Ctrl+End in an editor that had just loaded then split the text at the
 * old selection, the very start, gluing the next sentence onto the first line. Reading the
 * shown caret before every key, paste, cut and copy makes the edit land where the
 * person sees the caret.
 */
export function adoptShownSelection(view: EditorView): void {
  if (view.composing || !view.hasFocus()) return;
  const shown = view.dom.ownerDocument.getSelection();
  if (!shown?.anchorNode || !shown.focusNode) return;
  if (!view.dom.contains(shown.anchorNode) || !view.dom.contains(shown.focusNode)) return;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(shown.anchorNode, shown.anchorOffset);
    head = view.posAtDOM(shown.focusNode, shown.focusOffset);
  } catch {
    return; // inside something ProseMirror does not map (another person's caret label)
  }
  const { selection, doc } = view.state;
  if (selection.anchor === anchor && selection.head === head) return;
  // Only a caret or a text range is taken; a selected node (an image, say) stays as it is.
  if (!(selection instanceof TextSelection)) return;
  const next = TextSelection.between(doc.resolve(anchor), doc.resolve(head));
  if (next.eq(selection)) return;
  view.dispatch(view.state.tr.setSelection(next));
}

const adoptFirst = (view: EditorView) => {
  adoptShownSelection(view);
  return false; // ProseMirror and the other handlers still handle the event
};

export const ActWhereCaretIs = Extension.create({
  name: 'actWhereCaretIs',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('act-where-caret-is'),
        props: {
          // DOM event handlers run before every key binding, whichever extension adds it.
          handleDOMEvents: {
            keydown: adoptFirst,
            paste: adoptFirst,
            cut: adoptFirst,
            copy: adoptFirst,
          },
        },
      }),
    ];
  },
});
