import type { HocuspocusProvider } from '@hocuspocus/provider';
import { PresenceAvatars } from './PresenceAvatars';
import { usePresence } from './usePresence';

/** The avatars of who is here now, following the provider's awareness on their own. */
export function LivePresenceAvatars({
  provider,
  selfId,
}: {
  provider: HocuspocusProvider;
  selfId: string;
}) {
  return <PresenceAvatars people={usePresence(provider)} selfId={selfId} />;
}
