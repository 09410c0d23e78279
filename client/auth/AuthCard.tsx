import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageShell } from '../app/PageShell';

interface AuthCardProps {
  title: string;
  intro: string;
  /** The other auth page, e.g. "New here?" + "Create an account". */
  switchPrompt: string;
  switchLabel: string;
  switchTo: string;
  children: ReactNode;
}

/** The frame shared by the sign-in and sign-up pages. */
export function AuthCard({
  title,
  intro,
  switchPrompt,
  switchLabel,
  switchTo,
  children,
}: AuthCardProps) {
  return (
    <PageShell title={title} size="xs">
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1}>{title}</Title>
          <Text>{intro}</Text>
        </Stack>
        <Paper withBorder p="lg" radius="md">
          {children}
        </Paper>
        <Text>
          {switchPrompt}{' '}
          <Anchor component={Link} to={switchTo}>
            {switchLabel}
          </Anchor>
        </Text>
      </Stack>
    </PageShell>
  );
}
