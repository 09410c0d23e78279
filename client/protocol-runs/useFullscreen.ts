import { useCallback, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

const readIsFullscreen = () => document.fullscreenElement !== null;

/** Whether the page fills the screen, and a toggle; `isSupported` is false where it cannot. */
export function useFullscreen() {
  const isFullscreen = useSyncExternalStore(subscribe, readIsFullscreen);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }, []);
  return { isFullscreen, isSupported: document.fullscreenEnabled, toggle };
}
