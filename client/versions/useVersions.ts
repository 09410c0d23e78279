import { useCallback, useEffect, useState } from 'react';
import type { VersionSummary } from '../../shared/api/versions';
import { messageOf } from '../forms/useApiAction';
import { listVersions } from './versionsApi';

interface Loaded {
  request: number;
  versions: VersionSummary[];
  error: string | null;
}

/**
 * A document's versions, newest first, asked for when the panel opens and again on `refresh`
 * (after naming or restoring one). The list shown stays in place while a new answer comes.
 */
export function useVersions(teamId: string, documentName: string) {
  const [request, setRequest] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let isCurrent = true;
    listVersions(teamId, documentName).then(
      (versions) => {
        if (isCurrent) setLoaded({ request, versions, error: null });
      },
      (caught: unknown) => {
        if (!isCurrent) return;
        setLoaded((previous) => ({
          request,
          versions: previous?.versions ?? [],
          error: messageOf(caught),
        }));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [teamId, documentName, request]);

  const refresh = useCallback(() => setRequest((n) => n + 1), []);

  return {
    versions: loaded?.versions ?? [],
    isLoading: loaded?.request !== request,
    hasLoaded: loaded !== null,
    error: loaded?.error ?? null,
    refresh,
  };
}
