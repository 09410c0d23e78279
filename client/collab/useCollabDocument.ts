import { useEffect, useState } from 'react';
import type { CollabSession } from './openCollabDocument';
import { openCollabDocument } from './openCollabDocument';
import type { PresenceUser } from './presenceUser';

/**
 * Opens a collaborative document for as long as the component is mounted. Returns null
 * while the local copy loads (a fraction of a second), then the session.
 */
export function useCollabDocument(
  name: string,
  user: PresenceUser,
  { presence = true }: { presence?: boolean } = {},
): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  const { id: userId, name: userName, color } = user;

  useEffect(
    () =>
      openCollabDocument({
        name,
        user: { id: userId, name: userName, color },
        onReady: setSession,
        presence,
      }),
    [name, userId, userName, color, presence],
  );

  // A session for a previous name is closed already: never hand it out.
  return session?.name === name ? session : null;
}
