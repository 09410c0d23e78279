import type { HocuspocusProvider } from '@hocuspocus/provider';
import { ConnectionStatus } from './ConnectionStatus';
import { useConnectionState } from './useConnectionState';

/**
 * The connection indicator, following the provider itself. The state flips to "syncing" and
 * back on every local keystroke, so only this small component should re-render with it, never
 * the page around the editor.
 */
export function LiveConnectionStatus({ provider }: { provider: HocuspocusProvider }) {
  return <ConnectionStatus state={useConnectionState(provider)} />;
}
