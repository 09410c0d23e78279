import { Anchor, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ApiError } from '../api/apiClient';
import { PageShell } from './PageShell';

interface Explanation {
  title: string;
  message: string;
}

function explain(error: unknown): Explanation {
  if (error instanceof ApiError) {
    if (error.status === 403) {
      return { title: 'You no longer have access', message: error.message };
    }
    if (error.status === 404) return { title: 'Not found', message: error.message };
    if (error.status === 0) return { title: 'You are offline', message: error.message };
    return { title: 'Something went wrong', message: error.message };
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return { title: 'Page not found', message: 'There is nothing at this address.' };
  }
  return { title: 'Something went wrong', message: 'Reload the page to try again.' };
}

/** Shown when a page's data cannot load: an access problem, a missing team, no network. */
export function RouteError() {
  const { title, message } = explain(useRouteError());
  return (
    <PageShell title={title} size="sm">
      <Stack>
        <Title order={1}>{title}</Title>
        <Text>{message}</Text>
        <Anchor component={Link} to="/">
          Go to your teams
        </Anchor>
      </Stack>
    </PageShell>
  );
}
