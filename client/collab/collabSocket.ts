import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
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
  const created = new HocuspocusProviderWebsocket({ url: collabUrl() });
  socket = created;
  registerSocketCloser(() => {
    created.destroy();
    if (socket === created) socket = null;
  });
  return created;
}
