import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useLoaderData, useNavigate } from 'react-router';
import { acceptInvite } from '../../api/teamsApi';
import { PageShell } from '../../app/PageShell';
import { authPath } from '../../auth/nextPath';
import { SignOutButton } from '../../auth/SignOutButton';
import { useApiAction } from '../../forms/useApiAction';
import { roleLabels } from '../members/roleLabels';
import type { joinLoader } from './joinLoader';

function SignedOutChoices({ code }: { code: string }) {
  const next = `/join/${encodeURIComponent(code)}`;
  return (
    <Stack gap="xs">
      <Text>Sign in or create an account to join. You will come back to this page.</Text>
      <Group>
        <Button component={Link} to={authPath('/signin', next)}>
          Sign in to join
        </Button>
        <Button component={Link} to={authPath('/signup', next)} variant="default">
          Create an account
        </Button>
      </Group>
    </Stack>
  );
}

/** What to do next when the server refuses the invite. */
const joinHints: Record<string, string> = {
  invite_wrong_account:
    'Sign out and sign in with the invited account, or ask the principal for a link of your own.',
  invite_invalid: "Ask the team's principal for a new link.",
  email_not_verified:
    'Open the confirmation link we emailed you, then come back to this page. No email? Send a new one from your account page.',
};

/** An invite link: what it grants, and a button to accept it. */
export function JoinPage() {
  const { code, user, preview, problem } = useLoaderData<typeof joinLoader>();
  const navigate = useNavigate();
  const { pending, error, errorCode, run } = useApiAction();

  async function handleJoin() {
    const joined = await run(() => acceptInvite(code));
    if (joined) await navigate(`/teams/${joined.teamId}`, { replace: true });
  }

  const heading = preview ? `Join ${preview.teamName}` : 'Join a team';
  return (
    <PageShell title={heading} size="sm" actions={user ? <SignOutButton /> : undefined}>
      <Stack gap="lg">
        <Title order={1}>{heading}</Title>
        {problem ? (
          <Alert color="orange" variant="light" title="This invite link cannot be used">
            <Text>{problem}</Text>
            <Text>Ask the team's principal for a new link.</Text>
            <Anchor component={Link} to="/" display="block" mt="sm">
              Go to your teams
            </Anchor>
          </Alert>
        ) : (
          <Paper withBorder p="lg">
            <Stack>
              {preview && (
                <Text>
                  You are invited to <strong>{preview.teamName}</strong> as a{' '}
                  <strong>{roleLabels[preview.role].toLowerCase()}</strong>.
                </Text>
              )}
              {user ? (
                <Group>
                  <Button loading={pending} onClick={() => void handleJoin()}>
                    Join team
                  </Button>
                  <Text size="sm">Signed in as {user.name}.</Text>
                </Group>
              ) : (
                <SignedOutChoices code={code} />
              )}
              {error && (
                <Alert color="red" variant="light" title="Could not join">
                  <Text>{error}</Text>
                  {errorCode && errorCode in joinHints && <Text>{joinHints[errorCode]}</Text>}
                </Alert>
              )}
            </Stack>
          </Paper>
        )}
      </Stack>
    </PageShell>
  );
}
