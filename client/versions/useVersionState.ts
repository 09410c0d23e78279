import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../forms/useApiAction';
import { fetchVersionState } from './versionsApi';

/** Versions never change once kept: a few stay in memory for viewing and comparing again. */
const cache = new Map<string, Uint8Array>();
const CACHE_SIZE = 12;

function remember(versionId: string, update: Uint8Array) {
  cache.delete(versionId);
  cache.set(versionId, update);
  const oldest = cache.keys().next().value;
  if (cache.size > CACHE_SIZE && oldest !== undefined) cache.delete(oldest);
}

interface Loaded {
  key: string;
  update: Uint8Array | null;
  error: string | null;
}

/** A version's full state as one Yjs update; `null` as `versionId` asks for nothing. */
export function useVersionState(teamId: string, versionId: string | null) {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = versionId === null ? null : `${versionId}#${attempt}`;
  const cached = versionId === null ? undefined : cache.get(versionId);

  useEffect(() => {
    if (versionId === null || key === null || cached) return;
    let isCurrent = true;
    fetchVersionState(teamId, versionId).then(
      (update) => {
        remember(versionId, update);
        if (isCurrent) setLoaded({ key, update, error: null });
      },
      (caught: unknown) => {
        if (isCurrent) setLoaded({ key, update: null, error: messageOf(caught) });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [teamId, versionId, key, cached]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = loaded?.key === key ? loaded : null;

  return {
    update: cached ?? current?.update ?? null,
    error: cached ? null : (current?.error ?? null),
    isLoading: key !== null && !cached && current === null,
    retry,
  };
}
