import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  type CommentThread,
  type FieldThread,
  isFieldThread,
  isPassageThread,
  observeThreads,
  type PassageThread,
  readThreads,
} from '../../shared/comments/commentsDoc';

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

function useThreads(doc: Y.Doc | null): CommentThread[] {
  const store = useMemo(() => createStore(doc), [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** The threads on passages of one rich-text field, live, oldest first (none while it loads). */
export function useCommentThreads(doc: Y.Doc | null, field: string): PassageThread[] {
  const threads = useThreads(doc);
  return useMemo(
    () => threads.filter((t): t is PassageThread => isPassageThread(t) && t.field === field),
    [threads, field],
  );
}

/** The threads on one whole plain field, by its path, live, oldest first. */
export function useFieldThreads(doc: Y.Doc | null, path: string): FieldThread[] {
  const threads = useThreads(doc);
  return useMemo(
    () => threads.filter((t): t is FieldThread => isFieldThread(t) && t.path === path),
    [threads, path],
  );
}
