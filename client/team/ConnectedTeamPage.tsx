import { Divider, Stack } from '@mantine/core';
import type { TeamDetail } from '../../shared/api/teams';
import { canManageTeam, documentAccess } from '../../shared/access/roles';
import { PageShell } from '../app/PageShell';
import { SignOutButton } from '../auth/SignOutButton';
import { AccessProblemNotice } from '../collab/AccessProblemNotice';
import { ConnectionStatus } from '../collab/ConnectionStatus';
import type { CollabSession } from '../collab/openCollabDocument';
import { PresenceAvatars } from '../collab/PresenceAvatars';
import type { PresenceUser } from '../collab/presenceUser';
import { useConnectionState } from '../collab/useConnectionState';
import { usePresence } from '../collab/usePresence';
import { useServerAccess } from '../collab/useServerAccess';
import { CommitmentsSection } from '../purpose/CommitmentsSection';
import { PurposeStatementSection } from '../purpose/PurposeStatementSection';
import { StudentsOfFocusSection } from '../purpose/StudentsOfFocusSection';
import { InviteButton } from './InviteButton';
import { MembersSection } from './MembersSection';
import { TeamBar } from './TeamBar';

interface ConnectedTeamPageProps {
  team: TeamDetail;
  session: CollabSession;
  user: PresenceUser;
}

/** The team page once its document is open: live status, presence, and the purpose. */
export function ConnectedTeamPage({ team, session, user }: ConnectedTeamPageProps) {
  const { doc, provider } = session;
  const connection = useConnectionState(provider);
  const people = usePresence(provider);
  const access = useServerAccess(provider);
  const canWrite = documentAccess(team.role, 'purpose').canWrite && !access.readOnly;

  const live = (
    <TeamBar team={team}>
      {!access.problem && <ConnectionStatus state={connection} />}
      {!access.problem && <PresenceAvatars people={people} selfId={user.id} />}
      {!access.problem && canManageTeam(team.role) && <InviteButton teamId={team.id} />}
    </TeamBar>
  );

  return (
    <PageShell title={`${team.name}: purpose`} actions={<SignOutButton />} header={live}>
      {access.problem ? (
        <AccessProblemNotice problem={access.problem} />
      ) : (
        <Stack gap="xl">
          <PurposeStatementSection doc={doc} provider={provider} user={user} canWrite={canWrite} />
          <Divider />
          <StudentsOfFocusSection doc={doc} canWrite={canWrite} />
          <Divider />
          <CommitmentsSection doc={doc} canWrite={canWrite} />
          <Divider />
          <MembersSection members={team.members} />
        </Stack>
      )}
    </PageShell>
  );
}
