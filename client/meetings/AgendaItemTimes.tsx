import { Group, Text } from '@mantine/core';
import { TriangleAlert } from 'lucide-react';
import { actualMinutes, type AgendaItemTime } from '../../shared/meetings/runningAgenda';
import { describeTimeBoxMismatch, formatDuration } from './agendaSummary';

interface AgendaItemTimesProps {
  /** The item's time box. */
  minutes: number;
  /** Total minutes of the protocol its run follows, when it has one. */
  protocolMinutes: number | undefined;
  /** The time recorded for it, once the running agenda has left it. */
  time: AgendaItemTime | undefined;
}

/** An agenda item's time box, the linked protocol's minutes, and planned against actual. */
export function AgendaItemTimes({ minutes, protocolMinutes, time }: AgendaItemTimesProps) {
  const mismatch =
    protocolMinutes === undefined ? null : describeTimeBoxMismatch(minutes, protocolMinutes);
  return (
    <>
      <Text size="sm">{formatDuration(minutes)}</Text>
      {protocolMinutes !== undefined && (
        <Text size="sm">Protocol: {formatDuration(protocolMinutes)}</Text>
      )}
      {mismatch && (
        <Group gap={4} wrap="nowrap" c="orange.9">
          <TriangleAlert size={14} aria-hidden="true" style={{ flex: 'none' }} />
          <Text size="sm" fw={600} c="inherit">
            {mismatch}
          </Text>
        </Group>
      )}
      {time && (
        <Text size="sm" fw={600}>
          Planned {time.plannedMinutes} · Actual {actualMinutes(time.spentMs)}
        </Text>
      )}
    </>
  );
}
