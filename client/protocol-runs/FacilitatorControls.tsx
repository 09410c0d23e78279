import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Eye, Flag, Pause, Play, SkipBack, SkipForward, Users } from 'lucide-react';
import type { MouseEvent } from 'react';
import { useState } from 'react';
import type { RunCommand } from '../../shared/api/runs';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { useApiAction } from '../forms/useApiAction';
import { sendRunCommand } from './runsApi';
import type { RunView } from './runView';
import { currentStepOf } from './runView';

const confirmations: Partial<Record<RunCommand['type'], string>> = {
  'follow-me': 'Everyone’s screen now shows the current step.',
  reveal: 'The cards of this step are now visible to everyone.',
};

/**
 * The facilitator's controls. Buttons that do not apply right now stay in place and
 * focusable but inert (`aria-disabled`), so the keyboard focus never falls off the page
 * when the run moves on; the one primary button turns from Start into Pause and Resume.
 */
export function FacilitatorControls({ run }: { run: RunView }) {
  const { teamId, runId, control } = run;
  const { status } = control.timer;
  const { step, index } = currentStepOf(control);
  const isLast = index === control.protocol.steps.length - 1;
  const { pending, error, run: call } = useApiAction();
  const [done, setDone] = useState('');
  const [isConfirmingEnd, setConfirmingEnd] = useState(false);
  const inProgress = status === 'running' || status === 'paused';

  async function send(command: RunCommand) {
    if (pending) return;
    setDone('');
    const ok = await call(() => sendRunCommand(teamId, runId, command));
    if (ok) setDone(confirmations[command.type] ?? '');
  }
  const unless = (isInert: boolean, command: RunCommand) => ({
    'aria-disabled': isInert || undefined,
    'data-disabled': isInert || undefined,
    onClick: (event: MouseEvent) => {
      event.preventDefault();
      if (!isInert) void send(command);
    },
  });

  const primary =
    status === 'ready'
      ? { label: 'Start run', icon: Play, command: { type: 'start' } as const }
      : status === 'paused'
        ? { label: 'Resume', icon: Play, command: { type: 'resume' } as const }
        : { label: 'Pause', icon: Pause, command: { type: 'pause' } as const };
  const PrimaryIcon = primary.icon;
  const isPrivate = step?.collect === 'private';
  const isRevealed = step ? control.revealedStepIds.includes(step.id) : false;

  if (status === 'ended') return null;
  return (
    <Stack gap="sm">
      <Group role="group" aria-label="Run controls" gap="xs" wrap="wrap">
        <Button
          leftSection={<PrimaryIcon size={16} aria-hidden="true" />}
          {...unless(false, primary.command)}
        >
          {primary.label}
        </Button>
        <Button variant="default" {...unless(!inProgress, { type: 'add-time', minutes: 1 })}>
          +1 min
        </Button>
        <Button variant="default" {...unless(!inProgress, { type: 'add-time', minutes: -1 })}>
          −1 min
        </Button>
        <Button
          variant="default"
          leftSection={<SkipBack size={16} aria-hidden="true" />}
          {...unless(!inProgress || index === 0, { type: 'previous' })}
        >
          Previous step
        </Button>
        <Button
          variant="default"
          leftSection={<SkipForward size={16} aria-hidden="true" />}
          {...unless(!inProgress || isLast, { type: 'next' })}
        >
          Next step
        </Button>
        <Button
          variant="default"
          leftSection={<Users size={16} aria-hidden="true" />}
          {...unless(false, { type: 'follow-me' })}
        >
          Bring everyone here
        </Button>
        {isPrivate && step && (
          <Button
            variant="default"
            leftSection={<Eye size={16} aria-hidden="true" />}
            {...unless(isRevealed || !inProgress, { type: 'reveal', stepId: step.id })}
          >
            {isRevealed ? 'Cards revealed' : 'Reveal cards'}
          </Button>
        )}
        <Button
          variant="default"
          color="red.9"
          leftSection={<Flag size={16} aria-hidden="true" />}
          aria-disabled={!inProgress || undefined}
          data-disabled={!inProgress || undefined}
          onClick={() => inProgress && setConfirmingEnd(true)}
        >
          End run
        </Button>
      </Group>
      <Text role="status" size="sm" fw={600} c="green.9">
        {done}
      </Text>
      {error && (
        <Alert color="red" variant="light" title="That did not work">
          {error}
        </Alert>
      )}
      <ConfirmDialog
        opened={isConfirmingEnd}
        onClose={() => setConfirmingEnd(false)}
        title="End the run?"
        confirmLabel="End run"
        errorTitle="Could not end the run"
        onConfirm={() => sendRunCommand(teamId, runId, { type: 'end' })}
        onDone={() => document.getElementById('current-step-heading')?.focus()}
      >
        <Text>
          The timer stops for everyone and the summary appears.{' '}
          {!isLast && 'Steps not yet reached are skipped.'}
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
