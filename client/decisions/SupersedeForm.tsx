import { Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { DecisionSummary } from '../../shared/api/decisions';
import { listDecisions } from './decisionsApi';

interface SupersedeFormProps {
  teamId: string;
  decisionId: string;
  /** The team's decisions as the page loaded them (the form asks again for newer ones). */
  decisions: DecisionSummary[];
  isPending: boolean;
  onConfirm: (supersededBy: string) => void;
  onCancel: () => void;
}

/** Marks the decision superseded by naming the decision that replaces it. */
export function SupersedeForm(props: SupersedeFormProps) {
  const { teamId, decisionId, isPending, onConfirm, onCancel } = props;
  const [all, setAll] = useState(props.decisions);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const decisions = all.filter((decision) => decision.id !== decisionId);

  useEffect(() => {
    let active = true;
    // The replacement may have been recorded after this page loaded.
    listDecisions(teamId).then(
      (fresh) => {
        if (active) setAll(fresh);
      },
      () => {
        // Offline: choose from the list the page loaded with.
      },
    );
    return () => {
      active = false;
    };
  }, [teamId]);

  useEffect(() => (selectRef.current ?? cancelRef.current)?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosen === '') {
      setError('Choose the decision that replaces this one');
      selectRef.current?.focus();
      return;
    }
    onConfirm(chosen);
  }

  return (
    <Paper withBorder p="md" bg="gray.0">
      <form aria-label="Mark superseded" onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          {decisions.length === 0 ? (
            <Text>
              There is no other decision in the log yet. Record the decision that replaces this one
              first.
            </Text>
          ) : (
            <NativeSelect
              ref={selectRef}
              label="Replaced by"
              required
              error={error ?? undefined}
              data={[
                { value: '', label: 'Choose a decision…' },
                ...decisions.map((decision) => ({ value: decision.id, label: decision.title })),
              ]}
              value={chosen}
              onChange={(event) => setChosen(event.currentTarget.value)}
            />
          )}
          <Group gap="sm">
            {decisions.length > 0 && (
              <Button type="submit" loading={isPending}>
                Confirm superseded
              </Button>
            )}
            <Button ref={cancelRef} variant="default" onClick={onCancel}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
