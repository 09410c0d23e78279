import { Center, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { useLoaderData } from 'react-router';
import type { CurrentUser } from '../../../shared/api/auth';
import type { TeamDetail, TeamSummary } from '../../../shared/api/teams';
import { purposeDocumentName } from '../../../shared/documents/documentName';
import { PageShell } from '../../app/PageShell';
import { SignedInActions } from '../../app/SignedInActions';
import { presenceUserFor } from '../../collab/presenceUser';
import { useCollabDocument } from '../../collab/useCollabDocument';
import { ConnectedTeamPage } from './ConnectedTeamPage';
import { TeamBar } from './TeamBar';
import type { teamLoader } from './teamLoader';

interface TeamWorkspaceProps {
  user: CurrentUser;
  team: TeamDetail;
  teams: TeamSummary[];
}

function TeamWorkspace({ user, team, teams }: TeamWorkspaceProps) {
  const presenceUser = useMemo(() => presenceUserFor(user), [user]);
  const session = useCollabDocument(purposeDocumentName(team.id), presenceUser);
  if (session)
    return <ConnectedTeamPage team={team} teams={teams} session={session} user={presenceUser} />;
  return (
    <PageShell
      title={team.name}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
      header={<TeamBar team={team} />}
    >
      <Center py="xl">
        <Loader aria-label="Opening the purpose document" />
      </Center>
    </PageShell>
  );
}

/** A team's purpose page. Loaded on demand: it carries the rich-text editor. */
export function TeamPage() {
  const { user, team, teams } = useLoaderData<typeof teamLoader>();
  // A new team means a new document: remount rather than reuse the previous session.
  return <TeamWorkspace key={team.id} user={user} team={team} teams={teams} />;
}
