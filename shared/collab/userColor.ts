/**
 * Caret and avatar colours, chosen from a fixed palette by user id so that a person keeps
 * the same colour on every device. Each colour keeps at least 4.5:1 contrast with white text.
 */
export const userPalette = [
  '#1864ab',
  '#2b7a3b',
  '#a61e4d',
  '#5f3dc4',
  '#b35900',
  '#0b7285',
  '#862e9c',
  '#c92a2a',
] as const;

/** The colour for a user id, stable across sessions and devices. */
export function colorForUser(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0;
  return userPalette[hash % userPalette.length] ?? userPalette[0];
}
