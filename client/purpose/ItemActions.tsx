import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { ArrowDown, ArrowUp, Pencil, Trash2 } from 'lucide-react';

interface ItemActionsProps {
  /** What the buttons act on, as people read it: "J.M.", "Start on time". */
  subject: string;
  /** Stable key used to find these buttons again after the item moves. */
  itemId: string;
  isFirst: boolean;
  isLast: boolean;
  onEdit: () => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}

/** Puts focus back on a control after React has moved its list item. */
export function refocus(itemId: string, action: string, fallback?: string) {
  requestAnimationFrame(() => {
    const find = (name: string) =>
      document.querySelector<HTMLButtonElement>(
        `[data-item="${CSS.escape(itemId)}"][data-action="${name}"]:not(:disabled)`,
      );
    (find(action) ?? (fallback ? find(fallback) : null))?.focus();
  });
}

/** Edit, move up, move down and remove buttons for one item of a live list. */
export function ItemActions({
  subject,
  itemId,
  isFirst,
  isLast,
  onEdit,
  onMove,
  onRemove,
}: ItemActionsProps) {
  const buttons = [
    { action: 'edit', label: `Edit ${subject}`, icon: Pencil, onClick: onEdit, disabled: false },
    {
      action: 'up',
      label: `Move ${subject} up`,
      icon: ArrowUp,
      onClick: () => onMove(-1),
      disabled: isFirst,
    },
    {
      action: 'down',
      label: `Move ${subject} down`,
      icon: ArrowDown,
      onClick: () => onMove(1),
      disabled: isLast,
    },
    {
      action: 'remove',
      label: `Remove ${subject}`,
      icon: Trash2,
      onClick: onRemove,
      disabled: false,
    },
  ];
  return (
    <Group gap={4} wrap="nowrap">
      {buttons.map(({ action, label, icon: Icon, onClick, disabled }) => (
        <Tooltip key={action} label={label} withArrow openDelay={400}>
          <ActionIcon
            variant="subtle"
            color={action === 'remove' ? 'red.9' : 'gray.8'}
            size="lg"
            aria-label={label}
            data-item={itemId}
            data-action={action}
            disabled={disabled}
            onClick={onClick}
          >
            <Icon size={18} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
      ))}
    </Group>
  );
}
