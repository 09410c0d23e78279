import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { RefreshCw } from 'lucide-react';
import { Link, useNavigate } from 'react-router';
import { useApiAction } from '../forms/useApiAction';
import { cycleStateLabel, cycleTitle } from './cycleLabels';
import { createCycle } from './cyclesApi';
import type { PlanContext } from './planContext';

interface GoalCyclesProps {
  goalId: string;
  goalNumber: number;
  context: PlanContext;
}

/** A goal's improvement cycles, each a link to its page, and a way to start the next one. */
export function GoalCycles({ goalId, goalNumber, context }: GoalCyclesProps) {
  const navigate = useNavigate();
  const { pending, error, run } = useApiAction();
  const cycles = context.cycles.filter((cycle) => cycle.goalId === goalId);
  const cyclePath = (cycleId: string) =>
    `/teams/${context.teamId}/plan/${context.planId}/cycles/${cycleId}`;

  const start = () =>
    void run(async () => {
      const { cycleId } = await createCycle(context.teamId, context.planId, {
        goalId,
        strategyId: null,
      });
      await navigate(cyclePath(cycleId));
    });

  return (
    <Stack gap="xs" component="section" aria-label={`Improvement cycles for goal ${goalNumber}`}>
      <Text fw={700}>Improvement cycles</Text>
      {cycles.length === 0 ? (
        <Text size="sm" c="dimmed">
          No cycles yet. A cycle tests one change idea in two to eight weeks, with a prediction and
          data.
        </Text>
      ) : (
        <List spacing={4} size="sm">
          {cycles.map((cycle) => (
            <List.Item key={cycle.id}>
              <Anchor component={Link} to={cyclePath(cycle.id)} size="sm">
                {cycleTitle(cycle.number, cycle.changeIdea)} — {cycleStateLabel(cycle)}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      {error && (
        <Alert color="red" role="alert" py="xs">
          {error}
        </Alert>
      )}
      {context.canWrite && (
        <Group>
          <Button
            variant="default"
            size="sm"
            loading={pending}
            leftSection={<RefreshCw size={16} aria-hidden="true" />}
            onClick={start}
          >
            Start an improvement cycle
          </Button>
        </Group>
      )}
    </Stack>
  );
}
