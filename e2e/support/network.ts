import type { BrowserContext, WebSocketRoute } from '@playwright/test';

/**
 * Puts a browser context's network under the test's control, like school Wi-Fi dropping:
 * the collaboration socket passes through a route the test can cut. (Emulated offline
 * mode alone leaves an open WebSocket working.)
 */
export async function controlNetwork(context: BrowserContext) {
  let online = true;
  const open = new Set<WebSocketRoute>();
  await context.routeWebSocket(/\/collab$/, (ws) => {
    if (!online) {
      void ws.close({ code: 1006 });
      return;
    }
    open.add(ws);
    ws.connectToServer();
    ws.onClose(() => open.delete(ws));
  });
  return {
    async goOffline() {
      online = false;
      await context.setOffline(true);
      await Promise.all([...open].map((ws) => ws.close({ code: 1001 })));
    },
    async goOnline() {
      online = true;
      await context.setOffline(false);
    },
  };
}
