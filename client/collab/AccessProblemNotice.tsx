import { Alert, Anchor, Group } from '@mantine/core';
import { ShieldAlert } from 'lucide-react';
import { Link, useLocation } from 'react-router';
import { authPath } from '../auth/nextPath';
import type { AccessProblem } from './accessProblem';

/** Shown instead of a document the server refused to open. */
export function AccessProblemNotice({ problem }: { problem: AccessProblem }) {
  const location = useLocation();
  return (
    <Alert
      color="orange"
      variant="light"
      title={problem.title}
      icon={<ShieldAlert aria-hidden="true" />}
    >
      {problem.message}
      <Group mt="sm" gap="lg">
        {problem.kind === 'signed-out' && (
          <Anchor component={Link} to={authPath('/signin', location.pathname)}>
            Sign in again
          </Anchor>
        )}
        <Anchor component={Link} to="/">
          Go to your teams
        </Anchor>
      </Group>
    </Alert>
  );
}
