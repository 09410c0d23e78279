import { Button, Drawer } from '@mantine/core';
import { History } from 'lucide-react';
import { useState } from 'react';
import { HistoryPanel, type HistoryProps } from './HistoryPanel';

/** The "History" button of a document's page header, and the drawer it opens. */
export function HistoryButton({ title, ...props }: HistoryProps) {
  const [isOpen, setOpen] = useState(false);
  const [isConfirming, setConfirming] = useState(false);

  return (
    <>
      <Button
        variant="default"
        leftSection={<History size={16} aria-hidden="true" />}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        History
      </Button>
      <Drawer
        opened={isOpen}
        onClose={() => setOpen(false)}
        title={`History of ${title}`}
        position="right"
        size="lg"
        // Escape belongs to the restore confirmation while it is open, not to both at once.
        closeOnEscape={!isConfirming}
        closeButtonProps={{ 'aria-label': 'Close history' }}
      >
        <HistoryPanel {...props} onConfirmingChange={setConfirming} />
      </Drawer>
    </>
  );
}
