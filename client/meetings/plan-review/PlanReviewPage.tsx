import { Anchor, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useLoaderData } from 'react-router';
import { canDo } from '../../../shared/access/roles';
import { PageShell } from '../../app/PageShell';
import { SignedInActions } from '../../app/SignedInActions';
import { presenceUserFor } from '../../collab/presenceUser';
import { TeamBar } from '../../teams/members/TeamBar';
import type { planReviewLoader } from './planReviewLoader';
import { PlanReviewBoard } from './PlanReviewBoard';
import { PlanReviewGate } from './PlanReviewGate';

/** A plan review agenda item on people's devices. */
export function PlanReviewPage() {
  const { user, team, teams, meeting, currentPlanId, itemId } =
    useLoaderData<typeof planReviewLoader>();
  const presenceUser = useMemo(() => presenceUserFor(user), [user]);
  return (
    <PageShell
      title={`Plan review: ${meeting.title}`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
      header={<TeamBar team={team} />}
      size="lg"
    >
      <Stack gap="lg">
        <Anchor component={Link} to={`/teams/${team.id}/meetings/${meeting.id}`}>
          Back to the meeting: {meeting.title}
        </Anchor>
        <Title order={2}>Plan review</Title>
        <PlanReviewGate
          team={team}
          meetingId={meeting.id}
          itemId={itemId}
          currentPlanId={currentPlanId}
          user={presenceUser}
          render={(view) => (
            <PlanReviewBoard
              view={view}
              teamId={team.id}
              meetingId={meeting.id}
              itemId={itemId}
              canEdit={canDo(team.role, 'plan.edit')}
            />
          )}
        />
      </Stack>
    </PageShell>
  );
}
