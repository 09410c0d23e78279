import { Paper, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import type { AgendaItem } from '../../shared/meetings/meetingDoc';
import type { LiveList } from '../purpose/useOrderedList';
import { AddAgendaItemForm } from './AddAgendaItemForm';
import { AgendaItemCard } from './AgendaItemCard';
import { describeAgenda, summarizeAgenda } from './agendaSummary';
import type { MeetingContext } from './meetingContext';

interface AgendaSectionProps {
  live: LiveList<AgendaItem>;
  meeting: MeetingContext;
}

/** The meeting's agenda: time-boxed items in order, each maybe opening a run or a decision. */
export function AgendaSection({ live, meeting }: AgendaSectionProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <Stack component="section" aria-labelledby="agenda-heading" gap="md">
      <Title order={2} id="agenda-heading" ref={headingRef} tabIndex={-1}>
        Agenda
      </Title>
      <Text fw={600}>{describeAgenda(summarizeAgenda(live.items))}</Text>
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
