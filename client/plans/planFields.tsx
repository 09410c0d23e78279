import { z } from 'zod';
import { calendarDate } from '../../shared/meetings/meetingDoc';
import { SMALL_GROUP, SUPPRESSED_LABEL } from '../../shared/plans/privacy';
import { Stack } from '@mantine/core';
import { FieldCommentButton } from '../comments/FieldCommentButton';
import { LiveTextField } from '../forms/LiveTextField';

const textSchema = (max: number) => z.string().trim().max(max, 'This is too long');
const numberText = z
  .string()
  .trim()
  .regex(/^$|^-?\d+(\.\d+)?$/, 'Enter a number, e.g. 42 or 3.5');
const wholeNumberText = z
  .string()
  .trim()
  .regex(/^\d*$/, 'Enter a whole number of students, e.g. 24');
const dateText = z
  .string()
  .trim()
  .pipe(z.union([z.literal(''), calendarDate]));

interface FieldProps<T> {
  label: string;
  description?: string;
  value: T;
  onCommit: (next: T) => void;
  readOnly: boolean;
}

/** Where a field's comment threads are: its path in the document, and its item in words. */
export interface FieldCommentTarget {
  /** e.g. `goals/<goalId>/why` (see `shared/plans/commentPaths.ts`). */
  path: string;
  /** The item the field belongs to, e.g. "goal 1", added to the field's label. */
  item?: string;
}

/**
 * A text field of the plan (one line unless `multiline`), shared live; with `comment`, a
 * button below it opens the field's comment threads, and the field shows who else is in it.
 */
export function PlanTextField({
  max,
  comment,
  ...props
}: FieldProps<string> & { max: number; multiline?: boolean; comment?: FieldCommentTarget }) {
  const field = (
    <LiveTextField
      {...props}
      schema={textSchema(max)}
      maxLength={max}
      presenceKey={comment?.path}
    />
  );
  if (!comment) return field;
  const label = comment.item ? `${props.label}, ${comment.item}` : props.label;
  return (
    <Stack gap={2}>
      {field}
      <div>
        <FieldCommentButton path={comment.path} label={label} />
      </div>
    </Stack>
  );
}

/** A number of the plan (a baseline, a target, a checkpoint's result); empty is none. */
export function PlanNumberField({ value, onCommit, ...props }: FieldProps<number | null>) {
  return (
    <LiveTextField
      {...props}
      type="decimal"
      value={value === null ? '' : String(value)}
      schema={numberText}
      maxLength={20}
      onCommit={(next) => onCommit(next === '' ? null : Number(next))}
    />
  );
}

/**
 * How many students a measure is about (a goal's or a cycle's); empty is unknown. Under
 * `SMALL_GROUP`, shared views show the measure's figures as "fewer than 10".
 */
export function PlanGroupSizeField({
  value,
  onCommit,
  readOnly,
}: Omit<FieldProps<number | null>, 'label' | 'description'>) {
  return (
    <LiveTextField
      label="Students in the group"
      description={`How many students the measure is about. Under ${SMALL_GROUP}, shared views show “${SUPPRESSED_LABEL}”.`}
      type="decimal"
      value={value === null ? '' : String(value)}
      schema={wholeNumberText}
      maxLength={6}
      readOnly={readOnly}
      onCommit={(next) => onCommit(next === '' ? null : Number(next))}
    />
  );
}

/** A calendar date of the plan (YYYY-MM-DD); empty is none unless `required`. */
export function PlanDateField({
  value,
  onCommit,
  required,
  ...props
}: FieldProps<string | null> & { required?: boolean }) {
  return (
    <LiveTextField
      {...props}
      type="date"
      required={required}
      value={value ?? ''}
      schema={required ? calendarDate : dateText}
      maxLength={10}
      onCommit={(next) => onCommit(next === '' ? null : next)}
    />
  );
}
