import { Button, Text } from '@mantine/core';
import { Target } from 'lucide-react';
import type { MeetingControl } from '../../shared/meetings/meetingControlDoc';
import { FOCUS_CHECK_QUESTION } from '../../shared/meetings/meetingControlDoc';
import { useApiAction } from '../forms/useApiAction';
import styles from './focusCheck.module.css';

interface FocusCheckNoticeProps {
  /** The control document's signal; null while lowered. */
  focusCheck: MeetingControl['focusCheck'];
  /** Lowers it for everyone; leave out to show no "Lower" button. */
  onLower?: () => Promise<unknown>;
  /** `projector` follows the presentation view's dark, large style. */
  variant?: 'page' | 'projector';
}

/**
 * The focus-check banner itself. Its status region stays mounted (out of the layout) while the
 * check is lowered, so screen readers announce it when a facilitator raises it.
 */
export function FocusCheckNotice({ focusCheck, onLower, variant = 'page' }: FocusCheckNoticeProps) {
  const { pending, error, run } = useApiAction();
  return (
    <div className={focusCheck ? styles[variant] : styles.idle}>
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.message}>
        {focusCheck && (
          <>
            <Target className={styles.icon} aria-hidden="true" />
            <div>
              <p className={styles.label}>Focus check</p>
              <p className={styles.question}>{FOCUS_CHECK_QUESTION}</p>
              <p className={styles.raisedBy}>Raised by {focusCheck.raisedByName}</p>
            </div>
          </>
        )}
      </div>
      {focusCheck && onLower && (
        <div>
          <Button variant="default" loading={pending} onClick={() => void run(onLower)}>
            Lower focus check
          </Button>
          {error && (
            <Text role="alert" size="sm" fw={600} mt={4} c="inherit">
              {error}
            </Text>
          )}
        </div>
      )}
    </div>
  );
}
