import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { CommentThread } from '../../shared/comments/commentsDoc';
import { observeThreads, readThreads } from '../../shared/comments/commentsDoc';

const none: CommentThread[] = [];

function createStore(doc: Y.Doc | null) {
  let snapshot = doc ? readThreads(doc) : none;
  return {
    subscribe(onChange: () => void) {
      if (!doc) return () => undefined;
      const stop = observeThreads(doc, (threads) => {
        snapshot = threads;
        onChange();
      });
      // Catch up on anything that arrived between the first render and subscribing.
      snapshot = readThreads(doc);
      return stop;
    },
    getSnapshot: () => snapshot,
  };
}

/** The threads on one rich-text field, live, oldest first (none while the document loads). */
export function useCommentThreads(doc: Y.Doc | null, field: string): CommentThread[] {
  const store = useMemo(() => createStore(doc), [doc]);
  const threads = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return useMemo(() => threads.filter((thread) => thread.field === field), [threads, field]);
}
