import { Stack, Text } from '@mantine/core';
import { Pause } from 'lucide-react';
import type { RunControl } from '../../shared/protocol-runs/runControlDoc';
import { formatMinutes } from './runLabels';
import { currentStepOf } from './runView';
import styles from './run.module.css';
import { useStepClock } from './useStepClock';

function statusLine(control: RunControl, isTimeUp: boolean): string {
  const { step } = currentStepOf(control);
  switch (control.timer.status) {
    case 'ready':
      return step ? `Not started · ${formatMinutes(step.minutes)} planned` : 'Not started';
    case 'paused':
      return 'Paused';
    case 'ended':
      return 'Ended';
    case 'running':
      return isTimeUp ? 'Time is up' : 'Time left';
  }
}

/**
 * The big clock of the current step. Its ticking is not announced (a `timer` is not a live
 * region); reaching zero is, once, through the status line below it.
 */
export function Countdown({ control, offset }: { control: RunControl; offset: number }) {
  const { clock, isOvertime, isTimeUp } = useStepClock(control, offset);
  const isPaused = control.timer.status === 'paused';
  return (
    <Stack gap={4} align="center">
      <div
        role="timer"
        aria-label="Time left in this step"
        className={styles.clock}
        data-overtime={isOvertime || undefined}
      >
        {isOvertime && <span className={styles.overtimeLabel}>Overtime </span>}
        {clock}
      </div>
      <Text
        size="sm"
        fw={700}
        c={isTimeUp ? 'orange.9' : 'dimmed'}
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        {isPaused && <Pause size={14} aria-hidden="true" />}
        {statusLine(control, isTimeUp)}
      </Text>
      <p role="status" className="visually-hidden">
        {isTimeUp ? 'Time is up for this step.' : ''}
      </p>
    </Stack>
  );
}
