import { Alert, Button, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { Plus } from 'lucide-react';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import type { Protocol } from '../../shared/protocol-runs/protocolSchema';
import { focusFirstInvalid, useApiAction } from '../forms/useApiAction';
import type { DraftErrors, ProtocolDraft, StepDraft } from './protocolDraft';
import { newStep, shownColumnOptions, validateDraft } from './protocolDraft';
import { formatMinutes } from './runLabels';
import { StepFields } from './StepFields';

interface ProtocolEditorProps {
  initial: ProtocolDraft;
  /** Saves the validated protocol; an `ApiError` shows the server's message. */
  onSave: (protocol: Protocol) => Promise<unknown>;
}

function focusLater(selector: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

function minutesSum(steps: StepDraft[]): number {
  return steps.reduce((sum, step) => sum + (Number(step.minutes) || 0), 0);
}

/** Edits a protocol: its name and description, and its steps (add, remove, reorder). */
export function ProtocolEditor({ initial, onSave }: ProtocolEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [status, setStatus] = useState('');
  const addRef = useRef<HTMLButtonElement>(null);
  const { pending, error, run } = useApiAction();
  const { steps } = draft;

  const setSteps = (next: StepDraft[]) => setDraft((d) => ({ ...d, steps: next }));
  const updateStep = (id: string, changes: Partial<StepDraft>) =>
    setSteps(steps.map((s) => (s.id === id ? { ...s, ...changes } : s)));

  function moveStep(from: number, to: number) {
    const moved = steps[from];
    if (!moved || to < 0 || to >= steps.length) return;
    const next = steps.filter((_, i) => i !== from);
    next.splice(to, 0, moved);
    setSteps(next);
    setErrors({});
    setStatus(`Moved “${moved.title || `step ${from + 1}`}” to position ${to + 1}.`);
    // At either end the button just used is disabled: keep focus on the step's other one.
    const direction = to < from ? 'up' : 'down';
    const isAtEnd = to === 0 || to === steps.length - 1;
    const button = isAtEnd ? (direction === 'up' ? 'down' : 'up') : direction;
    focusLater(`#${CSS.escape(`${moved.id}-${button}`)}`);
  }

  function removeStep(index: number) {
    setSteps(steps.filter((_, i) => i !== index));
    setErrors({});
    setStatus(`Removed step ${index + 1}.`);
    addRef.current?.focus();
  }

  function addStep() {
    const step = newStep();
    setSteps([...steps, step]);
    setStatus(`Added step ${steps.length + 1}.`);
    focusLater(`[data-step-title="${CSS.escape(step.id)}"]`);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validateDraft(draft);
    setErrors(result.errors ?? {});
    if (!result.protocol) return focusFirstInvalid(form);
    const protocol = result.protocol;
    await run(() => onSave(protocol));
  }

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form aria-label="Protocol" onSubmit={handleSubmit} noValidate>
      <Stack gap="lg">
        <TextInput
          label="Name"
          required
          maxLength={120}
          value={draft.name}
          error={errors.name}
          onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxLength={2000}
          value={draft.description}
          error={errors.description}
          onChange={(event) => setDraft({ ...draft, description: event.currentTarget.value })}
        />
        <TextInput
          label="Roles"
          description="Separate with commas, e.g. Facilitator, Presenter, Participants."
          value={draft.roles}
          error={errors.roles}
          onChange={(event) => setDraft({ ...draft, roles: event.currentTarget.value })}
        />
        <Group justify="space-between" align="baseline">
          <Title order={2}>Steps</Title>
          <Text c="dimmed">{formatMinutes(minutesSum(steps))} planned</Text>
        </Group>
        {errors.steps && (
          <Text c="red.9" fw={600}>
            {errors.steps}
          </Text>
        )}
        {steps.map((step, index) => (
          <StepFields
            key={step.id}
            step={step}
            index={index}
            count={steps.length}
            errors={errors}
            showOptions={shownColumnOptions(steps, index)}
            onChange={(changes) => updateStep(step.id, changes)}
            onMove={(to) => moveStep(index, to)}
            onRemove={() => removeStep(index)}
          />
        ))}
        <Button
          ref={addRef}
          variant="default"
          leftSection={<Plus size={16} aria-hidden="true" />}
          style={{ alignSelf: 'flex-start' }}
          onClick={addStep}
        >
          Add step
        </Button>
        <p role="status" className="visually-hidden">
          {status}
        </p>
        {hasErrors && (
          <Alert color="red" variant="light" title="Fix the highlighted fields">
            Each step needs a title, a prompt and a positive number of minutes, and shows only
            columns that earlier steps have.
          </Alert>
        )}
        {error && (
          <Alert color="red" variant="light" title="Could not save the protocol">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          Save protocol
        </Button>
      </Stack>
    </form>
  );
}
