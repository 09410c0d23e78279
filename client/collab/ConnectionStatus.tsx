import { Group, Text } from '@mantine/core';
import { CloudCheck, CloudOff, RefreshCw } from 'lucide-react';
import type { ConnectionState } from './connectionState';
import { connectionLabels } from './connectionState';

const icons = { saved: CloudCheck, syncing: RefreshCw, offline: CloudOff } as const;
const colors = { saved: 'green.9', syncing: 'gray.8', offline: 'orange.9' } as const;

/** The always-visible saved / syncing / offline indicator, announced politely on change. */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const Icon = icons[state];
  return (
    <Group
      gap={6}
      wrap="nowrap"
      c={colors[state]}
      role="status"
      aria-live="polite"
      data-state={state}
    >
      <Icon size={18} aria-hidden="true" />
      <Text size="sm" fw={600} c="inherit">
        {connectionLabels[state]}
      </Text>
    </Group>
  );
}
