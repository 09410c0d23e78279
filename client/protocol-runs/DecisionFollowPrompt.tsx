import { Affix, Button, CloseButton, Group, Paper, Text } from '@mantine/core';
import { ArrowRight } from 'lucide-react';
import { Link } from 'react-router';
import { decisionPath } from './useDecisionFollow';

interface DecisionFollowPromptProps {
  teamId: string;
  /** The request to show, or null (the live region stays, so it is announced when it fills). */
  prompt: { decisionId: string; byName: string } | null;
  /** The decision's title as the run lists it (null before the list has it). */
  title: string | null;
  onDismiss: () => void;
}

/**
 * "Fay is bringing everyone to the decision …": a card at the bottom of the screen, above the
 * board, with the link. It covers nothing anyone is typing into for long, and can be closed.
 */
export function DecisionFollowPrompt({
  teamId,
  prompt,
  title,
  onDismiss,
}: DecisionFollowPromptProps) {
  return (
    <Affix position={{ bottom: 16, left: 16 }}>
      <div role="status">
        {prompt && (
          <Paper withBorder shadow="md" radius="md" p="md" maw={440}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Text size="sm">
                {prompt.byName} is bringing everyone to{' '}
                {title ? `the decision “${title}”` : 'a decision'}.
              </Text>
              <CloseButton aria-label="Stay on the run" onClick={onDismiss} />
            </Group>
            <Button
              component={Link}
              to={decisionPath(teamId, prompt.decisionId)}
              size="compact-sm"
              mt="xs"
              rightSection={<ArrowRight size={14} aria-hidden="true" />}
            >
              Go to the decision
            </Button>
          </Paper>
        )}
      </div>
    </Affix>
  );
}
