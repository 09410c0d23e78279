import { Group, Text } from '@mantine/core';
import { Lock } from 'lucide-react';
import { formatMoment } from '../../shared/time/teamTime';

interface ClosedNoticeProps {
  /** When and by whom the meeting was closed; null while open. */
  closed: { at: number; byName: string } | null;
  timeZone: string;
}

/**
 * "Closed by X at …", live on every screen of the meeting. The status region stays mounted so
 * that a meeting closed by someone else is announced.
 */
export function ClosedNotice({ closed, timeZone }: ClosedNoticeProps) {
  return (
    <div role="status" aria-live="polite">
      {closed && (
        <Group gap={6} wrap="nowrap" c="gray.8" align="flex-start">
          <Lock size={16} aria-hidden="true" style={{ marginTop: 3, flex: 'none' }} />
          <Text size="sm" fw={600} c="inherit">
            Closed by {closed.byName} at {formatMoment(closed.at, timeZone)}
          </Text>
        </Group>
      )}
    </div>
  );
}
