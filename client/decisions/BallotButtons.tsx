import { Button, Group, Stack, Text } from '@mantine/core';
import type { VotingModel } from '../../shared/decisions/tally';
import { ballotValues } from '../../shared/decisions/tally';
import { ballotHints, ballotLabel } from './ballotLabels';

interface BallotButtonsProps {
  model: VotingModel;
  /** This person's ballot this round, or null. */
  value: number | string | null;
  isPending: boolean;
  onCast: (value: number | string) => void;
}

/** This person's own ballot: one toggle button per answer, the chosen one pressed. */
export function BallotButtons({ model, value, isPending, onCast }: BallotButtonsProps) {
  const values: readonly (number | string)[] = ballotValues[model];
  const chosen = value === null ? null : String(value);
  return (
    <Stack gap="xs">
      <div role="group" aria-labelledby="ballot-label" aria-describedby="ballot-hint">
        <Text id="ballot-label" fw={600} mb={6}>
          Your vote
        </Text>
        <Group gap="xs" wrap="wrap">
          {values.map((answer) => {
            const isChosen = chosen === String(answer);
            return (
              <Button
                key={answer}
                variant={isChosen ? 'filled' : 'default'}
                aria-pressed={isChosen}
                // Not disabled while saving: the focus stays on the button just pressed.
                onClick={() => {
                  if (!isPending) onCast(answer);
                }}
              >
                {ballotLabel(model, answer)}
              </Button>
            );
          })}
        </Group>
      </div>
      <Text id="ballot-hint" size="sm" c="dimmed">
        {ballotHints[model]}
      </Text>
      <Text size="sm" role="status" aria-live="polite">
        {chosen === null
          ? 'You have not voted yet.'
          : `You voted ${ballotLabel(model, chosen)}. You can change your vote until it closes.`}
      </Text>
    </Stack>
  );
}
