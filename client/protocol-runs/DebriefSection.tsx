import { Alert, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { NormRating } from '../../shared/protocol-runs/runBoardDoc';
import { useApiAction } from '../forms/useApiAction';
import { plural } from './runLabels';
import { rateNorm } from './runsApi';
import type { RunView } from './runView';

const RATINGS = ['1', '2', '3', '4', '5'];

/** "Team average 3.8 from 5 ratings", or nothing yet. */
export function describeAverage(rating: NormRating | undefined): string {
  if (!rating || rating.count === 0) return 'No ratings yet.';
  const average = Math.round((rating.total / rating.count) * 10) / 10;
  return `Team average ${average} from ${plural(rating.count, 'rating')}.`;
}

/** The debrief: each person rates how well the team kept each norm; averages are live. */
export function DebriefSection({ run }: { run: RunView }) {
  const { control, board, mine, isParticipant } = run;
  const { error, run: call } = useApiAction();
  // Shows the choice at once (arrow keys move through a radio group quickly); the server's
  // copy of your ratings takes over when it answers.
  const [chosen, setChosen] = useState<Record<string, string>>({});
  if (control.norms.length === 0) return null;

  async function handleRate(normId: string, value: string) {
    setChosen((previous) => ({ ...previous, [normId]: value }));
    const ok = await call(() => rateNorm(run.teamId, run.runId, normId, Number(value)));
    if (ok) await run.refreshMine();
  }

  return (
    <Paper component="section" aria-labelledby="debrief-heading" withBorder p="lg">
      <Stack gap="md">
        <Title order={2} id="debrief-heading">
          How well did we keep our norms?
        </Title>
        {isParticipant && <Text>Rate each norm from 1 (not at all) to 5 (completely).</Text>}
        {control.norms.map((norm) => {
          const average = describeAverage(board.normRatings[norm.id]);
          if (!isParticipant) {
            return (
              <Stack key={norm.id} gap={2}>
                <Text fw={600}>{norm.text}</Text>
                <Text size="sm" c="dimmed">
                  {average}
                </Text>
              </Stack>
            );
          }
          const mineValue = mine.ratings[norm.id];
          return (
            <Radio.Group
              key={norm.id}
              label={norm.text}
              description={average}
              value={chosen[norm.id] ?? (mineValue === undefined ? null : String(mineValue))}
              onChange={(value) => void handleRate(norm.id, value)}
            >
              <Group gap="lg" mt="xs">
                {RATINGS.map((value) => (
                  <Radio key={value} value={value} label={value} size="md" />
                ))}
              </Group>
            </Radio.Group>
          );
        })}
        {error && (
          <Alert color="red" variant="light" title="Could not save your rating">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
