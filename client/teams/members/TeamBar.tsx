import { Badge, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TeamSummary } from '../../../shared/api/teams';
import { roleLabels } from './roleLabels';

/** The team's row of the page header: its name (the page's h1), your role, live status. */
export function TeamBar({ team, children }: { team: TeamSummary; children?: ReactNode }) {
  return (
    <Group justify="space-between" wrap="wrap" gap="md" mt="sm">
      <Group gap="sm" wrap="wrap">
        <Title order={1} size="h2">
          {team.name}
        </Title>
        <Badge variant="light" size="lg">
          <span className="visually-hidden">Your role: </span>
          {roleLabels[team.role]}
        </Badge>
      </Group>
      <Group gap="md" wrap="wrap">
        {children}
      </Group>
    </Group>
  );
}
