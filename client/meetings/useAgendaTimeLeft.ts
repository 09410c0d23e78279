import { useMemo } from 'react';
import type { CurrentAgendaItem } from '../../shared/meetings/runningAgenda';
import { initialTimer, type TimerState } from '../../shared/protocol-runs/timer';
import { useCountdown } from '../protocol-runs/useCountdown';

/**
 * Time left (ms, negative in overtime) for the agenda item under way, from when the server
 * says it started and this device's server-clock offset. It rides on the run timer's ticker:
 * an agenda item counts down exactly like a running protocol step that never pauses.
 */
export function useAgendaTimeLeft(current: CurrentAgendaItem | null, offset: number): number {
  const startedAt = current?.startedAt ?? null;
  const timer = useMemo<TimerState>(
    () =>
      startedAt === null
        ? initialTimer
        : { ...initialTimer, status: 'running', stepStartedAt: startedAt },
    [startedAt],
  );
  const step = current ? { minutes: current.plannedMinutes } : undefined;
  return useCountdown(timer, step, offset);
}
