import { Avatar, Tooltip } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { PresenceUser } from './presenceUser';

interface PresenceAvatarsProps {
  people: PresenceUser[];
  selfId: string;
}

/** How many avatars fit before the rest collapse into "+N". */
const MAX_SHOWN = 6;

const listStyle: CSSProperties = {
  display: 'flex',
  gap: '0.25rem',
  margin: 0,
  padding: 0,
  listStyle: 'none',
};

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

function describe(user: PresenceUser, selfId: string): string {
  return user.id === selfId ? `${user.name} (you)` : user.name;
}

/** Avatars of the people here now, initials on their own colour, names in tooltips. */
export function PresenceAvatars({ people, selfId }: PresenceAvatarsProps) {
  const shown = people.slice(0, MAX_SHOWN);
  const hidden = people.slice(MAX_SHOWN);
  return (
    <ul aria-label="People here now" style={listStyle}>
      {shown.map((user) => (
        <li key={user.id}>
          <Tooltip label={describe(user, selfId)} withArrow>
            <Avatar
              role="img"
              aria-label={describe(user, selfId)}
              radius="xl"
              variant="filled"
              color={user.color}
            >
              <span aria-hidden="true">{initialsOf(user.name)}</span>
            </Avatar>
          </Tooltip>
        </li>
      ))}
      {hidden.length > 0 && (
        <li>
          <Tooltip label={hidden.map((u) => describe(u, selfId)).join(', ')} withArrow>
            <Avatar
              role="img"
              aria-label={`and ${hidden.length} more`}
              radius="xl"
              variant="filled"
              color="gray.8"
            >
              <span aria-hidden="true">+{hidden.length}</span>
            </Avatar>
          </Tooltip>
        </li>
      )}
    </ul>
  );
}
