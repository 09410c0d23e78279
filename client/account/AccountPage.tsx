import { Stack, Text, Title } from '@mantine/core';
import { useLoaderData } from 'react-router';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import type { accountLoader } from './accountLoader';
import { AccountNameForm } from './AccountNameForm';
import { ChangePasswordForm } from './ChangePasswordForm';
import { EmailConfirmation } from './EmailConfirmation';
import { SignOutEverywhere } from './SignOutEverywhere';

/** The signed-in person's own settings: email, name, password, sessions. */
export function AccountPage() {
  const { user, teams } = useLoaderData<typeof accountLoader>();
  return (
    <PageShell title="Your account" actions={<SignedInActions teams={teams} />}>
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>Your account</Title>
          <Text>Signed in as {user.email}.</Text>
        </Stack>
        <Stack component="section" aria-labelledby="email-heading" gap="sm">
          <Title order={2} size="h3" id="email-heading">
            Email
          </Title>
          <EmailConfirmation email={user.email} isConfirmed={user.emailVerified} />
        </Stack>
        <Stack component="section" aria-labelledby="name-heading" gap="sm">
          <Title order={2} size="h3" id="name-heading">
            Name
          </Title>
          <AccountNameForm name={user.name} />
        </Stack>
        <Stack component="section" aria-labelledby="password-heading" gap="sm">
          <Title order={2} size="h3" id="password-heading">
            Password
          </Title>
          <Text>Changing your password signs you out on your other devices.</Text>
          <ChangePasswordForm />
        </Stack>
        <Stack component="section" aria-labelledby="sessions-heading" gap="sm">
          <Title order={2} size="h3" id="sessions-heading">
            Devices
          </Title>
          <Text>
            Signed in on a computer you no longer use, or lost a device? Sign out everywhere, then
            sign in again here.
          </Text>
          <SignOutEverywhere />
        </Stack>
      </Stack>
    </PageShell>
  );
}
