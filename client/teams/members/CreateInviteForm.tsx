import { Alert, Button, Checkbox, NativeSelect, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import type { InviteResponse } from '../../../shared/api/teams';
import { createInviteInput } from '../../../shared/api/teams';
import { createInvite } from '../../api/teamsApi';
import { CopyLinkField } from '../../app/CopyLinkField';
import { formatDateTime } from '../../app/formatDate';
import { focusFirstInvalid, useApiAction } from '../../forms/useApiAction';
import { validate } from '../../forms/validate';

type InviteRole = 'member' | 'facilitator' | 'viewer';

const roleOptions = [
  { value: 'member', label: 'Member: edits the purpose, notes and boards' },
  { value: 'facilitator', label: 'Facilitator: also runs meetings and protocols' },
  { value: 'viewer', label: 'Viewer: reads everything, edits nothing' },
];

function describeInvite(invite: InviteResponse): string {
  const expiry = `Expires ${formatDateTime(invite.expiresAt)}.`;
  if (invite.email) {
    return `We emailed the invitation to ${invite.email}. Only they can use it, once. ${expiry}`;
  }
  return invite.singleUse ? `Works once. ${expiry}` : expiry;
}

/** Creates an invite link for a role, optionally for one email address or one use. */
export function CreateInviteForm({ teamId, onCreated }: { teamId: string; onCreated: () => void }) {
  const [role, setRole] = useState<InviteRole>('member');
  const [email, setEmail] = useState('');
  const [singleUse, setSingleUse] = useState(false);
  const [emailError, setEmailError] = useState<string | undefined>();
  const [invite, setInvite] = useState<InviteResponse | null>(null);
  const { pending, error, run } = useApiAction();
  const isForOnePerson = email.trim() !== '';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validate(createInviteInput, {
      role,
      email: isForOnePerson ? email : undefined,
      singleUse: singleUse || isForOnePerson,
    });
    setEmailError(result.errors?.email);
    if (!result.data) return focusFirstInvalid(form);
    const body = result.data;
    const created = await run(() => createInvite(teamId, body));
    if (!created) return;
    setInvite(created);
    onCreated();
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <NativeSelect
          label="Role for people who use this link"
          data={roleOptions}
          value={role}
          onChange={(event) => {
            setRole(event.currentTarget.value as InviteRole);
            setInvite(null);
          }}
        />
        <TextInput
          label="Email address"
          description="Optional. We email the invitation to this address, and only this person can use the link, once."
          type="email"
          autoComplete="off"
          value={email}
          error={emailError}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            setInvite(null);
          }}
        />
        <Checkbox
          label="Link works only once"
          description={
            isForOnePerson ? 'A link for one email address always works once.' : undefined
          }
          checked={singleUse || isForOnePerson}
          disabled={isForOnePerson}
          onChange={(event) => {
            setSingleUse(event.currentTarget.checked);
            setInvite(null);
          }}
        />
        <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          Create invite link
        </Button>
        {error && (
          <Alert color="red" variant="light" title="Could not create the link">
            {error}
          </Alert>
        )}
        {invite && (
          <CopyLinkField
            label="Invite link"
            value={`${location.origin}/join/${invite.code}`}
            description={describeInvite(invite)}
          />
        )}
      </Stack>
    </form>
  );
}
