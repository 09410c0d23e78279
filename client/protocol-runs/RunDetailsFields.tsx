import { NumberInput, TextInput } from '@mantine/core';
import type { FieldErrors } from '../forms/validate';

/** What every way of creating a run asks besides the protocol. */
export interface RunDetails {
  title: string;
  presenter: string;
  /** A number, or the text being typed (NumberInput's value while it is not one). */
  votesPerPerson: number | string;
}

export const initialRunDetails = (title = ''): RunDetails => ({
  title: title.slice(0, 160),
  presenter: '',
  votesPerPerson: 3,
});

/** The details as the create-run body expects them (a half-typed number fails validation). */
export function runDetailsBody(details: RunDetails) {
  const { title, presenter, votesPerPerson } = details;
  return {
    title,
    presenter,
    votesPerPerson: typeof votesPerPerson === 'number' ? votesPerPerson : NaN,
  };
}

interface RunDetailsFieldsProps {
  details: RunDetails;
  errors: FieldErrors;
  onChange: (details: RunDetails) => void;
  /** "Title" on the runs page, "Run title" in the dialogs. */
  titleLabel: string;
  autoFocusTitle?: boolean;
}

/** The run's title, presenter and dots per person, with their hints and errors. */
export function RunDetailsFields({
  details,
  errors,
  onChange,
  titleLabel,
  autoFocusTitle = false,
}: RunDetailsFieldsProps) {
  return (
    <>
      <TextInput
        label={titleLabel}
        description="For example: 7th grade argument essays, October."
        required
        maxLength={160}
        value={details.title}
        error={errors.title}
        onChange={(event) => onChange({ ...details, title: event.currentTarget.value })}
        data-autofocus={autoFocusTitle || undefined}
      />
      <TextInput
        label="Presenter"
        description="Who brings the student work: a name or a role. Optional."
        maxLength={120}
        value={details.presenter}
        error={errors.presenter}
        onChange={(event) => onChange({ ...details, presenter: event.currentTarget.value })}
      />
      <NumberInput
        label="Votes per person"
        description="Dots each person can place on the cards of a step, from 1 to 10."
        min={1}
        max={10}
        allowDecimal={false}
        allowNegative={false}
        size="md"
        w={{ base: '100%', sm: 240 }}
        value={details.votesPerPerson}
        error={errors.votesPerPerson && 'Choose a number from 1 to 10'}
        onChange={(votesPerPerson) => onChange({ ...details, votesPerPerson })}
      />
    </>
  );
}
