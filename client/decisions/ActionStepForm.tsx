import { Alert, Box, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { PlanDetail } from '../../shared/api/plans';
import { followUpActionInput } from '../../shared/api/plans';
import type { TeamMember } from '../../shared/api/teams';
import { useApiAction } from '../forms/useApiAction';
import type { ActionStepDraft } from './actionStepDefaults';
import { makeFollowUpActionStep } from './decisionsApi';
import { strategyName } from './planLinkChoices';

interface ActionStepFormProps {
  teamId: string;
  decisionId: string;
  followUpId: string;
  /** The follow-up's task, shortened: the form is named for it. */
  subject: string;
  plan: PlanDetail;
  members: readonly TeamMember[];
  defaults: ActionStepDraft;
  onAdded: (step: { planId: string; actionId: string }) => void;
  onCancel: () => void;
}

/**
 * Makes a follow-up an action step: the strategy it carries out, and the owner from the team
 * and due date every action step needs (checked here with the server's own schema, and there).
 */
export function ActionStepForm(props: ActionStepFormProps) {
  const { teamId, decisionId, followUpId, subject, plan, members, defaults } = props;
  const { pending, error, setError, run } = useApiAction();
  const [draft, setDraft] = useState(defaults);
  const strategyRef = useRef<HTMLSelectElement>(null);
  const change = (changes: Partial<ActionStepDraft>) => setDraft({ ...draft, ...changes });

  // The button that opened the form is gone: the keyboard carries on in the form.
  useEffect(() => strategyRef.current?.focus(), []);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = followUpActionInput.safeParse({
      planId: plan.id,
      strategyId: draft.strategyId,
      ownerId: draft.ownerId,
      // Absent rather than empty, so the schema says what is missing.
      dueDate: draft.dueDate || undefined,
    });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the fields');
    void run(async () => {
      const { actionId } = await makeFollowUpActionStep(
        teamId,
        decisionId,
        followUpId,
        parsed.data,
      );
      props.onAdded({ planId: plan.id, actionId });
    });
  };

  return (
    <Box
      component="form"
      aria-label={`Make "${subject}" an action step`}
      onSubmit={handleSubmit}
      noValidate
    >
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label="Strategy"
            required
            ref={strategyRef}
            value={draft.strategyId}
            data={plan.strategies.map((s) => ({
              value: s.id,
              label: strategyName(plan, s.id) ?? 'A strategy',
            }))}
            onChange={(event) => change({ strategyId: event.currentTarget.value })}
            style={{ flex: '2 1 16rem' }}
          />
          <NativeSelect
            label="Owner"
            required
            value={draft.ownerId}
            data={[
              { value: '', label: 'Choose a member' },
              ...members.map((m) => ({ value: m.userId, label: m.name })),
            ]}
            onChange={(event) => change({ ownerId: event.currentTarget.value })}
            style={{ flex: '1 1 10rem' }}
          />
          <TextInput
            label="Due"
            type="date"
            required
            value={draft.dueDate}
            onChange={(event) => change({ dueDate: event.currentTarget.value })}
            style={{ flex: '0 1 10rem' }}
          />
        </Group>
        {error && (
          <Alert color="red" role="alert" py="xs">
            {error}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={pending}>
            Add to the plan
          </Button>
          <Button variant="default" onClick={props.onCancel} disabled={pending}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
