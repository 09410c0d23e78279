import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import type { PresenceUser } from './presenceUser';
import { readPresenceUser } from './presenceUser';

/** Everyone in the document's awareness, one entry per person even with several tabs open. */
function readPresence(provider: HocuspocusProvider): PresenceUser[] {
  const byUser = new Map<string, PresenceUser>();
  for (const state of provider.awareness?.getStates().values() ?? []) {
    const user = readPresenceUser(state.user);
    if (user && !byUser.has(user.id)) byUser.set(user.id, user);
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function samePeople(a: PresenceUser[], b: PresenceUser[]): boolean {
  return (
    a.length === b.length && a.every((user, i) => user.id === b[i]?.id && user.name === b[i]?.name)
  );
}

/** Who is here now, as plain records; re-renders only when the set of people changes. */
export function usePresence(provider: HocuspocusProvider): PresenceUser[] {
  const [people, setPeople] = useState<PresenceUser[]>(() => readPresence(provider));

  useEffect(() => {
    const awareness = provider.awareness;
    if (!awareness) return;
    const update = () =>
      setPeople((previous) => {
        const next = readPresence(provider);
        return samePeople(previous, next) ? previous : next;
      });
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [provider]);

  return people;
}
