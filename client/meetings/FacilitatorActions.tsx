import { Button, Group, Text } from '@mantine/core';
import { Lock, Target } from 'lucide-react';
import { useState } from 'react';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { useApiAction } from '../forms/useApiAction';
import { closeMeeting, signalFocusCheck } from './meetingsApi';

interface FacilitatorActionsProps {
  teamId: string;
  meetingId: string;
  /** The focus check is up on every screen of the meeting. */
  isRaised: boolean;
  isClosed: boolean;
  /** Called once the meeting is closed (to refresh what the database says about it). */
  onClosed: () => void;
}

/** The facilitator's controls: raise or lower the focus check everywhere, close the meeting. */
export function FacilitatorActions({
  teamId,
  meetingId,
  isRaised,
  isClosed,
  onClosed,
}: FacilitatorActionsProps) {
  const [isConfirming, setConfirming] = useState(false);
  const signal = useApiAction();

  return (
    <Group gap="sm" wrap="wrap">
      <Button
        variant={isRaised ? 'filled' : 'default'}
        leftSection={<Target size={16} aria-hidden="true" />}
        loading={signal.pending}
        onClick={() => void signal.run(() => signalFocusCheck(teamId, meetingId, !isRaised))}
      >
        {isRaised ? 'Lower focus check' : 'Raise focus check'}
      </Button>
      {!isClosed && (
        <Button
          variant="default"
          leftSection={<Lock size={16} aria-hidden="true" />}
          onClick={() => setConfirming(true)}
        >
          Close meeting
        </Button>
      )}
      {signal.error && (
        <Text role="alert" size="sm" fw={600} c="red.9">
          Could not change the focus check: {signal.error}
        </Text>
      )}
      <ConfirmDialog
        opened={isConfirming}
        onClose={() => setConfirming(false)}
        title="Close this meeting?"
        confirmLabel="Close meeting"
        errorTitle="Could not close the meeting"
        onConfirm={() => closeMeeting(teamId, meetingId)}
        onDone={onClosed}
      >
        <Text>
          Closing records who closed the meeting and when, and keeps a copy of the notes as they are
          now. Everyone can still read the meeting, and the notes stay open for corrections.
        </Text>
      </ConfirmDialog>
    </Group>
  );
}
