import { Anchor, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, useParams, useRouteError } from 'react-router';
import { isUuid } from '../../shared/documents/documentKind';
import { PageShell } from '../app/PageShell';
import { RouteError } from '../app/RouteError';
import { DECISION_NOT_FOUND } from './decisionLoader';

/** "Decision not found" for an unknown decision; any other failure as every page shows it. */
export function DecisionRouteError() {
  const error = useRouteError();
  const { teamId } = useParams();
  if (!isRouteErrorResponse(error) || error.data !== DECISION_NOT_FOUND) return <RouteError />;
  return (
    <PageShell title="Decision not found" size="sm">
      <Stack>
        <Title order={1}>Decision not found</Title>
        <Text>There is no such decision in this team. It may have been removed.</Text>
        {teamId && isUuid(teamId) && (
          <Anchor component={Link} to={`/teams/${encodeURIComponent(teamId)}`}>
            Go to the team page
          </Anchor>
        )}
        <Anchor component={Link} to="/">
          Go to your teams
        </Anchor>
      </Stack>
    </PageShell>
  );
}
