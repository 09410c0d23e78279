import { useSyncExternalStore } from 'react';
import type { ProtocolStep } from '../../shared/protocol-runs/protocolSchema';
import type { TimerState } from '../../shared/protocol-runs/timer';
import { remainingMs } from '../../shared/protocol-runs/timer';

/** How often a running clock is recomputed: 4×/s keeps the shown second within 250 ms. */
const TICK_MS = 250;

/** One shared ticker for every clock on the page: the device's time, refreshed while watched. */
let deviceNow = Date.now();
const listeners = new Set<() => void>();
let interval: ReturnType<typeof setInterval> | null = null;

function subscribeTicker(onTick: () => void): () => void {
  listeners.add(onTick);
  if (interval === null) {
    deviceNow = Date.now();
    interval = setInterval(() => {
      deviceNow = Date.now();
      for (const listener of listeners) listener();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(onTick);
    if (listeners.size === 0 && interval !== null) {
      clearInterval(interval);
      interval = null;
    }
  };
}

const subscribeNever = () => () => {};
const readDeviceNow = () => deviceNow;

/**
 * Time left in the current step (negative in overtime), from the shared timer state and the
 * server's clock as this device estimates it. Never a local countdown: every tick recomputes
 * from the state, so a reconnecting or late device shows the right time at once. Only a
 * running timer ticks; a paused, unstarted or ended one depends on the state alone.
 */
export function useCountdown(
  timer: TimerState,
  step: Pick<ProtocolStep, 'minutes'> | undefined,
  offset: number,
): number {
  const isRunning = timer.status === 'running';
  const now = useSyncExternalStore(isRunning ? subscribeTicker : subscribeNever, readDeviceNow);
  return step ? remainingMs(timer, step, now + offset) : 0;
}
