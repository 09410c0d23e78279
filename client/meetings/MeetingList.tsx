import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { MeetingSummary } from '../../shared/api/meetings';
import { formatCalendarDate, formatMoment } from '../../shared/time/teamTime';
import { relativeDayLabel } from './meetingDates';

interface MeetingListProps {
  teamId: string;
  timeZone: string;
  meetings: MeetingSummary[];
}

/** The team's meetings, latest date first, each a link to the meeting. */
export function MeetingList({ teamId, timeZone, meetings }: MeetingListProps) {
  return (
    <Stack component="section" aria-labelledby="meetings-heading" gap="sm">
      <Title order={2} size="h3" id="meetings-heading">
        All meetings
      </Title>
      {meetings.length === 0 ? (
        <Text fs="italic">No meetings yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-labelledby="meetings-heading" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Meeting</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meetings.map((meeting) => {
                const relative = relativeDayLabel(meeting.date, timeZone);
                return (
                  <Table.Tr key={meeting.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <span>{formatCalendarDate(meeting.date)}</span>
                        {relative && (
                          <Badge variant="light" color="gray" c="dark.9">
                            {relative}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/teams/${teamId}/meetings/${meeting.id}`}
                        fw={600}
                      >
                        {meeting.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {meeting.closedAt ? (
                        <Stack gap={2}>
                          <Badge variant="light" color="lake" c="dark.9">
                            Closed
                          </Badge>
                          <Text size="sm" c="dimmed">
                            {meeting.closedByName ? `by ${meeting.closedByName}, ` : ''}
                            {formatMoment(meeting.closedAt, timeZone)}
                          </Text>
                        </Stack>
                      ) : (
                        <Badge variant="light" color="green" c="dark.9">
                          Open
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
