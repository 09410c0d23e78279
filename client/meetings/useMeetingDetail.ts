import { useCallback, useEffect, useState } from 'react';
import type { MeetingDetail } from '../../shared/api/meetings';
import { fetchMeeting } from './meetingsApi';

const REFETCH_DELAY_MS = 300;

/**
 * The meeting as the database knows it (the runs and decisions held in it). Asked again when
 * the page regains focus, when `changeKey` changes (an agenda item got a run or a decision,
 * here or on another screen), and on `refresh` after this person creates something.
 */
export function useMeetingDetail(teamId: string, initial: MeetingDetail, changeKey: string) {
  const [detail, setDetail] = useState(initial);
  const meetingId = initial.id;

  const refresh = useCallback(async () => {
    try {
      setDetail(await fetchMeeting(teamId, meetingId));
    } catch {
      // Offline: keep what we have; the next focus asks again.
    }
  }, [teamId, meetingId]);

  useEffect(() => {
    const handleVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    window.addEventListener('focus', handleVisible);
    document.addEventListener('visibilitychange', handleVisible);
    return () => {
      window.removeEventListener('focus', handleVisible);
      document.removeEventListener('visibilitychange', handleVisible);
    };
  }, [refresh]);

  useEffect(() => {
    if (changeKey === '') return;
    // Links arrive in bursts (an item and its run appear together): ask once things settle.
    const timeout = setTimeout(() => void refresh(), REFETCH_DELAY_MS);
    return () => clearTimeout(timeout);
  }, [refresh, changeKey]);

  return { detail, refresh };
}
