import * as Y from 'yjs';

/** A throwaway document holding a version's state, to read (never connected to anything). */
export function docFromUpdate(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

/** A ref callback that moves the keyboard focus to an element as it appears. */
export function focusOnMount(node: HTMLElement | null): void {
  node?.focus();
}
