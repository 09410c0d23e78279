import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { OrderedList } from '../../shared/collab/orderedList';

/** A live ordered list of a document as plain records, plus its verbs. */
export interface LiveList<T extends { id: string }> {
  items: T[];
  add: (item: Omit<T, 'id'>) => string;
  update: (id: string, changes: Partial<Omit<T, 'id'>>) => boolean;
  remove: (id: string) => boolean;
  move: (id: string, toIndex: number) => boolean;
}

function createStore<T extends { id: string }>(list: OrderedList<T>, doc: Y.Doc) {
  let snapshot = list.read(doc);
  return {
    subscribe(onChange: () => void) {
      const stop = list.observe(doc, (items) => {
        snapshot = items;
        onChange();
      });
      // Catch up on anything that changed between the first render and subscribing.
      snapshot = list.read(doc);
      return stop;
    },
    getSnapshot: () => snapshot,
  };
}

/**
 * Subscribes a component to one ordered list of a Y.Doc (local and remote changes alike).
 * Components get plain arrays and verbs, and never touch Yjs themselves.
 */
export function useOrderedList<T extends { id: string }>(
  list: OrderedList<T>,
  doc: Y.Doc,
): LiveList<T> {
  const store = useMemo(() => createStore(list, doc), [list, doc]);
  const items = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const verbs = useMemo(
    () => ({
      add: (item: Omit<T, 'id'>) => list.add(doc, item),
      update: (id: string, changes: Partial<Omit<T, 'id'>>) => list.update(doc, id, changes),
      remove: (id: string) => list.remove(doc, id),
      move: (id: string, toIndex: number) => list.move(doc, id, toIndex),
    }),
    [list, doc],
  );
  return { items, ...verbs };
}
