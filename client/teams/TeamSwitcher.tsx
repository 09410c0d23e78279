import { Button, Menu, Text } from '@mantine/core';
import { Check, ChevronDown } from 'lucide-react';
import { Link } from 'react-router';
import type { TeamSummary } from '../../shared/api/teams';
import { roleLabels } from './members/roleLabels';

interface TeamSwitcherProps {
  teams: TeamSummary[];
  /** The team whose pages are open, marked in the list. */
  currentTeamId?: string;
}

/** "Switch team": a menu of the person's teams with their role in each (arrow keys work). */
export function TeamSwitcher({ teams, currentTeamId }: TeamSwitcherProps) {
  return (
    // No focus placeholder: it sits in the menu as role="presentation", which axe rejects.
    <Menu position="bottom-end" width={300} shadow="md" withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button variant="default" rightSection={<ChevronDown size={16} aria-hidden="true" />}>
          Switch team
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Your teams</Menu.Label>
        {teams.map((team) => {
          const isCurrent = team.id === currentTeamId;
          return (
            <Menu.Item
              key={team.id}
              component={Link}
              to={`/teams/${team.id}`}
              aria-current={isCurrent ? 'page' : undefined}
              leftSection={
                <Check size={16} aria-hidden="true" style={{ opacity: isCurrent ? 1 : 0 }} />
              }
              rightSection={
                <Text size="xs" c="dimmed">
                  {roleLabels[team.role]}
                </Text>
              }
            >
              <Text span fw={isCurrent ? 700 : 400} size="sm">
                {team.name}
              </Text>
              {isCurrent && <span className="visually-hidden"> (current team)</span>}
              <span className="visually-hidden">, </span>
            </Menu.Item>
          );
        })}
        <Menu.Divider />
        <Menu.Item component={Link} to="/">
          All teams
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
