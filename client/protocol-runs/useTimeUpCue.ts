import { useEffect, useEffectEvent, useRef } from 'react';

/**
 * Calls `onCue` once each time this screen sees the step's time run out: the clock reaching
 * zero, or the facilitator taking away the time that was left. A page that opens (or
 * reopens) already in overtime stays quiet: nothing ran out while it was watching.
 */
export function useTimeUpCue(isTimeUp: boolean, onCue: () => void): void {
  const previous = useRef<boolean | null>(null);
  const cue = useEffectEvent(onCue);

  useEffect(() => {
    const wasTimeUp = previous.current;
    previous.current = isTimeUp;
    if (wasTimeUp === false && isTimeUp) cue();
  }, [isTimeUp]);
}
