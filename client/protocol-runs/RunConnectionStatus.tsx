import { Group, Text } from '@mantine/core';
import { CloudOff, RefreshCw, Wifi } from 'lucide-react';
import type { ConnectionState } from '../collab/connectionState';

/**
 * The run's documents are only read here (contributions go through the API), so the status
 * says whether this device sees the run live, not whether edits are saved.
 */
const labels: Record<ConnectionState, string> = {
  saved: 'Live',
  syncing: 'Connecting…',
  offline: 'Offline: showing the last state received',
};
const icons = { saved: Wifi, syncing: RefreshCw, offline: CloudOff } as const;
const colors = { saved: 'green.9', syncing: 'gray.8', offline: 'orange.9' } as const;

/** The run's live / connecting / offline indicator, announced politely on change. */
export function RunConnectionStatus({ state, color }: { state: ConnectionState; color?: string }) {
  const Icon = icons[state];
  return (
    <Group
      gap={6}
      wrap="nowrap"
      c={color ?? colors[state]}
      role="status"
      aria-live="polite"
      data-state={state}
    >
      <Icon size={18} aria-hidden="true" />
      <Text size="sm" fw={600} c="inherit">
        {labels[state]}
      </Text>
    </Group>
  );
}
