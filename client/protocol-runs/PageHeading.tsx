import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface PageHeadingProps {
  /** Where "Back to …" leads, and its words. */
  back: { to: string; label: string };
  /** The page's h1. */
  title: string;
  /** A line under the title, e.g. the team's name. */
  subtitle?: ReactNode;
  /** Links or buttons at the right of the title. */
  actions?: ReactNode;
}

/** The top of a protocol-run page: a way back, the one h1, and the page's main links. */
export function PageHeading({ back, title, subtitle, actions }: PageHeadingProps) {
  return (
    <Stack gap="xs">
      <Anchor
        component={Link}
        to={back.to}
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}
      >
        <ArrowLeft size={16} aria-hidden="true" />
        {back.label}
      </Anchor>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{title}</Title>
          {subtitle && <Text c="dimmed">{subtitle}</Text>}
        </Stack>
        {actions && (
          <Group gap="sm" wrap="wrap">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}
