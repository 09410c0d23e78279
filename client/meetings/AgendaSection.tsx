import { Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AgendaItem } from '../../shared/meetings/meetingDoc';
import type { AgendaCommand, RunningAgenda } from '../../shared/meetings/runningAgenda';
import { useApiAction } from '../forms/useApiAction';
import type { LiveList } from '../collab/useOrderedList';
import { AddAgendaItemForm } from './AddAgendaItemForm';
import { AgendaItemCard } from './AgendaItemCard';
import { describeAgenda, summarizeAgenda } from './agendaSummary';
import type { MeetingContext } from './meetingContext';
import { sendAgendaCommand } from './meetingsApi';
import { RunningAgendaPanel } from './RunningAgendaPanel';

interface AgendaSectionProps {
  live: LiveList<AgendaItem>;
  meeting: MeetingContext;
  /** The running agenda, live from the meeting's control document. */
  running: RunningAgenda;
  /** This device's server-clock offset (ms). */
  offset: number;
  /** Total minutes of each run's protocol, by run id. */
  runMinutes: ReadonlyMap<string, number>;
  isClosed: boolean;
}

/** The meeting's agenda: time-boxed items in order, each maybe opening a run or a decision. */
export function AgendaSection({
  live,
  meeting,
  running,
  offset,
  runMinutes,
  isClosed,
}: AgendaSectionProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const command = useApiAction();
  const [startingId, setStartingId] = useState<string | null>(null);
  const canRun = meeting.canFacilitate && !isClosed;
  const currentId = running.current?.itemId ?? null;
  // Where focus goes once the new state shows (its update may come before or after the
  // command's answer): the Next button, or the heading when the agenda finished.
  const pendingFocus = useRef<'started' | 'finished' | null>(null);
  const shownId = useRef(currentId);

  const applyFocus = useCallback(() => {
    const want = pendingFocus.current;
    if (want === 'started' && shownId.current !== null) nextRef.current?.focus();
    else if (want === 'finished' && shownId.current === null) headingRef.current?.focus();
    else return;
    pendingFocus.current = null;
  }, []);

  useEffect(() => {
    shownId.current = currentId;
    applyFocus();
  }, [currentId, applyFocus]);

  async function send(agendaCommand: AgendaCommand) {
    const done = await command.run(() =>
      sendAgendaCommand(meeting.teamId, meeting.meetingId, agendaCommand),
    );
    return done === true;
  }

  async function handleStart(itemId: string) {
    setStartingId(itemId);
    if (await send({ type: 'start', itemId })) {
      pendingFocus.current = 'started';
      applyFocus();
    }
    setStartingId(null);
  }

  async function handleNext() {
    const index = live.items.findIndex((item) => item.id === currentId);
    const isLast = index === -1 || index === live.items.length - 1;
    if ((await send({ type: 'next' })) && isLast) {
      pendingFocus.current = 'finished';
      applyFocus();
    }
  }

  return (
    <Stack component="section" aria-labelledby="agenda-heading" gap="md">
      <Title order={2} id="agenda-heading" ref={headingRef} tabIndex={-1}>
        Agenda
      </Title>
      <Text fw={600}>{describeAgenda(summarizeAgenda(live.items))}</Text>
      <RunningAgendaPanel
        running={running}
        items={live.items}
        offset={offset}
        canRun={canRun}
        pending={command.pending && startingId === null}
        onNext={() => void handleNext()}
        nextRef={nextRef}
      />
      {command.error && (
        <Text role="alert" size="sm" fw={600} c="red.9">
          Could not move the agenda on: {command.error}
        </Text>
      )}
      {live.items.length > 0 && (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {live.items.map((item, index) => (
            <AgendaItemCard
              key={item.id}
              item={item}
              index={index}
              live={live}
              meeting={meeting}
              onRemoved={() => headingRef.current?.focus()}
              timing={{
                isCurrent: item.id === currentId,
                time: running.times.find((time) => time.itemId === item.id),
                protocolMinutes: item.runId ? runMinutes.get(item.runId) : undefined,
                onStart: canRun ? () => void handleStart(item.id) : undefined,
                isStarting: startingId === item.id,
              }}
            />
          ))}
        </Stack>
      )}
      {meeting.canWrite && (
        <Paper withBorder p="md" bg="gray.0">
          <AddAgendaItemForm live={live} />
        </Paper>
      )}
    </Stack>
  );
}
