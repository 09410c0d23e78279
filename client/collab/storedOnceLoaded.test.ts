import { describe, expect, it } from 'vitest';
import type { StoredTracker } from '../../shared/collab/storedTracker';
import { storedOnceLoaded } from './storedOnceLoaded';

/** A tracker whose answer the test sets. */
function fakeInner(initial: boolean) {
  let stored = initial;
  const listeners = new Set<() => void>();
  let destroyed = false;
  const tracker: StoredTracker = {
    allStored: () => stored,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      destroyed = true;
    },
  };
  return {
    tracker,
    set(value: boolean) {
      stored = value;
      for (const listener of listeners) listener();
    },
    isDestroyed: () => destroyed,
  };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('storedOnceLoaded', () => {
  it('says nothing is stored before the local copy is loaded, whatever the server says', async () => {
    const inner = fakeInner(true);
    const load = deferred();
    const tracker = storedOnceLoaded(inner.tracker, load.promise);
    let changes = 0;
    tracker.onChange(() => changes++);

    expect(tracker.allStored()).toBe(false);
    load.resolve();
    await load.promise;
    expect(tracker.allStored()).toBe(true);
    expect(changes).toBe(1);
  });

  it('follows the server once loaded, and a failed local load still ends the wait', async () => {
    const inner = fakeInner(false);
    const load = deferred();
    const tracker = storedOnceLoaded(inner.tracker, load.promise);
    let changes = 0;
    tracker.onChange(() => changes++);

    load.reject(new Error('no IndexedDB in this window'));
    await load.promise.catch(() => undefined);
    expect(tracker.allStored()).toBe(false);
    inner.set(true);
    expect(tracker.allStored()).toBe(true);
    inner.set(false);
    expect(tracker.allStored()).toBe(false);
    expect(changes).toBe(3);
  });

  it('destroys the tracker it wraps and stops telling listeners', async () => {
    const inner = fakeInner(true);
    const load = deferred();
    const tracker = storedOnceLoaded(inner.tracker, load.promise);
    let changes = 0;
    tracker.onChange(() => changes++);
    tracker.destroy();
    load.resolve();
    await load.promise;
    inner.set(false);
    expect(inner.isDestroyed()).toBe(true);
    expect(changes).toBe(0);
  });
});
