import { colorForUser } from '../../shared/collab/userColor';

/**
 * What each person publishes in the awareness field `user` (CollaborationCaret reads it).
 * The server re-stamps this field from the authenticated session with the same shape.
 */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

/** The local person's presence: their name and their stable colour. */
export function presenceUserFor(user: { id: string; name: string }): PresenceUser {
  return { id: user.id, name: user.name, color: colorForUser(user.id) };
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const MAX_NAME_LENGTH = 100;

/**
 * Reads another client's `user` field. Awareness comes from other browsers, so nothing is
 * trusted: a missing id or name drops the entry, and an odd colour falls back to the palette.
 */
export function readPresenceUser(value: unknown): PresenceUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, color } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') return null;
  if (typeof name !== 'string' || name.trim() === '') return null;
  return {
    id,
    name: name.trim().slice(0, MAX_NAME_LENGTH),
    color: typeof color === 'string' && HEX_COLOR.test(color) ? color : colorForUser(id),
  };
}
