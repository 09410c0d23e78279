import type { HocuspocusProvider, onStatusParameters } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import { measureClockOffset } from './clockOffset';

/**
 * This device's clock offset from the server's (server time = `Date.now() + offset`), measured
 * when the page opens and again whenever the clock may have drifted or jumped: the socket
 * reconnects, the device comes back online, or the tab becomes visible (a laptop waking up).
 * Until the first answer the device's own clock stands in (offset 0).
 */
export function useServerClock(provider: HocuspocusProvider | null): number {
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    let active = true;
    let isMeasuring = false;
    const measure = () => {
      if (isMeasuring) return;
      isMeasuring = true;
      void measureClockOffset().then((value) => {
        isMeasuring = false;
        if (active && value !== null) setOffset(value);
      });
    };
    const handleVisibility = () => {
      if (document.visibilityState === 'visible') measure();
    };
    const handleStatus = ({ status }: onStatusParameters) => {
      if (status === 'connected') measure();
    };
    measure();
    document.addEventListener('visibilitychange', handleVisibility);
    window.addEventListener('online', measure);
    provider?.on('status', handleStatus);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', handleVisibility);
      window.removeEventListener('online', measure);
      provider?.off('status', handleStatus);
    };
  }, [provider]);

  return offset;
}
