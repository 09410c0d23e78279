import { ActionIcon, Button, Group, TextInput, Title, Tooltip } from '@mantine/core';
import { Pencil } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { createMeetingInput } from '../../shared/api/meetings';
import { saveDraftsThen, useFieldDraft } from '../forms/useFieldDraft';

interface MeetingTitleProps {
  title: string;
  canWrite: boolean;
  onRename: (title: string) => void;
}

function TitleForm({
  title,
  onRename,
  onDone,
}: Omit<MeetingTitleProps, 'canWrite'> & { onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => fieldRef.current?.focus(), []);
  const field = useFieldDraft(title, (next) => {
    const parsed = createMeetingInput.shape.title.safeParse(next);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Name the meeting');
      return;
    }
    setError(null);
    onRename(parsed.data);
  });

  return (
    <form aria-label="Rename meeting" onSubmit={saveDraftsThen(onDone)}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          ref={fieldRef}
          label="Meeting title"
          required
          maxLength={200}
          error={error ?? undefined}
          style={{ flex: '1 1 20rem' }}
          {...field}
        />
        <Button type="submit" variant="default">
          Done renaming
        </Button>
      </Group>
    </form>
  );
}

/** The meeting's title, the page's h1; editors rename it in place, live for everyone. */
export function MeetingTitle({ title, canWrite, onRename }: MeetingTitleProps) {
  const [isEditing, setEditing] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  function handleDone() {
    setEditing(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  }

  return (
    <>
      <Group gap="xs" wrap="nowrap" align="center">
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        {canWrite && !isEditing && (
          <Tooltip label="Rename meeting" withArrow openDelay={400}>
            <ActionIcon
              ref={buttonRef}
              variant="subtle"
              color="gray.8"
              size="lg"
              aria-label="Rename meeting"
              onClick={() => setEditing(true)}
            >
              <Pencil size={18} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      {canWrite && isEditing && <TitleForm title={title} onRename={onRename} onDone={handleDone} />}
    </>
  );
}
