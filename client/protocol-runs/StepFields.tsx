import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import type { SpeakingRule } from '../../shared/protocol-runs/protocolSchema';
import type { DraftErrors, ShownColumnOption, StepDraft } from './protocolDraft';
import { shownColumnOfValue, shownColumnValue } from './protocolDraft';
import { speakingOptions } from './runLabels';

interface StepFieldsProps {
  step: StepDraft;
  index: number;
  count: number;
  errors: DraftErrors;
  /** Earlier steps' columns this step can show (and any it shows that are gone). */
  showOptions: ShownColumnOption[];
  onChange: (changes: Partial<StepDraft>) => void;
  onMove: (toIndex: number) => void;
  onRemove: () => void;
}

/** The fields of one step in the protocol editor, with its move and remove buttons. */
export function StepFields({
  step,
  index,
  count,
  errors,
  showOptions,
  onChange,
  onMove,
  onRemove,
}: StepFieldsProps) {
  const error = (field: keyof StepDraft) => errors[`steps.${index}.${field}`];
  return (
    <Fieldset legend={`Step ${index + 1}`} id={step.id} variant="filled">
      <Stack gap="sm">
        <Group align="flex-start" gap="md" wrap="wrap">
          <TextInput
            label="Title"
            required
            maxLength={120}
            style={{ flex: '1 1 16rem' }}
            value={step.title}
            error={error('title')}
            data-step-title={step.id}
            onChange={(event) => onChange({ title: event.currentTarget.value })}
          />
          <NumberInput
            label="Minutes"
            required
            min={0}
            max={240}
            decimalScale={1}
            allowNegative={false}
            size="md"
            w={120}
            value={step.minutes}
            error={error('minutes')}
            onChange={(minutes) => onChange({ minutes })}
          />
        </Group>
        <Textarea
          label="Prompt"
          description="What the group does, in a sentence or two. It is shown large on the shared screen."
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={step.prompt}
          error={error('prompt')}
          onChange={(event) => onChange({ prompt: event.currentTarget.value })}
        />
        <Group align="flex-start" gap="md" wrap="wrap">
          <NativeSelect
            label="Who speaks"
            data={speakingOptions}
            style={{ flex: '1 1 14rem' }}
            value={step.speaking}
            error={error('speaking')}
            onChange={(event) => onChange({ speaking: event.currentTarget.value as SpeakingRule })}
          />
          <TextInput
            label="Columns"
            description="Separate with commas, e.g. Warm feedback, Cool feedback. Leave empty for a discussion-only step."
            style={{ flex: '2 1 18rem' }}
            value={step.columns}
            error={error('columns')}
            onChange={(event) => onChange({ columns: event.currentTarget.value })}
          />
        </Group>
        {showOptions.length > 0 && (
          <MultiSelect
            label="Show cards from earlier steps"
            description="For a step that shares or discusses what an earlier step collected: its cards appear on this step's board and on the shared screen."
            placeholder={step.shows.length === 0 ? 'None' : undefined}
            data={showOptions}
            value={step.shows.map(shownColumnValue)}
            error={error('shows')}
            clearable
            onChange={(values) => onChange({ shows: values.map(shownColumnOfValue) })}
          />
        )}
        <Checkbox
          label="Collect privately, reveal together"
          description="Each person sees only their own cards until the facilitator reveals them all."
          checked={step.collect === 'private'}
          onChange={(event) =>
            onChange({ collect: event.currentTarget.checked ? 'private' : 'open' })
          }
        />
        <Group gap="xs">
          <Button
            id={`${step.id}-up`}
            variant="default"
            size="compact-md"
            leftSection={<ArrowUp size={16} aria-hidden="true" />}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            Move up
          </Button>
          <Button
            id={`${step.id}-down`}
            variant="default"
            size="compact-md"
            leftSection={<ArrowDown size={16} aria-hidden="true" />}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            Move down
          </Button>
          <Button
            variant="default"
            size="compact-md"
            color="red.9"
            leftSection={<Trash2 size={16} aria-hidden="true" />}
            onClick={onRemove}
          >
            Remove step
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
