import type { ProtocolStep } from './protocolSchema';

/**
 * The timer of a protocol run, kept in server time (milliseconds since the epoch on the
 * server's clock). Devices never count down on their own: each computes the remaining time
 * from this state and its estimate of the server's clock (`Date.now() + offset`).
 */
export interface TimerState {
  status: 'ready' | 'running' | 'paused' | 'ended';
  stepIndex: number;
  /** When the current step started (server ms); null before the run starts. */
  stepStartedAt: number | null;
  /** When the timer was paused (server ms), while paused. */
  pausedAt: number | null;
  /** Paused time accumulated in the current step. */
  pausedMs: number;
  /** Time added (or, negative, removed) for the current step. */
  extraMs: number;
  endedAt: number | null;
}

/** One visit to a step, for the summary's planned-against-actual minutes. */
export interface StepVisit {
  stepId: string;
  startedAt: number;
  endedAt: number;
  /** Time spent, pauses excluded. */
  elapsedMs: number;
}

export type TimerCommand =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'add-time'; minutes: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'end' };

export const initialTimer: TimerState = {
  status: 'ready',
  stepIndex: 0,
  stepStartedAt: null,
  pausedAt: null,
  pausedMs: 0,
  extraMs: 0,
  endedAt: null,
};

const MINUTE = 60_000;

/** Time spent in the current step at `now`, pauses excluded. */
export function elapsedMs(timer: TimerState, now: number): number {
  if (timer.stepStartedAt === null) return 0;
  const until =
    timer.status === 'paused' && timer.pausedAt !== null
      ? timer.pausedAt
      : timer.status === 'ended' && timer.endedAt !== null
        ? timer.endedAt
        : now;
  return Math.max(0, until - timer.stepStartedAt - timer.pausedMs);
}

/** The current step's planned length, with added or removed time. */
export function plannedMs(timer: TimerState, step: Pick<ProtocolStep, 'minutes'>): number {
  return Math.max(0, step.minutes * MINUTE + timer.extraMs);
}

/** Time left in the current step at `now`; negative in overtime. */
export function remainingMs(timer: TimerState, step: Pick<ProtocolStep, 'minutes'>, now: number) {
  return plannedMs(timer, step) - elapsedMs(timer, now);
}

/** `m:ss`, with a leading minus sign in overtime, rounded so that a second shows whole. */
export function formatClock(ms: number): string {
  const overtime = ms < 0;
  const seconds = overtime ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return overtime ? `+${text}` : text;
}

export interface TimerTransition {
  timer: TimerState;
  /** The step visit that this command closed, if any. */
  visit: StepVisit | null;
}

/** Why a command does not apply in the current state; null when it does. */
export function refuseCommand(timer: TimerState, command: TimerCommand, stepCount: number) {
  const { status } = timer;
  switch (command.type) {
    case 'start':
      if (status !== 'ready') return 'The run has already started';
      return stepCount > 0 ? null : 'The protocol has no steps';
    case 'pause':
      return status === 'running' ? null : 'The timer is not running';
    case 'resume':
      return status === 'paused' ? null : 'The timer is not paused';
    case 'add-time':
      return status === 'running' || status === 'paused' ? null : 'The run is not in progress';
    case 'next':
    case 'end':
      return status === 'running' || status === 'paused' ? null : 'The run is not in progress';
    case 'previous':
      if (status !== 'running' && status !== 'paused') return 'The run is not in progress';
      return timer.stepIndex > 0 ? null : 'This is the first step';
  }
}

/**
 * Applies a facilitator's command at server time `now`. Throws when the command does not
 * apply (check with `refuseCommand` first). Moving past the last step ends the run.
 */
export function applyTimerCommand(
  timer: TimerState,
  command: TimerCommand,
  steps: readonly Pick<ProtocolStep, 'id' | 'minutes'>[],
  now: number,
): TimerTransition {
  const refusal = refuseCommand(timer, command, steps.length);
  if (refusal) throw new Error(refusal);
  const closeVisit = (): StepVisit | null => {
    const step = steps[timer.stepIndex];
    if (!step || timer.stepStartedAt === null) return null;
    return {
      stepId: step.id,
      startedAt: timer.stepStartedAt,
      endedAt: now,
      elapsedMs: elapsedMs(timer, now),
    };
  };
  const enterStep = (stepIndex: number): TimerState => ({
    ...timer,
    stepIndex,
    stepStartedAt: now,
    pausedMs: 0,
    extraMs: 0,
    // Moving while paused keeps the timer paused, at the start of the new step.
    pausedAt: timer.status === 'paused' ? now : null,
  });

  switch (command.type) {
    case 'start':
      return { timer: { ...initialTimer, status: 'running', stepStartedAt: now }, visit: null };
    case 'pause':
      return { timer: { ...timer, status: 'paused', pausedAt: now }, visit: null };
    case 'resume': {
      const paused = timer.pausedAt === null ? 0 : now - timer.pausedAt;
      return {
        timer: { ...timer, status: 'running', pausedAt: null, pausedMs: timer.pausedMs + paused },
        visit: null,
      };
    }
    case 'add-time': {
      const step = steps[timer.stepIndex];
      const floor = step ? -step.minutes * MINUTE : 0;
      const extraMs = Math.max(floor, timer.extraMs + command.minutes * MINUTE);
      return { timer: { ...timer, extraMs }, visit: null };
    }
    case 'next': {
      const visit = closeVisit();
      if (timer.stepIndex + 1 >= steps.length) {
        return { timer: { ...timer, status: 'ended', endedAt: now, pausedAt: null }, visit };
      }
      return { timer: enterStep(timer.stepIndex + 1), visit };
    }
    case 'previous':
      return { timer: enterStep(timer.stepIndex - 1), visit: closeVisit() };
    case 'end':
      return {
        timer: { ...timer, status: 'ended', endedAt: now, pausedAt: null },
        visit: closeVisit(),
      };
  }
}

/** Actual minutes per step from the visits (a step visited twice adds up). */
export function actualMsByStep(visits: readonly StepVisit[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const visit of visits)
    totals.set(visit.stepId, (totals.get(visit.stepId) ?? 0) + visit.elapsedMs);
  return totals;
}
