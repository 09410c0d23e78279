import { Button, Group } from '@mantine/core';
import { CircleUser } from 'lucide-react';
import { NavLink } from 'react-router';
import type { TeamSummary } from '../../shared/api/teams';
import { SignOutButton } from '../auth/SignOutButton';
import { TeamSwitcher } from '../teams/TeamSwitcher';

interface SignedInActionsProps {
  /** The person's teams, for the team switcher (hidden while they have none). */
  teams: TeamSummary[];
  currentTeamId?: string;
}

/** The app bar's controls once signed in: switch team, account (current on its page), sign out. */
export function SignedInActions({ teams, currentTeamId }: SignedInActionsProps) {
  return (
    <Group gap="sm" wrap="wrap">
      {teams.length > 0 && <TeamSwitcher teams={teams} currentTeamId={currentTeamId} />}
      <Button
        component={NavLink}
        to="/account"
        variant="subtle"
        leftSection={<CircleUser size={16} aria-hidden="true" />}
      >
        Account
      </Button>
      <SignOutButton />
    </Group>
  );
}
