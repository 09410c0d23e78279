import { Button } from '@mantine/core';
import { Plus } from 'lucide-react';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import type { StudentOfFocus } from '../../shared/purpose/purposeDoc';
import { studentOfFocusSchema } from '../../shared/purpose/purposeDoc';
import type { FieldBinding } from './StudentOfFocusFields';
import { StudentOfFocusFields } from './StudentOfFocusFields';
import type { LiveList } from '../collab/useOrderedList';

const newStudentSchema = studentOfFocusSchema.omit({ id: true });

function useTextField(): FieldBinding & { reset: () => void } {
  const [value, setValue] = useState('');
  return {
    value,
    onChange: (event) => setValue(event.currentTarget.value),
    reset: () => setValue(''),
  };
}

/** Adds a student or group to the team's focus list; stays open for the next one. */
export function AddStudentOfFocusForm({ live }: { live: LiveList<StudentOfFocus> }) {
  const label = useTextField();
  const why = useTextField();
  const hearFrom = useTextField();
  const [labelError, setLabelError] = useState<string | null>(null);
  const labelRef = useRef<HTMLInputElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = newStudentSchema.safeParse({
      label: label.value,
      why: why.value,
      hearFrom: hearFrom.value,
    });
    if (!parsed.success) {
      setLabelError(parsed.error.issues[0]?.message ?? 'Enter initials or a group');
      labelRef.current?.focus();
      return;
    }
    live.add(parsed.data);
    setLabelError(null);
    for (const field of [label, why, hearFrom]) field.reset();
    labelRef.current?.focus();
  }

  return (
    <form aria-label="Add a student of focus" onSubmit={handleSubmit} noValidate>
      <StudentOfFocusFields
        label={{ value: label.value, onChange: label.onChange }}
        why={{ value: why.value, onChange: why.onChange }}
        hearFrom={{ value: hearFrom.value, onChange: hearFrom.onChange }}
        labelError={labelError}
        labelRef={labelRef}
      />
      <Button type="submit" mt="md" leftSection={<Plus size={16} aria-hidden="true" />}>
        Add student of focus
      </Button>
    </form>
  );
}
