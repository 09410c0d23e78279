import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { Lock } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { predictionInput } from '../../shared/api/cycles';
import { formatMoment } from '../../shared/time/teamTime';
import { useApiAction } from '../forms/useApiAction';
import type { CycleContext } from './cycleContext';
import { CycleSection } from './CycleSection';
import { savePrediction } from './cyclesApi';

/** The prediction while it can change: a draft the team saves through the server. */
function PredictionForm({ context }: { context: CycleContext }) {
  const saved = context.record.prediction.text;
  const [draft, setDraft] = useState<string | null>(null);
  const [savedNow, setSavedNow] = useState(false);
  const { pending, error, setError, run } = useApiAction();
  const text = draft ?? saved;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = predictionInput.safeParse({ text });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the prediction');
    void run(async () => {
      await savePrediction(context.teamId, context.cycleId, parsed.data.text);
      // Keep the draft shown: the record brings the same text back a moment later.
      setSavedNow(true);
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label="What do you predict the change idea will do?"
          description="The prediction locks when the first data point is entered."
          autosize
          minRows={3}
          maxLength={2000}
          value={text}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            setSavedNow(false);
          }}
        />
        {error && (
          <Alert color="red" role="alert" py="xs">
            {error}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" variant="default" loading={pending}>
            Save prediction
          </Button>
          <Text size="sm" role="status">
            {savedNow ? 'Prediction saved.' : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The team's prediction, written before any data so that the data can prove it wrong: the
 * server locks it, with the time, when the first data point is entered.
 */
export function CyclePrediction({ context }: { context: CycleContext }) {
  const { text, lockedAt } = context.record.prediction;
  const editable = lockedAt === null && context.canWrite;
  return (
    <CycleSection id="cycle-prediction" title="Prediction">
      {editable ? (
        <PredictionForm context={context} />
      ) : (
        <Stack gap="xs">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{text || 'No prediction was written.'}</Text>
          {lockedAt !== null ? (
            <Group gap={6} c="gray.8" wrap="nowrap">
              <Lock size={16} aria-hidden="true" />
              <Text size="sm" c="inherit">
                Locked {formatMoment(lockedAt, context.timeZone)} when the first data point was
                entered.
              </Text>
            </Group>
          ) : (
            <Text size="sm" c="gray.8">
              The prediction locks when the first data point is entered.
            </Text>
          )}
        </Stack>
      )}
    </CycleSection>
  );
}
