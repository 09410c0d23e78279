import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { type StoredTracker, trackStored } from '../../shared/collab/storedTracker';
import { getCollabSocket } from './collabSocket';
import type { PresenceUser } from './presenceUser';
import { storedOnceLoaded } from './storedOnceLoaded';

/** An open collaborative document: the Y.Doc and the provider that syncs it. */
export interface CollabSession {
  name: string;
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

interface OpenOptions {
  /** The document name, from `shared/documents/documentName.ts`. */
  name: string;
  /** The signed-in person: keys the local copy and labels their caret. */
  user: PresenceUser;
  /** Called once the local copy is loaded and the provider is syncing. */
  onReady: (session: CollabSession) => void;
  /**
   * Whether this person shows as present in the document (default). Pages that only read
   * another document (the purpose's students of focus beside a decision) open it without.
   */
  presence?: boolean;
}

/** Each open provider's `trackStored`, for the "Saved" indicator. */
const storedTrackers = new WeakMap<HocuspocusProvider, StoredTracker>();

/** The tracker of what is stored for a provider opened here (null for any other). */
export function storedTrackerOf(provider: HocuspocusProvider): StoredTracker | null {
  return storedTrackers.get(provider) ?? null;
}

/** How often others' changes are written to this browser's copy, gathered. */
const REMOTE_STORE_INTERVAL_MS = 2_000;

/**
 * The local copy stores this person's changes at once (so offline edits survive closing the
 * tab) and others' changes gathered every couple of seconds: y-indexeddb opens an IndexedDB
 * transaction per change, which with ten people typing cost the page more than rendering
 * their text. Others' changes are on the server anyway; what is pending goes out before this
 * person's next change, and when the document closes or the page is hidden.
 */
function storeRemoteChangesInBatches(
  doc: Y.Doc,
  local: IndexeddbPersistence,
  provider: HocuspocusProvider,
): () => void {
  let pending: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const merged = pending.length === 1 ? pending[0] : Y.mergeUpdates(pending);
    pending = [];
    if (merged) local._storeUpdate(merged, provider);
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== provider) {
      // Others' changes this one may build on go first, so the copy never holds an edit
      // without what it depends on.
      flush();
      local._storeUpdate(update, origin);
      return;
    }
    pending.push(update);
    timer ??= setTimeout(flush, REMOTE_STORE_INTERVAL_MS);
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  doc.off('update', local._storeUpdate);
  doc.on('update', onUpdate);
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    doc.off('update', onUpdate);
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', flush);
  };
}

/** How long to wait for IndexedDB before syncing without it (private windows may lack it). */
const LOCAL_LOAD_TIMEOUT_MS = 3000;

/**
 * Opens a document: loads the copy kept in this browser (edits made offline survive closing
 * the tab), then attaches to the shared socket so that the server merges both ways.
 * Returns a function that closes everything; the local copy stays in IndexedDB.
 */
export function openCollabDocument({
  name,
  user,
  onReady,
  presence = true,
}: OpenOptions): () => void {
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(`ilt:${user.id}:${name}`, doc);
  const provider = new HocuspocusProvider({
    websocketProvider: getCollabSocket(),
    name,
    document: doc,
    // The socket is authenticated by the session cookie; the protocol still sends a token.
    token: '',
    // Other documents on the same socket keep its connection checks alive.
    ...(presence ? {} : { awareness: null }),
  });
  if (presence) provider.setAwarenessField('user', user);
  const stopBatching = storeRemoteChangesInBatches(doc, local, provider);
  let state: 'loading' | 'ready' | 'closed' = 'loading';
  // "Saved" waits for the local copy even when a slow one makes the sync start without it.
  const stored = storedOnceLoaded(trackStored(provider), local.whenSynced);
  storedTrackers.set(provider, stored);

  const start = () => {
    if (state !== 'loading') return;
    state = 'ready';
    // Attaching after the local load means the first sync already carries offline edits.
    provider.attach();
    onReady({ name, doc, provider });
  };
  const fallback = setTimeout(start, LOCAL_LOAD_TIMEOUT_MS);
  local.whenSynced.then(start, start).finally(() => clearTimeout(fallback));

  return () => {
    state = 'closed';
    clearTimeout(fallback);
    stored.destroy();
    stopBatching();
    provider.destroy();
    void local.destroy();
    doc.destroy();
  };
}
