import { Button, Stack } from '@mantine/core';
import { Plus } from 'lucide-react';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import type { AgendaItem, AgendaKind } from '../../shared/meetings/meetingDoc';
import { agendaItemSchema, unlinkedAgendaItem } from '../../shared/meetings/meetingDoc';
import type { LiveList } from '../collab/useOrderedList';
import { parseMinutes } from './agendaInput';
import { AgendaItemFields } from './AgendaItemFields';

const DEFAULT_MINUTES = 15;
const DEFAULT_KIND: AgendaKind = 'discussion';

/** Adds an item at the end of the agenda; every field starts afresh for the next one. */
export function AddAgendaItemForm({ live }: { live: LiveList<AgendaItem> }) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<AgendaKind>(DEFAULT_KIND);
  const [minutes, setMinutes] = useState<number | string>(DEFAULT_MINUTES);
  const [owner, setOwner] = useState('');
  const [studentArtifact, setStudentArtifact] = useState(false);
  const [errors, setErrors] = useState<{ title?: string; minutes?: string }>({});
  const titleRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsedTitle = agendaItemSchema.shape.title.safeParse(title);
    const parsedMinutes = parseMinutes(minutes);
    const nextErrors = {
      title: parsedTitle.success ? undefined : parsedTitle.error.issues[0]?.message,
      minutes: 'error' in parsedMinutes ? parsedMinutes.error : undefined,
    };
    setErrors(nextErrors);
    if (!parsedTitle.success || 'error' in parsedMinutes) {
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    live.add({
      title: parsedTitle.data,
      kind,
      minutes: parsedMinutes.minutes,
      owner: owner.trim(),
      studentArtifact,
      ...unlinkedAgendaItem,
    });
    setTitle('');
    setKind(DEFAULT_KIND);
    setOwner('');
    setMinutes(DEFAULT_MINUTES);
    setStudentArtifact(false);
    setErrors({});
    titleRef.current?.focus();
  }

  return (
    <form ref={formRef} aria-label="Add an agenda item" onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <AgendaItemFields
          title={{ value: title, onChange: (event) => setTitle(event.currentTarget.value) }}
          kind={{ value: kind, onChange: setKind }}
          minutes={{ value: minutes, onChange: setMinutes }}
          owner={{ value: owner, onChange: (event) => setOwner(event.currentTarget.value) }}
          studentArtifact={{ checked: studentArtifact, onChange: setStudentArtifact }}
          errors={errors}
          titleRef={titleRef}
        />
        <Button
          type="submit"
          leftSection={<Plus size={16} aria-hidden="true" />}
          style={{ alignSelf: 'flex-start' }}
        >
          Add agenda item
        </Button>
      </Stack>
    </form>
  );
}
