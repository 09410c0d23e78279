import { Anchor, Group, Stack, Text } from '@mantine/core';
import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../shared/time/teamTime';
import { MeetingTitle } from './MeetingTitle';
import { relativeDayLabel, timeZoneNote } from './meetingDates';

interface MeetingHeaderProps {
  teamId: string;
  title: string;
  /** The meeting's calendar date (YYYY-MM-DD) in the team's zone. */
  date: string;
  timeZone: string;
  canWrite: boolean;
  onRename: (title: string) => void;
  /** Live status and presence, at the right of the title. */
  status: ReactNode;
  /** The closed record and the facilitator's controls, under the date. */
  children?: ReactNode;
}

/** The meeting's row of the page header: a way back, its title (the h1), date, live status. */
export function MeetingHeader({
  teamId,
  title,
  date,
  timeZone,
  canWrite,
  onRename,
  status,
  children,
}: MeetingHeaderProps) {
  const relative = relativeDayLabel(date, timeZone);
  return (
    <Stack gap={6} mt="sm">
      <Anchor
        component={Link}
        to={`/teams/${teamId}/meetings`}
        size="sm"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}
      >
        <ArrowLeft size={14} aria-hidden="true" />
        All meetings
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 20rem' }}>
          <MeetingTitle title={title} canWrite={canWrite} onRename={onRename} />
          <Text c="dimmed">
            {formatCalendarDate(date)}
            {relative && ` (${relative.toLowerCase()})`} · {timeZoneNote(timeZone)}
          </Text>
        </Stack>
        <Group gap="md" wrap="wrap">
          {status}
        </Group>
      </Group>
      {children}
    </Stack>
  );
}
