import { useState } from 'react';
import { refocus } from './ItemActions';
import type { LiveList } from './useOrderedList';

/**
 * The inline-editing state of one item of a live list, and moving it: focus follows the item
 * to its new place (or to the other arrow at an end), and returns to "Edit" after editing.
 */
export function useItemEditing<T extends { id: string }>(
  live: LiveList<T>,
  itemId: string,
  index: number,
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

  return { editing, setEditing, handleMove, handleDone };
}
