import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { EyeOff } from 'lucide-react';
import type { RunControl } from '../../shared/protocol-runs/runControlDoc';
import { actualMsByStep } from '../../shared/protocol-runs/timer';
import { Countdown } from './Countdown';
import { FacilitatorControls } from './FacilitatorControls';
import { formatDuration } from './runSummaryData';
import { speakingLabels } from './runLabels';
import type { RunView } from './runView';
import { currentStepOf } from './runView';

/** What a screen reader hears when the run moves: the new step, or the end. */
function announcementOf(control: RunControl): string {
  const { step, index } = currentStepOf(control);
  const total = control.protocol.steps.length;
  if (control.timer.status === 'ended') return 'The run has ended. The summary is below.';
  if (control.timer.status === 'ready' || !step) return '';
  const paused = control.timer.status === 'paused' ? ' The timer is paused.' : '';
  return `Now on step ${index + 1} of ${total}: ${step.title}.${paused}`;
}

function totalMs(control: RunControl): number {
  let sum = 0;
  for (const ms of actualMsByStep(control.visits).values()) sum += ms;
  return sum;
}

/** The step the run is on: its title, prompt, who speaks, the big clock, the controls. */
export function CurrentStepCard({ run }: { run: RunView }) {
  const { control } = run;
  const { step, index } = currentStepOf(control);
  const isEnded = control.timer.status === 'ended';
  const heading = isEnded
    ? 'The run has ended'
    : `Step ${index + 1} of ${control.protocol.steps.length} · ${step?.title ?? ''}`;

  return (
    <Paper
      component="section"
      aria-labelledby="current-step-heading"
      withBorder
      shadow="xs"
      p="md"
      bg={isEnded ? 'gray.0' : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap={6} style={{ flex: '1 1 18rem' }}>
            <Title order={2} size="h3" id="current-step-heading" tabIndex={-1}>
              {heading}
            </Title>
            {isEnded ? (
              <Text>Total time: {formatDuration(totalMs(control))}. The summary is below.</Text>
            ) : (
              step && (
                <>
                  <Text>
                    <Text span fw={700}>
                      Who speaks:{' '}
                    </Text>
                    {speakingLabels[step.speaking]}
                  </Text>
                  <Text size="md" style={{ whiteSpace: 'pre-wrap' }}>
                    {step.prompt}
                  </Text>
                  {step.collect === 'private' && (
                    <Text
                      size="sm"
                      c="dimmed"
                      display="flex"
                      style={{ gap: 6, alignItems: 'center' }}
                    >
                      <EyeOff size={16} aria-hidden="true" />
                      Cards are collected privately: each person sees only their own until the
                      facilitator reveals them together.
                    </Text>
                  )}
                </>
              )
            )}
          </Stack>
          {!isEnded && <Countdown control={control} offset={run.offset} />}
        </Group>
        {run.isFacilitator && <FacilitatorControls run={run} />}
        <p role="status" className="visually-hidden">
          {announcementOf(control)}
        </p>
      </Stack>
    </Paper>
  );
}
