import type { RunControl } from '../../shared/protocol-runs/runControlDoc';
import { formatClock } from '../../shared/protocol-runs/timer';
import { currentStepOf, isInProgress } from './runView';
import { useCountdown } from './useCountdown';

/** The current step's clock as both screens show it. */
export interface StepClock {
  /** Time left (ms); negative in overtime. */
  remaining: number;
  /** `3:20`, or in overtime `+1:05`. */
  clock: string;
  /** The step has run past its time (the run is in progress). */
  isOvertime: boolean;
  /** The step's time has run out, overtime or exactly at zero (the run is in progress). */
  isTimeUp: boolean;
}

/** The current step's countdown from the shared timer and this device's server-clock offset. */
export function useStepClock(control: RunControl, offset: number): StepClock {
  const { step } = currentStepOf(control);
  const remaining = useCountdown(control.timer, step, offset);
  const inProgress = isInProgress(control);
  return {
    remaining,
    clock: formatClock(remaining),
    isOvertime: inProgress && remaining < 0,
    isTimeUp: inProgress && remaining <= 0,
  };
}
