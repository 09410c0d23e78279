import type { StoredTracker } from '../../shared/collab/storedTracker';

/**
 * A stored tracker that says nothing is stored until the page has finished loading the
 * document: the local copy read (it may hold edits made offline) and the first sync done. A
 * page that syncs without a slow local copy would otherwise show "Saved" while edits kept on
 * this device have not even been read yet.
 */
export function storedOnceLoaded(inner: StoredTracker, loaded: Promise<unknown>): StoredTracker {
  let isLoaded = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const stopInner = inner.onChange(notify);
  let destroyed = false;
  const markLoaded = () => {
    if (destroyed) return;
    isLoaded = true;
    notify();
  };
  loaded.then(markLoaded, markLoaded);

  return {
    allStored: () => isLoaded && inner.allStored(),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      stopInner();
      listeners.clear();
      inner.destroy();
    },
  };
}
