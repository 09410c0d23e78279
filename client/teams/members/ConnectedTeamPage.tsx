import { Button, Divider, Stack } from '@mantine/core';
import { CalendarDays, ScrollText, Settings, Target, Timer } from 'lucide-react';
import { Link, useRevalidator } from 'react-router';
import type { TeamDetail, TeamSummary } from '../../../shared/api/teams';
import { canDo, canManageTeam } from '../../../shared/access/roles';
import { documentAccess } from '../../../shared/access/documentAccess';
import { purposeDocumentName } from '../../../shared/documents/documentName';
import { PageShell } from '../../app/PageShell';
import { SignedInActions } from '../../app/SignedInActions';
import { AccessProblemNotice } from '../../collab/AccessProblemNotice';
import { LiveConnectionStatus } from '../../collab/LiveConnectionStatus';
import { LivePresenceAvatars } from '../../collab/LivePresenceAvatars';
import type { CollabSession } from '../../collab/openCollabDocument';
import type { PresenceUser } from '../../collab/presenceUser';
import { useServerAccess } from '../../collab/useServerAccess';
import { useCommentsDocument } from '../../comments/useCommentsDocument';
import { HistoryButton } from '../../versions/HistoryButton';
import { CommitmentsSection } from '../../purpose/CommitmentsSection';
import { PurposeStatementSection } from '../../purpose/PurposeStatementSection';
import { StudentsOfFocusSection } from '../../purpose/StudentsOfFocusSection';
import { InviteButton } from './InviteButton';
import { MembersSection } from './MembersSection';
import { TeamBar } from './TeamBar';

interface ConnectedTeamPageProps {
  team: TeamDetail;
  teams: TeamSummary[];
  session: CollabSession;
  user: PresenceUser;
}

/** The team page once its document is open: live status, presence, the purpose, members. */
export function ConnectedTeamPage({ team, teams, session, user }: ConnectedTeamPageProps) {
  const { doc, provider } = session;
  const revalidator = useRevalidator();
  // A live role change is enforced by the server at once; reload the team for the role badge.
  const access = useServerAccess(provider, {
    onAccessChanged: () => void revalidator.revalidate(),
  });
  // The server's word wins; before it has spoken (offline), the role decides.
  const canWrite = access.canWrite ?? documentAccess(team.role, 'purpose').canWrite;
  const ok = !access.problem;
  const comments = useCommentsDocument({ kind: 'purpose', teamId: team.id }, user, canWrite);

  const live = (
    <TeamBar team={team}>
      {ok && <LiveConnectionStatus provider={provider} />}
      {ok && <LivePresenceAvatars provider={provider} selfId={user.id} />}
      {ok && (
        <Button
          component={Link}
          to={`/teams/${team.id}/runs`}
          variant="default"
          leftSection={<Timer size={16} aria-hidden="true" />}
        >
          Protocol runs
        </Button>
      )}
      {ok && (
        <Button
          component={Link}
          to={`/teams/${team.id}/meetings`}
          variant="default"
          leftSection={<CalendarDays size={16} aria-hidden="true" />}
        >
          Meetings
        </Button>
      )}
      {ok && (
        <Button
          component={Link}
          to={`/teams/${team.id}/plan`}
          variant="default"
          leftSection={<Target size={16} aria-hidden="true" />}
        >
          Work plan
        </Button>
      )}
      {ok && (
        <Button
          component={Link}
          to={`/teams/${team.id}/review`}
          variant="default"
          leftSection={<ScrollText size={16} aria-hidden="true" />}
        >
          Decision log
        </Button>
      )}
      {ok && (
        <HistoryButton
          teamId={team.id}
          documentName={purposeDocumentName(team.id)}
          title={`the purpose of ${team.name}`}
          canWrite={canWrite}
          timeZone={team.timeZone}
          liveDoc={doc}
        />
      )}
      {ok && canManageTeam(team.role) && <InviteButton teamId={team.id} />}
      {ok && canDo(team.role, 'team.rename') && (
        <Button
          component={Link}
          to={`/teams/${team.id}/settings`}
          variant="default"
          leftSection={<Settings size={16} aria-hidden="true" />}
        >
          Team settings
        </Button>
      )}
    </TeamBar>
  );

  return (
    <PageShell
      title={`${team.name}: purpose`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
      header={live}
    >
      {access.problem ? (
        <AccessProblemNotice problem={access.problem} />
      ) : (
        <Stack gap="xl">
          <PurposeStatementSection
            doc={doc}
            provider={provider}
            user={user}
            canWrite={canWrite}
            comments={comments}
          />
          <Divider />
          <StudentsOfFocusSection doc={doc} canWrite={canWrite} />
          <Divider />
          <CommitmentsSection doc={doc} canWrite={canWrite} />
          <Divider />
          <MembersSection team={team} selfId={user.id} />
        </Stack>
      )}
    </PageShell>
  );
}
