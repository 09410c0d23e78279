import type { HocuspocusProvider } from '@hocuspocus/provider';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { type PresenceUser, readPresenceUser } from './presenceUser';

/**
 * Who is in which field of a form-like shared document (the work plan, a cycle): the carets
 * of plain fields. Each device publishes the key of the field it is editing in the awareness
 * field `editing` (null when none); a field shows everyone else whose key is its own.
 */
const FieldPresenceContext = createContext<HocuspocusProvider | null>(null);

const EDITING = 'editing';

export function FieldPresenceProvider({
  provider,
  children,
}: {
  provider: HocuspocusProvider;
  children: ReactNode;
}) {
  return <FieldPresenceContext.Provider value={provider}>{children}</FieldPresenceContext.Provider>;
}

/** The others editing the field with `key`, in name order, one entry per person. */
export function editorsOf(
  states: Iterable<[number, Record<string, unknown>]>,
  selfClientId: number,
  key: string,
): PresenceUser[] {
  const byUser = new Map<string, PresenceUser>();
  for (const [clientId, state] of states) {
    if (clientId === selfClientId || state[EDITING] !== key) continue;
    const user = readPresenceUser(state.user);
    if (user && !byUser.has(user.id)) byUser.set(user.id, user);
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const sameIds = (a: PresenceUser[], b: PresenceUser[]) =>
  a.length === b.length && a.every((user, i) => user.id === b[i]?.id);

/**
 * A field's share of presence: the others in it, and the focus and blur handlers that tell
 * them this device is. Without a key, or outside a provider, nothing is published or shown.
 */
export function useFieldPresence(key: string | undefined) {
  const provider = useContext(FieldPresenceContext);
  const awareness = key ? provider?.awareness : undefined;
  const [others, setOthers] = useState<PresenceUser[]>([]);

  useEffect(() => {
    if (!awareness || !key) return;
    const update = () => {
      const next = editorsOf(awareness.getStates().entries(), awareness.clientID, key);
      setOthers((previous) => (sameIds(previous, next) ? previous : next));
    };
    update();
    awareness.on('change', update);
    return () => {
      awareness.off('change', update);
      // Leaving the page while in the field must not leave a caret behind.
      if (awareness.getLocalState()?.[EDITING] === key) awareness.setLocalStateField(EDITING, null);
    };
  }, [awareness, key]);

  return {
    others,
    onFocus: () => awareness?.setLocalStateField(EDITING, key),
    onBlur: () => {
      if (awareness && awareness.getLocalState()?.[EDITING] === key) {
        awareness.setLocalStateField(EDITING, null);
      }
    },
  };
}
