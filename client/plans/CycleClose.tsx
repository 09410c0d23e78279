import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useRevalidator } from 'react-router';
import { closeCycleInput } from '../../shared/api/cycles';
import { decisionModels, type DecisionModel } from '../../shared/decisions/decisionRules';
import { modelLabels } from '../../shared/decisions/decisionLabels';
import {
  type CycleOutcome,
  cycleOutcomeLabels,
  cycleOutcomes,
} from '../../shared/plans/cycleRules';
import { useApiAction } from '../forms/useApiAction';
import type { CycleContext } from './cycleContext';
import { CycleSection } from './CycleSection';
import { closeCycle } from './cyclesApi';

const outcomeHints: Record<CycleOutcome, string> = {
  adopt: 'Keep the change: it worked, so it becomes part of our practice.',
  adapt: 'Change it and test it again in the next cycle, started for you.',
  abandon: 'Drop the change: it did not help our students.',
};

interface ClosedOutcome {
  outcome: CycleOutcome;
  decisionId: string;
  nextCycleId: string | null;
}

interface ClosedStateProps {
  closed: ClosedOutcome;
  context: CycleContext;
  /** Set when this person just closed it: the form that had the focus is gone. */
  takeFocus: boolean;
}

function ClosedState({ closed, context, takeFocus }: ClosedStateProps) {
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (takeFocus) statusRef.current?.focus();
  }, [takeFocus]);
  const summary = context.record.close?.summary;
  return (
    <Stack gap="xs">
      <Text fw={700} ref={statusRef} tabIndex={-1}>
        Closed: {cycleOutcomeLabels[closed.outcome]} — the decision is in the log
      </Text>
      {summary && <Text style={{ whiteSpace: 'pre-wrap' }}>What the team learned: {summary}</Text>}
      <Group gap="lg">
        <Anchor component={Link} to={`/teams/${context.teamId}/decisions/${closed.decisionId}`}>
          Open the decision
        </Anchor>
        {closed.nextCycleId && (
          <Anchor
            component={Link}
            to={`/teams/${context.teamId}/plan/${context.planId}/cycles/${closed.nextCycleId}`}
          >
            Go to cycle {context.number + 1}
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}

interface CloseFormProps {
  context: CycleContext;
  onSubmitting: () => void;
  onClosed: (closed: ClosedOutcome) => void;
}

function CloseForm({ context, onSubmitting, onClosed }: CloseFormProps) {
  const revalidator = useRevalidator();
  const { pending, error, setError, run } = useApiAction();
  const [outcome, setOutcome] = useState('');
  const [summary, setSummary] = useState('');
  const [model, setModel] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = closeCycleInput.safeParse({ outcome, summary, model });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the form');
    onSubmitting();
    void run(async () => {
      const result = await closeCycle(context.teamId, context.cycleId, parsed.data);
      onClosed({ outcome: parsed.data.outcome, ...result });
      await revalidator.revalidate();
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Radio.Group label="Outcome" required value={outcome} onChange={setOutcome}>
          <Stack gap="xs" mt="xs">
            {cycleOutcomes.map((o) => (
              <Radio
                key={o}
                value={o}
                label={cycleOutcomeLabels[o]}
                description={outcomeHints[o]}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label="What did the team learn?"
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={summary}
          onChange={(event) => setSummary(event.currentTarget.value)}
        />
        <NativeSelect
          label="Decision model"
          description={
            model ? modelLabels[model as DecisionModel].description : 'How the team decides it'
          }
          required
          value={model}
          onChange={(event) => setModel(event.currentTarget.value)}
          data={[
            { value: '', label: 'Choose a decision model' },
            ...decisionModels.map((m) => ({ value: m, label: modelLabels[m].label })),
          ]}
        />
        <Text size="sm">
          Closing writes a proposed decision into the decision log and keeps the cycle as it is,
          read-only.
        </Text>
        {error && (
          <Alert color="red" role="alert" py="xs">
            {error}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={pending}>
            Close the cycle
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * How the cycle ends: a facilitator or the principal adopts, adapts or abandons the change
 * idea; the server writes the decision, and an adapted cycle's successor.
 */
export function CycleClose({ context }: { context: CycleContext }) {
  const [justClosed, setJustClosed] = useState<ClosedOutcome | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const close = context.record.close;
  const closed = close ?? justClosed;
  if (!closed && !context.canClose && !context.isOpen) return null;
  return (
    <CycleSection id="cycle-outcome" title="Outcome">
      {closed ? (
        <ClosedState closed={closed} context={context} takeFocus={submitted} />
      ) : context.canClose ? (
        <CloseForm
          context={context}
          onSubmitting={() => setSubmitted(true)}
          onClosed={setJustClosed}
        />
      ) : (
        <Text size="sm">
          A facilitator or the principal closes the cycle once the team has studied its data: adopt,
          adapt or abandon the change idea.
        </Text>
      )}
    </CycleSection>
  );
}
