import { type Editor, type EditorEvents, Extension } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { CommentAnchor } from '../../shared/comments/commentAnchor';
import { rangeInEditor, type TextRange } from './commentRanges';
import classes from './comments.module.css';

/** A thread to highlight: its id and where its passage is. */
export interface HighlightedThread {
  id: string;
  anchor: CommentAnchor;
}

interface HighlightState {
  threads: HighlightedThread[];
  /** The thread last chosen in the list, highlighted more strongly. */
  activeId: string | null;
  decorations: DecorationSet;
}

/** What the editor is told through a transaction's meta. */
type HighlightMeta =
  | { kind: 'threads'; threads: HighlightedThread[]; activeId: string | null }
  | { kind: 'comment-requested' };

const key = new PluginKey<HighlightState>('commentHighlights');
const highlightClass = classes.highlight ?? '';
const activeClass = `${highlightClass} ${classes.active ?? ''}`;

export interface CommentHighlightsOptions {
  /** Id of the text that tells screen-reader users a passage has comments. */
  describedBy: string | null;
}

function decorate(
  state: EditorState,
  threads: HighlightedThread[],
  activeId: string | null,
  describedBy: string | null,
): DecorationSet {
  const decorations = threads.flatMap((thread) => {
    const range = rangeInEditor(state, thread.anchor);
    if (!range) return [];
    const attributes: Record<string, string> = {
      class: thread.id === activeId ? activeClass : highlightClass,
      'data-comment-thread': thread.id,
    };
    if (describedBy) attributes['aria-describedby'] = describedBy;
    return [Decoration.inline(range.from, range.to, attributes, { threadId: thread.id })];
  });
  return DecorationSet.create(state.doc, decorations);
}

/** The plugin behind `CommentHighlights` (exported for tests). */
export function commentHighlightsPlugin(describedBy: string | null): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key,
    state: {
      init: () => ({ threads: [], activeId: null, decorations: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(key) as HighlightMeta | undefined;
        if (meta?.kind === 'threads') {
          const { threads, activeId } = meta;
          return {
            threads,
            activeId,
            decorations: decorate(state, threads, activeId, describedBy),
          };
        }
        if (!tr.docChanged) return value;
        const decorations = isChangeOrigin(tr)
          ? decorate(state, value.threads, value.activeId, describedBy)
          : value.decorations.map(tr.mapping, tr.doc);
        return { ...value, decorations };
      },
    },
    props: {
      decorations: (state) => key.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}

/** Marks a transaction as telling the editor which threads to highlight. */
export function setHighlightedThreads(
  tr: Transaction,
  threads: HighlightedThread[],
  activeId: string | null,
): Transaction {
  const meta: HighlightMeta = { kind: 'threads', threads, activeId };
  return tr.setMeta(key, meta);
}

/**
 * Highlights the passages of open comment threads. Passages are found again from their Yjs
 * anchors whenever the threads change or a change arrives through Yjs (which rebuilds the
 * document); local typing only maps the highlights along. `Mod-Alt-m` asks for a comment on
 * the selection (see `onCommentRequested`).
 */
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',

  addOptions() {
    return { describedBy: null };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-m': ({ editor }) => {
        if (editor.state.selection.empty) return false;
        const meta: HighlightMeta = { kind: 'comment-requested' };
        editor.view.dispatch(editor.state.tr.setMeta(key, meta));
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    return [commentHighlightsPlugin(this.options.describedBy)];
  },
});

/** Tells the editor which threads to highlight (open ones) and which one is chosen. */
export function showCommentHighlights(
  editor: Editor,
  threads: HighlightedThread[],
  activeId: string | null,
): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(setHighlightedThreads(editor.state.tr, threads, activeId));
}

/** Calls `onRequest` when someone presses the comment shortcut in the editor. */
export function onCommentRequested(editor: Editor, onRequest: () => void): () => void {
  const handle = ({ transaction }: EditorEvents['transaction']) => {
    if ((transaction.getMeta(key) as HighlightMeta | undefined)?.kind === 'comment-requested') {
      onRequest();
    }
  };
  editor.on('transaction', handle);
  return () => {
    editor.off('transaction', handle);
  };
}

/** Where a highlighted thread's passage is now (null when it is not highlighted). */
export function highlightedRange(state: EditorState, threadId: string): TextRange | null {
  const found = key
    .getState(state)
    ?.decorations.find(undefined, undefined, (spec) => spec.threadId === threadId)[0];
  return found ? { from: found.from, to: found.to } : null;
}
