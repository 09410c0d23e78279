import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { TrackerRow } from '../../shared/plans/tracker';
import type { CollabSession } from '../collab/openCollabDocument';
import { storedTrackerOf } from '../collab/openCollabDocument';
import { messageOf } from '../forms/useApiAction';
import { fetchTracker } from './plansApi';

/** Quiet time after the last change before asking again, so a burst of edits is one fetch. */
const REFETCH_DELAY_MS = 1_000;

export interface TrackerState {
  /** Null until the first answer. */
  rows: TrackerRow[] | null;
  /** Why the latest fetch failed; the rows are then the previous answer's. */
  error: string | null;
}

/**
 * Runs `run` once every change made on this device is stored: the server projects a change
 * into the rows the tracker reads before it confirms it, so asking earlier could miss it.
 * Returns the cancel.
 */
function whenStored(provider: HocuspocusProvider, run: () => void): () => void {
  const stored = storedTrackerOf(provider);
  if (!stored || stored.allStored()) {
    run();
    return () => {};
  }
  const stop = stored.onChange(() => {
    if (!stored.allStored()) return;
    stop();
    run();
  });
  return stop;
}

/**
 * The plan's target tracker from the server, kept current: fetched again a moment after the
 * plan or its action steps change (by anyone), since the server computes it from their rows.
 */
export function useTracker(
  teamId: string,
  planId: string,
  planSession: CollabSession,
  actionsDoc: Y.Doc,
): TrackerState {
  const [state, setState] = useState<TrackerState>({ rows: null, error: null });
  const { doc, provider } = planSession;

  useEffect(() => {
    let stopped = false;
    let latest = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelWait = () => {};
    // Only the latest request's answer counts: an earlier one may arrive after it.
    const load = async () => {
      const request = ++latest;
      try {
        const { rows } = await fetchTracker(teamId, planId);
        if (!stopped && request === latest) setState({ rows, error: null });
      } catch (error) {
        if (stopped || request !== latest) return;
        setState((previous) => ({ rows: previous.rows, error: messageOf(error) }));
      }
    };
    const handleUpdate = () => {
      clearTimeout(timer);
      cancelWait();
      timer = setTimeout(() => {
        cancelWait = whenStored(provider, () => void load());
      }, REFETCH_DELAY_MS);
    };

    void load();
    doc.on('update', handleUpdate);
    actionsDoc.on('update', handleUpdate);
    return () => {
      stopped = true;
      clearTimeout(timer);
      cancelWait();
      doc.off('update', handleUpdate);
      actionsDoc.off('update', handleUpdate);
    };
  }, [teamId, planId, doc, provider, actionsDoc]);

  return state;
}
