import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { Layers } from 'lucide-react';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { groupCardsInput } from '../../shared/api/runs';
import { focusFirstInvalid, useApiAction } from '../forms/useApiAction';
import { validate } from '../forms/validate';
import { plural } from './runLabels';
import { groupCards } from './runsApi';
import type { RunView } from './runView';

interface GroupCardsFormProps {
  run: RunView;
  stepId: string;
  selectedIds: string[];
  /** Called once the group exists, to clear the selection. */
  onGrouped: () => void;
}

/** Gathers the selected cards of a step under a title, to see the trends in them. */
export function GroupCardsForm({ run, stepId, selectedIds, onGrouped }: GroupCardsFormProps) {
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ title?: string; cardIds?: string }>({});
  const [done, setDone] = useState('');
  const { pending, error, run: call } = useApiAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    setDone('');
    const result = validate(groupCardsInput, { stepId, title, cardIds: selectedIds });
    setErrors({
      title: result.errors?.title,
      cardIds: result.errors?.cardIds && 'Select at least one card to group.',
    });
    if (!result.data) return focusFirstInvalid(form);
    const body = result.data;
    const created = await call(() => groupCards(run.teamId, run.runId, body));
    if (!created) return;
    setDone(`Grouped ${plural(body.cardIds.length, 'card')} under “${body.title}”.`);
    setTitle('');
    onGrouped();
  }

  return (
    <form aria-label="Group cards" onSubmit={handleSubmit} noValidate>
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label="Group title"
            description="Select cards with “Select for grouping”, then name what they share."
            maxLength={120}
            style={{ flex: '1 1 16rem' }}
            value={title}
            error={errors.title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <Button
            type="submit"
            variant="default"
            loading={pending}
            leftSection={<Layers size={16} aria-hidden="true" />}
          >
            Group selected cards
          </Button>
        </Group>
        <Text size="sm" c={errors.cardIds ? 'red.9' : 'dimmed'} aria-live="polite">
          {errors.cardIds ?? `${plural(selectedIds.length, 'card')} selected`}
        </Text>
        <Text role="status" size="sm" c="green.9" fw={600}>
          {done}
        </Text>
        {error && (
          <Alert color="red" variant="light" title="Could not group the cards">
            {error}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
