import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface CycleSectionProps {
  /** The heading's id, which names the section. */
  id: string;
  title: string;
  children: ReactNode;
}

/** One part of the cycle page: a bordered region named by its heading. */
export function CycleSection({ id, title, children }: CycleSectionProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Title order={3} id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
