import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useLoaderData, useNavigate } from 'react-router';
import { PageShell } from '../../app/PageShell';
import { SignedInActions } from '../../app/SignedInActions';
import { timeZoneNote } from '../../meetings/meetingDates';
import { PageHeading } from '../../protocol-runs/PageHeading';
import { DEFAULT_DUE_WINDOW, dueWindowSelectData, parseDueWindow } from './dueWindow';
import { DueFollowUpTable } from './DueFollowUpTable';
import type { dueFollowUpsLoader } from './reviewLoaders';
import { reviewLogPath } from './reviewPaths';

/**
 * Follow-ups across every decision that are overdue or due soon, judged in the team's time
 * zone by the server: what is late, what is coming, who owns it and which decision it serves.
 */
export function DueFollowUpsPage() {
  const { team, teams, within, due } = useLoaderData<typeof dueFollowUpsLoader>();
  const navigate = useNavigate();

  function handleWindow(value: string) {
    const days = parseDueWindow(new URLSearchParams({ within: value }));
    void navigate({ search: days === DEFAULT_DUE_WINDOW ? '' : `?within=${days}` });
  }

  return (
    <PageShell
      title={`${team.name}: follow-ups due`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
    >
      <Stack gap="xl">
        <PageHeading
          back={{ to: reviewLogPath(team.id), label: 'Back to the decision log' }}
          title="Overdue and due soon"
          subtitle={`${team.name} · Dates in ${timeZoneNote(team.timeZone)}`}
        />
        <NativeSelect
          label="Due within"
          description="How far ahead to look for follow-ups coming due."
          data={dueWindowSelectData}
          value={String(within)}
          onChange={(event) => handleWindow(event.currentTarget.value)}
          style={{ maxWidth: '14rem' }}
        />
        <Stack component="section" aria-labelledby="due-overdue-heading" gap="sm">
          <Title order={2} size="h3" id="due-overdue-heading">
            Overdue
          </Title>
          <Text>{countText(due.overdue.length, 'overdue')}</Text>
          <DueFollowUpTable
            teamId={team.id}
            labelledBy="due-overdue-heading"
            items={due.overdue}
            empty="Nothing is overdue."
          />
        </Stack>
        <Stack component="section" aria-labelledby="due-soon-heading" gap="sm">
          <Title order={2} size="h3" id="due-soon-heading">
            Due in the next {within} days
          </Title>
          <Text>{countText(due.dueSoon.length, `due in the next ${within} days`)}</Text>
          <DueFollowUpTable
            teamId={team.id}
            labelledBy="due-soon-heading"
            items={due.dueSoon}
            empty={`Nothing is due in the next ${within} days.`}
          />
        </Stack>
      </Stack>
    </PageShell>
  );
}

function countText(count: number, what: string): string {
  return count === 1 ? `1 follow-up ${what}` : `${count} follow-ups ${what}`;
}
