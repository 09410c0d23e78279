import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { TeamMember } from '../../shared/api/teams';
import { roleLabels } from './roleLabels';

/** Who belongs to the team, as the server listed them when the page loaded. */
export function MembersSection({ members }: { members: TeamMember[] }) {
  return (
    <Stack component="section" aria-labelledby="members-heading" gap="sm">
      <Title order={2} id="members-heading">
        Team members
      </Title>
      {members.length === 0 ? (
        <Text>No members yet.</Text>
      ) : (
        <List listStyleType="none" spacing="xs" p={0}>
          {members.map((member) => (
            <List.Item key={member.userId}>
              <Group gap="sm">
                <Text>{member.name}</Text>
                <Badge variant="light" color="gray">
                  {roleLabels[member.role]}
                </Badge>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
