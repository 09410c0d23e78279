import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** Whether the last transaction came from someone else's edit (the Yjs sync). */
const lastWasRemote = new PluginKey<boolean>('stay-on-remote-changes');

/** The part of y-tiptap's binding (not in its types) that measures the caret on every change. */
interface YBinding {
  _isLocalCursorInView?: () => boolean;
}

/** The binding's measurement, replaced: remote changes never scroll here anyway. */
const neverScrollForRemoteChanges = () => false;

/**
 * Someone else's edit does not scroll this person's editor. The Yjs binding asks ProseMirror
 * to scroll the caret into view after every remote change while the editor has focus, and to
 * decide it measures the layout; with ten people typing, that work delayed this person's own
 * keystrokes by a frame. The browser's scroll anchoring already keeps what is on screen in
 * place when text is added above it, and typing still scrolls to the caret as usual. The
 * ProseMirror prop is the guarantee; replacing the binding's measurement saves its cost (if a
 * later y-tiptap renames it, only the saving is lost).
 */
export const StayOnRemoteChanges = Extension.create({
  name: 'stayOnRemoteChanges',

  addProseMirrorPlugins() {
    return [
      new Plugin<boolean>({
        key: lastWasRemote,
        state: {
          init: () => false,
          apply: (tr) =>
            (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)
              ?.isChangeOrigin === true,
        },
        props: {
          // true: "handled", so ProseMirror does not scroll.
          handleScrollToSelection: (view) => lastWasRemote.getState(view.state) === true,
        },
        view: () => ({
          update: (view) => {
            const sync = ySyncPluginKey.getState(view.state) as { binding?: YBinding } | undefined;
            const binding = sync?.binding;
            if (binding && binding._isLocalCursorInView !== neverScrollForRemoteChanges) {
              binding._isLocalCursorInView = neverScrollForRemoteChanges;
            }
          },
        }),
      }),
    ];
  },
});
