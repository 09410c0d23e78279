import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** How many changes each live document has seen since a component started watching it. */
const changes = new WeakMap<Y.Doc, number>();

/**
 * A number that changes with every change to `doc` (by anyone), so that a component reading
 * the live document renders again; 0 without a document.
 */
export function useDocChanges(doc: Y.Doc | undefined): number {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!doc) return () => {};
      const handleUpdate = () => {
        changes.set(doc, (changes.get(doc) ?? 0) + 1);
        onChange();
      };
      doc.on('update', handleUpdate);
      return () => doc.off('update', handleUpdate);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => (doc ? (changes.get(doc) ?? 0) : 0));
}
