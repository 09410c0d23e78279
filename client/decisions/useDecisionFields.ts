import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { DecisionFields } from '../../shared/decisions/decisionDoc';
import {
  observeDecisionFields,
  readDecisionFieldsOver,
  writeDecisionFields,
} from '../../shared/decisions/decisionDoc';

function createStore(doc: Y.Doc, underneath: DecisionFields) {
  let snapshot = readDecisionFieldsOver(doc, underneath);
  return {
    subscribe(onChange: () => void) {
      const stop = observeDecisionFields(doc, () => {
        snapshot = readDecisionFieldsOver(doc, underneath);
        onChange();
      });
      // Catch up on anything that changed between the first render and subscribing.
      snapshot = readDecisionFieldsOver(doc, underneath);
      return stop;
    },
    getSnapshot: () => snapshot,
  };
}

/**
 * The decision's plain fields, live, over `underneath` (what the page knew before the
 * document arrived, see `readDecisionFieldsOver`), and the verb that sets some of them in one
 * transaction. `underneath` must keep its identity across renders.
 */
export function useDecisionFields(doc: Y.Doc, underneath: DecisionFields) {
  const store = useMemo(() => createStore(doc, underneath), [doc, underneath]);
  const fields = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const write = useMemo(
    () => (changes: Partial<DecisionFields>) => writeDecisionFields(doc, changes),
    [doc],
  );
  return { fields, write };
}
