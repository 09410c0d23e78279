import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { RunDecision } from './useRunDecisions';

/** The decision drafts this run produced, each with its follow-up actions. */
export function NextStepsSection({ decisions }: { decisions: RunDecision[] }) {
  // The run's page and its decisions' pages live under the same team.
  const { teamId = '' } = useParams();
  return (
    <Paper
      component="section"
      aria-labelledby="run-decisions-heading"
      withBorder
      p="lg"
      radius="md"
    >
      <Stack gap="sm">
        <Title order={2} id="run-decisions-heading" size="h3">
          Decisions from this run
        </Title>
        {decisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            Turn a next step into a decision draft with "Turn into a decision" on its card.
          </Text>
        ) : (
          <List aria-label="Decision drafts" spacing="sm">
            {decisions.map((decision) => (
              <List.Item key={decision.id}>
                <Anchor
                  component={Link}
                  to={`/teams/${encodeURIComponent(teamId)}/decisions/${encodeURIComponent(decision.id)}`}
                  fw={600}
                >
                  {decision.title}
                </Anchor>
                {decision.followUps.length > 0 && (
                  <List aria-label={`Follow-ups of ${decision.title}`} size="sm" withPadding>
                    {decision.followUps.map((task, i) => (
                      <List.Item key={`${i}-${task}`}>{task}</List.Item>
                    ))}
                  </List>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
