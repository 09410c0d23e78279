import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useApiAction } from '../forms/useApiAction';

interface ConfirmDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The question, e.g. "Remove Bob from Lincoln ILT?". */
  title: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  /** The confirming button, e.g. "Remove"; leave out to offer only "Cancel". */
  confirmLabel?: string;
  /** Red for actions that lose something. */
  isDanger?: boolean;
  /** Heading of the alert shown when the action fails, e.g. "Could not remove Bob". */
  errorTitle: string;
  /** Runs the action; an `ApiError` keeps the dialog open and shows the server's message. */
  onConfirm: () => Promise<unknown>;
  /** Called once the action succeeded and the dialog has closed. */
  onDone?: () => void;
}

/** Asks before a consequential action; "Cancel" has the focus so Enter never destroys. */
export function ConfirmDialog({
  opened,
  onClose,
  title,
  children,
  confirmLabel,
  isDanger = false,
  errorTitle,
  onConfirm,
  onDone,
}: ConfirmDialogProps) {
  const { pending, error, setError, run } = useApiAction();

  function handleClose() {
    setError(null);
    onClose();
  }

  async function handleConfirm() {
    const done = await run(async () => {
      await onConfirm();
      return true;
    });
    if (!done) return;
    handleClose();
    onDone?.();
  }

  return (
    <Modal opened={opened} onClose={handleClose} title={title}>
      <Stack>
        {children}
        {error && (
          <Alert color="red" variant="light" title={errorTitle}>
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={handleClose} data-autofocus>
            {confirmLabel ? 'Cancel' : 'Close'}
          </Button>
          {confirmLabel && (
            <Button
              color={isDanger ? 'red.9' : undefined}
              loading={pending}
              onClick={() => void handleConfirm()}
            >
              {confirmLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
