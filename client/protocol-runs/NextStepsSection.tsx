import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Users } from 'lucide-react';
import { Link } from 'react-router';
import { useApiAction } from '../forms/useApiAction';
import { StatusBadge } from '../decisions/review/StatusBadge';
import { DecisionFollowPrompt } from './DecisionFollowPrompt';
import type { RunView } from './runView';
import { showDecision } from './runsApi';
import { decisionPath, useDecisionFollow } from './useDecisionFollow';

/**
 * The decision drafts this run produced, live, each with its status and follow-up actions.
 * The facilitator can bring every device to one of them.
 */
export function NextStepsSection({ run }: { run: RunView }) {
  const { teamId, runId, decisions, control } = run;
  const { prompt, dismiss } = useDecisionFollow(control.decisionFollow, teamId, run.offset);
  const { pending, error, run: call } = useApiAction();
  const promptTitle = decisions.find((d) => d.id === prompt?.decisionId)?.title ?? null;

  const bringEveryone = (decisionId: string) => {
    if (!pending) void call(() => showDecision(teamId, runId, decisionId));
  };

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
            Turn a card into a decision draft with “Make a decision draft” in its More actions menu.
          </Text>
        ) : (
          <List aria-label="Decision drafts" spacing="sm">
            {decisions.map((decision) => (
              <List.Item key={decision.id}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={decisionPath(teamId, decision.id)} fw={600}>
                    {decision.title}
                  </Anchor>
                  <StatusBadge status={decision.status} />
                  {run.isFacilitator && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<Users size={14} aria-hidden="true" />}
                      aria-label={`Bring everyone to ${decision.title}`}
                      onClick={() => bringEveryone(decision.id)}
                    >
                      Bring everyone
                    </Button>
                  )}
                </Group>
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
        {error && (
          <Alert color="red" variant="light" title="Could not bring everyone there">
            {error}
          </Alert>
        )}
      </Stack>
      <DecisionFollowPrompt
        teamId={teamId}
        prompt={prompt}
        title={promptTitle}
        onDismiss={dismiss}
      />
    </Paper>
  );
}
