import { useEffect, useRef, useState } from 'react';
import type { RunControl } from '../../shared/protocol-runs/runControlDoc';
import styles from './presentation.module.css';
import { useStepClock } from './useStepClock';
import { useTimeUpCue } from './useTimeUpCue';

/** How long "Time is up" stays on screen after the clock reaches zero. */
const BANNER_MS = 8000;

interface PresentationClockProps {
  control: RunControl;
  offset: number;
  /** Plays the end-of-step sound (silent unless turned on). */
  onTimeUp: () => void;
}

/**
 * The projector's clock. At zero it turns to the overtime colour and says "Overtime" (never
 * colour alone), a "Time is up" banner shows for a few seconds (flashing unless the viewer
 * prefers reduced motion) and the sound plays once.
 */
export function PresentationClock({ control, offset, onTimeUp }: PresentationClockProps) {
  const { clock, isOvertime, isTimeUp } = useStepClock(control, offset);
  const [isBannerShown, setBannerShown] = useState(false);
  const hideBanner = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(hideBanner.current), []);
  useTimeUpCue(isTimeUp, () => {
    onTimeUp();
    setBannerShown(true);
    clearTimeout(hideBanner.current);
    hideBanner.current = setTimeout(() => setBannerShown(false), BANNER_MS);
  });
  const label =
    control.timer.status === 'paused' ? 'Paused' : isOvertime ? 'Overtime' : 'Time left';
  const showBanner = isTimeUp && isBannerShown;

  return (
    <div className={styles.clockBox}>
      <span
        className={styles.clockLabel}
        data-overtime={isOvertime || undefined}
        aria-hidden="true"
      >
        {label}
      </span>
      <div
        role="timer"
        aria-label="Time left in this step"
        className={styles.clock}
        data-overtime={isOvertime || undefined}
      >
        <span className="visually-hidden">{label} </span>
        {clock}
      </div>
      <div role="status">{showBanner && <span className={styles.banner}>Time is up</span>}</div>
    </div>
  );
}
