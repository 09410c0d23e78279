import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { Board } from '../../shared/protocol-runs/runBoardDoc';
import { observeBoard, readBoard } from '../../shared/protocol-runs/runBoardDoc';

function createStore(doc: Y.Doc) {
  let snapshot = readBoard(doc);
  return {
    subscribe(onChange: () => void) {
      const stop = observeBoard(doc, (board) => {
        snapshot = board;
        onChange();
      });
      snapshot = readBoard(doc);
      return stop;
    },
    getSnapshot: () => snapshot,
  };
}

/** The run's board (visible cards, groups, vote counts, norm ratings) as plain data, live. */
export function useRunBoard(doc: Y.Doc): Board {
  const store = useMemo(() => createStore(doc), [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
