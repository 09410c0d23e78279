import { Button, Group, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { AgendaItem } from '../../shared/meetings/meetingDoc';
import { agendaItemSchema } from '../../shared/meetings/meetingDoc';
import { useFieldDraft } from '../forms/useFieldDraft';
import type { LiveList } from '../purpose/useOrderedList';
import { parseMinutes } from './agendaInput';
import { AgendaItemFields } from './AgendaItemFields';

interface AgendaItemEditorProps {
  item: AgendaItem;
  live: LiveList<AgendaItem>;
  onDone: () => void;
}

/**
 * Edits one agenda item in place. Text fields are saved when they lose focus (so others'
 * edits never move the caret under someone typing); the kind and checkbox save at once.
 */
export function AgendaItemEditor({ item, live, onDone }: AgendaItemEditorProps) {
  const [errors, setErrors] = useState<{ title?: string; minutes?: string }>({});
  const [minutesDraft, setMinutesDraft] = useState<number | string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const title = useFieldDraft(item.title, (next) => {
    const parsed = agendaItemSchema.shape.title.safeParse(next);
    if (!parsed.success) {
      setErrors((e) => ({ ...e, title: parsed.error.issues[0]?.message }));
      return;
    }
    setErrors((e) => ({ ...e, title: undefined }));
    live.update(item.id, { title: parsed.data });
  });
  const owner = useFieldDraft(item.owner, (next) => live.update(item.id, { owner: next.trim() }));

  function handleMinutesBlur() {
    if (minutesDraft === null) return;
    const parsed = parseMinutes(minutesDraft);
    if ('error' in parsed) {
      setErrors((e) => ({ ...e, minutes: parsed.error }));
      return;
    }
    setErrors((e) => ({ ...e, minutes: undefined }));
    setMinutesDraft(null);
    if (parsed.minutes !== item.minutes) live.update(item.id, { minutes: parsed.minutes });
  }

  return (
    <form
      aria-label={`Edit agenda item ${item.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        // Blurring the focused field saves it before the form goes away (Enter submits).
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        onDone();
      }}
    >
      <Stack gap="sm">
        <AgendaItemFields
          title={title}
          kind={{ value: item.kind, onChange: (kind) => live.update(item.id, { kind }) }}
          minutes={{
            value: minutesDraft ?? item.minutes,
            onChange: setMinutesDraft,
            onBlur: handleMinutesBlur,
          }}
          owner={owner}
          studentArtifact={{
            checked: item.studentArtifact,
            onChange: (checked) => live.update(item.id, { studentArtifact: checked }),
          }}
          errors={errors}
          titleRef={titleRef}
        />
        <Group>
          <Button type="submit" variant="default" data-item={item.id} data-action="done">
            Done editing
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
