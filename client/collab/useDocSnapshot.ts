import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

function createStore<T>(
  doc: Y.Doc,
  read: (doc: Y.Doc) => T,
  observe: (doc: Y.Doc, onChange: (value: T) => void) => () => void,
) {
  let snapshot = read(doc);
  return {
    subscribe(onChange: () => void) {
      const stop = observe(doc, (value) => {
        snapshot = value;
        onChange();
      });
      // Catch up on anything that arrived between the first render and subscribing.
      snapshot = read(doc);
      return stop;
    },
    getSnapshot: () => snapshot,
  };
}

/**
 * One part of a Y.Doc as plain data, live, through a `read…`/`observe…` pair from `shared/`
 * (pass module-level functions: a new function each render would resubscribe every time).
 */
export function useDocSnapshot<T>(
  doc: Y.Doc,
  read: (doc: Y.Doc) => T,
  observe: (doc: Y.Doc, onChange: (value: T) => void) => () => void,
): T {
  const store = useMemo(() => createStore(doc, read, observe), [doc, read, observe]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
