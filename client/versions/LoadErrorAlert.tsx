import { Alert, Button } from '@mantine/core';

interface LoadErrorAlertProps {
  /** What could not be loaded, as the alert's title. */
  title: string;
  error: string;
  onRetry: () => void;
}

/** A failed load of history data, with its message and a "Try again" button. */
export function LoadErrorAlert({ title, error, onRetry }: LoadErrorAlertProps) {
  return (
    <Alert color="red" variant="light" title={title}>
      {error}
      <Button variant="default" size="xs" mt="xs" display="block" onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  );
}
