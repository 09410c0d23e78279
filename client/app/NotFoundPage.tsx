import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageShell } from './PageShell';

export function NotFoundPage() {
  return (
    <PageShell title="Page not found" size="sm">
      <Stack>
        <Title order={1}>Page not found</Title>
        <Text>There is nothing at this address.</Text>
        <Anchor component={Link} to="/">
          Go to your teams
        </Anchor>
      </Stack>
    </PageShell>
  );
}
