import { Button, Group, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { AgendaItem } from '../../shared/meetings/meetingDoc';
import { agendaItemSchema } from '../../shared/meetings/meetingDoc';
import { useCheckedFieldDraft } from '../forms/useCheckedFieldDraft';
import { saveDraftsThen, useFieldDraft } from '../forms/useFieldDraft';
import type { LiveList } from '../collab/useOrderedList';
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
  const [minutesError, setMinutesError] = useState<string | null>(null);
  const [minutesDraft, setMinutesDraft] = useState<number | string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const { field: title, error: titleError } = useCheckedFieldDraft(
    item.title,
    agendaItemSchema.shape.title,
    (checked) => live.update(item.id, { title: checked }),
  );
  const owner = useFieldDraft(item.owner, (next) => live.update(item.id, { owner: next.trim() }));

  function handleMinutesBlur() {
    if (minutesDraft === null) return;
    const parsed = parseMinutes(minutesDraft);
    if ('error' in parsed) {
      setMinutesError(parsed.error);
      return;
    }
    setMinutesError(null);
    setMinutesDraft(null);
    if (parsed.minutes !== item.minutes) live.update(item.id, { minutes: parsed.minutes });
  }

  return (
    <form aria-label={`Edit agenda item ${item.title}`} onSubmit={saveDraftsThen(onDone)}>
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
          errors={{ title: titleError, minutes: minutesError }}
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
