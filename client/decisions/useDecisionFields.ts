import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { DecisionFields } from '../../shared/decision-log/decisionDoc';
import {
  observeDecisionFields,
  readDecisionFields,
  writeDecisionFields,
} from '../../shared/decision-log/decisionDoc';

function createStore(doc: Y.Doc) {
  let snapshot = readDecisionFields(doc);
  return {
    subscribe(onChange: () => void) {
      const stop = observeDecisionFields(doc, (fields) => {
        snapshot = fields;
        onChange();
      });
      // Catch up on anything that changed between the first render and subscribing.
      snapshot = readDecisionFields(doc);
      return stop;
    },
    getSnapshot: () => snapshot,
  };
}

/**
 * The decision's plain fields, live (null until the document has them), and the verb that
 * sets some of them in one transaction.
 */
export function useDecisionFields(doc: Y.Doc) {
  const store = useMemo(() => createStore(doc), [doc]);
  const fields = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const write = useMemo(
    () => (changes: Partial<DecisionFields>) => writeDecisionFields(doc, changes),
    [doc],
  );
  return { fields, write };
}
