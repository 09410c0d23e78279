import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import styles from './planReport.module.css';

interface ReportTableProps {
  /** The table's accessible name. */
  label: string;
  /** Below this width the table scrolls sideways inside its own box, not the page. */
  minWidth: number;
  /** As narrow as its content (a short table of counts), rather than the full width. */
  isCompact?: boolean;
  /** The head and body rows. */
  children: ReactNode;
}

/**
 * A report's table. On a narrow screen it scrolls inside its own box, which a keyboard can
 * focus to scroll; on paper the box opens up (printReport.module.css) and rows stay whole.
 */
export function ReportTable({ label, minWidth, isCompact, children }: ReportTableProps) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      type="native"
      tabIndex={0}
      role="group"
      aria-label={label}
    >
      <Table
        aria-label={label}
        verticalSpacing="xs"
        w={isCompact ? 'auto' : undefined}
        className={styles.table}
      >
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
