import { useDroppable } from '@dnd-kit/core';
import { ActionIcon, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { Check, Pencil, Ungroup, X } from 'lucide-react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { BoardCard, type CardActions } from './BoardCard';
import type { CardGroupView } from './boardView';
import styles from './run.module.css';
import { plural } from './runLabels';

interface BoardGroupProps {
  group: CardGroupView;
  actions: CardActions;
  /** Renames and ungroups (absent for people who may not group). */
  onRename?: (group: CardGroupView, title: string) => Promise<boolean>;
  onUngroup?: (group: CardGroupView) => void;
  /** Opens the name field at once (a group just made by a drop). */
  startRenaming?: boolean;
}

/** A group of cards on the board: a drop target, with its name, dots, rename and ungroup. */
export function BoardGroup({
  group,
  actions,
  onRename,
  onUngroup,
  startRenaming,
}: BoardGroupProps) {
  const { setNodeRef, isOver } = useDroppable({
    id: `group:${group.id}`,
    data: { groupId: group.id },
    disabled: !onRename,
  });
  // Until this person opens or closes the name field, it follows `startRenaming`.
  const [renamingChoice, setRenaming] = useState<boolean | null>(null);
  const isRenaming = renamingChoice ?? Boolean(startRenaming);
  const [title, setTitle] = useState(group.title);
  const inputRef = useRef<HTMLInputElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const headingId = `group-${group.id}-heading`;

  useEffect(() => {
    if (isRenaming) inputRef.current?.select();
  }, [isRenaming]);

  const close = () => {
    setRenaming(false);
    renameRef.current?.focus();
  };
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = title.trim();
    if (!onRename || !trimmed) return;
    if (trimmed === group.title || (await onRename(group, trimmed))) close();
  }
  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="xs"
      radius="md"
      className={styles.group}
      data-drop-over={isOver || undefined}
    >
      <Stack gap={6}>
        {isRenaming && onRename ? (
          <form aria-label={`Rename the group ${group.title}`} onSubmit={handleSubmit}>
            <Group gap={4} wrap="nowrap">
              <TextInput
                ref={inputRef}
                size="xs"
                aria-label="Group name"
                maxLength={120}
                style={{ flex: 1 }}
                value={title}
                onChange={(event) => setTitle(event.currentTarget.value)}
                onKeyDown={handleKeyDown}
              />
              <ActionIcon type="submit" size="md" aria-label="Save the name">
                <Check size={16} aria-hidden="true" />
              </ActionIcon>
              <ActionIcon variant="default" size="md" aria-label="Cancel" onClick={close}>
                <X size={16} aria-hidden="true" />
              </ActionIcon>
            </Group>
          </form>
        ) : (
          <Group gap={4} justify="space-between" wrap="nowrap" align="flex-start">
            <Title order={4} size="h5" id={headingId} className={styles.cardText}>
              {group.title}
              <Text span c="dimmed" fw={400} size="xs">
                {' · '}
                {plural(group.votes, 'vote')}
              </Text>
            </Title>
            <Group gap={2} wrap="nowrap" className={styles.noShrink}>
              {onRename && (
                <ActionIcon
                  ref={renameRef}
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={`Rename the group ${group.title}`}
                  onClick={() => {
                    setTitle(group.title);
                    setRenaming(true);
                  }}
                >
                  <Pencil size={14} aria-hidden="true" />
                </ActionIcon>
              )}
              {onUngroup && (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={`Ungroup ${group.title}`}
                  onClick={() => onUngroup(group)}
                >
                  <Ungroup size={14} aria-hidden="true" />
                </ActionIcon>
              )}
            </Group>
          </Group>
        )}
        <Stack
          component="ul"
          aria-label={`Cards in the group ${group.title}`}
          gap={6}
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {group.cards.map((card) => (
            <li key={card.id}>
              <BoardCard card={card} actions={actions} showColumn />
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
