/**
 * Gathers awareness changes into at most one call of `send` per interval: a change after a
 * quiet moment goes out at once; changes during the interval are gathered and sent together
 * when it ends, one call naming every client that changed. Whoever sends encodes the
 * clients' current states, so gathering loses nothing: the receivers end up where the last
 * change left them. Once `closed` holds, gathered changes are dropped.
 */
export function gatherAwareness(
  intervalMs: number,
  closed: () => boolean,
  send: (changedClients: number[]) => void,
): (changedClients: number[]) => void {
  const pending = new Set<number>();
  let windowOpen = false;

  const closeWindow = () => {
    if (closed() || pending.size === 0) {
      windowOpen = false;
      pending.clear();
      return;
    }
    const clients = [...pending];
    pending.clear();
    send(clients);
    setTimeout(closeWindow, intervalMs).unref();
  };

  return (changedClients) => {
    if (windowOpen) {
      for (const client of changedClients) pending.add(client);
      return;
    }
    windowOpen = true;
    send(changedClients);
    setTimeout(closeWindow, intervalMs).unref();
  };
}
