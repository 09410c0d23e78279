import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { DecisionStatusState } from '../../shared/decisions/decisionStatusDoc';
import {
  observeDecisionStatus,
  readDecisionStatus,
} from '../../shared/decisions/decisionStatusDoc';

function createStore(doc: Y.Doc) {
  let snapshot = readDecisionStatus(doc);
  return {
    subscribe(onChange: () => void) {
      const stop = observeDecisionStatus(doc, (state) => {
        snapshot = state;
        onChange();
      });
      snapshot = readDecisionStatus(doc);
      return stop;
    },
    getSnapshot: () => snapshot,
  };
}

/** Where the decision stands, its vote and decided record, as the server last wrote them. */
export function useDecisionStatus(doc: Y.Doc): DecisionStatusState {
  const store = useMemo(() => createStore(doc), [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
