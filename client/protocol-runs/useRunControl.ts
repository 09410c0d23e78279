import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { RunControl } from '../../shared/protocol-runs/runControlDoc';
import { observeRunControl, readRunControl } from '../../shared/protocol-runs/runControlDoc';

function createStore(doc: Y.Doc) {
  let snapshot = readRunControl(doc);
  return {
    subscribe(onChange: () => void) {
      const stop = observeRunControl(doc, (control) => {
        snapshot = control;
        onChange();
      });
      // Catch up on anything that arrived between the first render and subscribing.
      snapshot = readRunControl(doc);
      return stop;
    },
    getSnapshot: () => snapshot,
  };
}

/**
 * The run's control state (protocol, timer, reveals, artifacts) as plain data, live. Null
 * until the document has arrived from the server (or this device's stored copy).
 */
export function useRunControl(doc: Y.Doc): RunControl | null {
  const store = useMemo(() => createStore(doc), [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
