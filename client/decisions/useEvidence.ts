import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { EvidenceLink } from '../../shared/decisions/decisionDoc';
import {
  addEvidence,
  observeEvidence,
  readIndexedEvidence,
  removeEvidence,
} from '../../shared/decisions/decisionDoc';

/** An evidence link with its place in the stored array (what removing it needs). */
export interface IndexedEvidence {
  index: number;
  link: EvidenceLink;
}

function createStore(doc: Y.Doc) {
  let snapshot = readIndexedEvidence(doc);
  return {
    subscribe(onChange: () => void) {
      const stop = observeEvidence(doc, (links) => {
        snapshot = links;
        onChange();
      });
      snapshot = readIndexedEvidence(doc);
      return stop;
    },
    getSnapshot: () => snapshot,
  };
}

/** The decision's evidence links, live, with the verbs that add and remove them. */
export function useEvidence(doc: Y.Doc) {
  const store = useMemo(() => createStore(doc), [doc]);
  const items = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const verbs = useMemo(
    () => ({
      add: (link: EvidenceLink) => addEvidence(doc, link),
      /**
       * Removes the entry as it was shown. Someone may have removed another link since, which
       * shifts indexes: find the same link again rather than trust the old index.
       */
      remove: (entry: IndexedEvidence) => {
        const same = (other: IndexedEvidence) =>
          JSON.stringify(other.link) === JSON.stringify(entry.link);
        const current = readIndexedEvidence(doc);
        const match =
          current.find((other) => other.index === entry.index && same(other)) ?? current.find(same);
        if (match) removeEvidence(doc, match.index);
      },
    }),
    [doc],
  );
  return { items, ...verbs };
}
