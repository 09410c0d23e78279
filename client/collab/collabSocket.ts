import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { createProviderSocket } from '../../shared/collab/providerSocket';
import { registerSocketCloser } from './sessionReset';

let socket: HocuspocusProviderWebsocket | null = null;

function collabUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/collab`;
}

/**
 * The app's one collaboration socket, shared by every open document. The server
 * authenticates it by the session cookie the browser sends on the upgrade request.
 */
export function getCollabSocket(): HocuspocusProviderWebsocket {
  if (socket) return socket;
  const created = createProviderSocket({ url: collabUrl() });
  socket = created;
  registerSocketCloser(() => {
    created.destroy();
    if (socket === created) socket = null;
  });
  return created;
}
