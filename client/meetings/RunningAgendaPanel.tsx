import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Flag, SkipForward } from 'lucide-react';
import type { Ref } from 'react';
import type { AgendaItem } from '../../shared/meetings/meetingDoc';
import { actualMinutes, type RunningAgenda } from '../../shared/meetings/runningAgenda';
import { formatClock } from '../../shared/protocol-runs/timer';
import { formatDuration } from './agendaSummary';
import { useAgendaTimeLeft } from './useAgendaTimeLeft';

interface RunningAgendaPanelProps {
  running: RunningAgenda;
  items: readonly AgendaItem[];
  /** This device's server-clock offset (ms). */
  offset: number;
  /** The person may move the agenda on (facilitator or principal, meeting open). */
  canRun: boolean;
  pending: boolean;
  onNext: () => void;
  nextRef: Ref<HTMLButtonElement>;
}

/** "12:34 left", or "Over by 1:05". */
function describeTimeLeft(ms: number): string {
  return ms < 0 ? `Over by ${formatClock(-ms)}` : `${formatClock(ms)} left`;
}

/**
 * The item under way, on every screen, with its time left on the server's clock; the
 * facilitator moves to the next item from here. Once the agenda has run, the time it took.
 * The "Now" line is a polite live region that stays mounted, so a new item is announced; the
 * ticking clock is a `timer`, which is not.
 */
export function RunningAgendaPanel({
  running,
  items,
  offset,
  canRun,
  pending,
  onNext,
  nextRef,
}: RunningAgendaPanelProps) {
  const { times } = running;
  const index = running.current
    ? items.findIndex((item) => item.id === running.current?.itemId)
    : -1;
  // The item as the agenda has it now: renamed or given more minutes while under way.
  const item = items[index];
  const current =
    running.current && item
      ? { ...running.current, title: item.title, plannedMinutes: item.minutes }
      : running.current;
  const remaining = useAgendaTimeLeft(current, offset);
  const isLast = index === -1 || index === items.length - 1;
  const planned = times.reduce((sum, time) => sum + time.plannedMinutes, 0);
  const spent = actualMinutes(times.reduce((sum, time) => sum + time.spentMs, 0));

  return (
    <Stack gap="sm">
      <div role="status" aria-live="polite">
        {current && (
          <Text fw={700} fz="lg">
            Now: {current.title}
          </Text>
        )}
      </div>
      {current && (
        <Paper withBorder p="md" bg="lake.0">
          <Group justify="space-between" align="center" wrap="wrap" gap="sm">
            <Stack gap={2}>
              <Text
                role="timer"
                aria-label="Time left for this item"
                fw={700}
                fz="xl"
                c={remaining < 0 ? 'orange.9' : undefined}
              >
                {describeTimeLeft(remaining)}
              </Text>
              <Text size="sm">{formatDuration(current.plannedMinutes)} planned</Text>
            </Stack>
            {canRun && (
              <Button
                ref={nextRef}
                variant="filled"
                loading={pending}
                leftSection={
                  isLast ? (
                    <Flag size={16} aria-hidden="true" />
                  ) : (
                    <SkipForward size={16} aria-hidden="true" />
                  )
                }
                onClick={onNext}
              >
                {isLast ? 'Finish agenda' : 'Next item'}
              </Button>
            )}
          </Group>
        </Paper>
      )}
      {!current && times.length > 0 && (
        <Text>
          Items taken up: {times.length} · Planned {formatDuration(planned)} · Actual{' '}
          {formatDuration(spent)}
        </Text>
      )}
    </Stack>
  );
}
