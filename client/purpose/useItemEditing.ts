import { useState } from 'react';
import { refocus } from './ItemActions';
import type { LiveList } from '../collab/useOrderedList';

/**
 * The inline-editing state of one item of a live list, and moving it: focus follows the item
 * to its new place (or to the other arrow at an end), and returns to "Edit" after editing.
 * `actions` holds everything `ItemActions` needs but the subject; `onRemoved` runs after the
 * item is removed, to put focus somewhere sensible.
 */
export function useItemEditing<T extends { id: string }>(
  live: LiveList<T>,
  itemId: string,
  index: number,
  onRemoved: () => void,
) {
  const [editing, setEditing] = useState(false);

  function handleMove(direction: -1 | 1) {
    live.move(itemId, index + direction);
    refocus(itemId, direction < 0 ? 'up' : 'down', direction < 0 ? 'down' : 'up');
  }

  function handleDone() {
    setEditing(false);
    refocus(itemId, 'edit');
  }

  const actions = {
    itemId,
    isFirst: index === 0,
    isLast: index === live.items.length - 1,
    onEdit: () => setEditing(true),
    onMove: handleMove,
    onRemove: () => {
      live.remove(itemId);
      onRemoved();
    },
  };

  return { editing, handleDone, actions };
}
