import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import styles from './planReport.module.css';

interface ReportSectionProps {
  /** The heading's id: the section's region and its table are named by it. */
  id: string;
  title: string;
  /** A line under the heading, saying what the section counts. */
  note?: ReactNode;
  children: ReactNode;
}

/** One part of a report: a region named by its h2. */
export function ReportSection({ id, title, note, children }: ReportSectionProps) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title order={2} id={id} className={styles.title}>
        {title}
      </Title>
      {note && <Text c="dimmed">{note}</Text>}
      {children}
    </Stack>
  );
}
