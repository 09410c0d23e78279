import { Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TeamMember } from '../../shared/api/teams';
import type { PlanAction } from '../../shared/plans/planDoc';
import { actionStatuses } from '../../shared/plans/planRules';
import { formatCalendarDate, isOverdue } from '../../shared/time/teamTime';
import { ActionStatusLight } from './ActionSteps';

interface PlanOverviewProps {
  actions: PlanAction[];
  members: TeamMember[];
  timeZone: string;
}

/**
 * The plan at a glance: action steps by status and by owner, and the overdue ones (past their
 * due date in the team's time zone and not done), for the principal and the team.
 */
export function PlanOverview({ actions, members, timeZone }: PlanOverviewProps) {
  if (actions.length === 0) return null;
  const nameOf = (userId: string) =>
    members.find((m) => m.userId === userId)?.name ?? 'A former member';
  const overdue = actions
    .filter((action) => action.status !== 'done' && isOverdue(action.dueDate, timeZone))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const owners = new Map<string, { total: number; open: number }>();
  for (const action of actions) {
    const counts = owners.get(action.ownerId) ?? { total: 0, open: 0 };
    counts.total += 1;
    if (action.status !== 'done') counts.open += 1;
    owners.set(action.ownerId, counts);
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="plan-overview">
      <Stack gap="md">
        <Title order={3} id="plan-overview">
          Overview
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          <Stack gap={6}>
            <Text fw={600}>Action steps by status</Text>
            {actionStatuses.map((status) => (
              <Group key={status} justify="space-between" maw={240}>
                <ActionStatusLight status={status} />
                <Text size="sm">{actions.filter((a) => a.status === status).length}</Text>
              </Group>
            ))}
          </Stack>
          <Stack gap={6}>
            <Text fw={600}>By owner (open of all)</Text>
            {[...owners].map(([ownerId, counts]) => (
              <Group key={ownerId} justify="space-between" maw={260}>
                <Text size="sm">{nameOf(ownerId)}</Text>
                <Text size="sm">
                  {counts.open} of {counts.total}
                </Text>
              </Group>
            ))}
          </Stack>
          <Stack gap={6}>
            <Text fw={600}>Overdue</Text>
            {overdue.length === 0 ? (
              <Text size="sm">Nothing overdue.</Text>
            ) : (
              <List size="sm" spacing={4}>
                {overdue.map((action) => (
                  <List.Item key={action.id}>
                    <Anchor href={`#action-${action.id}`} size="sm">
                      {action.task}
                    </Anchor>{' '}
                    ({nameOf(action.ownerId)}, due {formatCalendarDate(action.dueDate)})
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
