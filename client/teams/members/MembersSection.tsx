import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useRevalidator } from 'react-router';
import { canManageTeam } from '../../../shared/access/roles';
import type { TeamDetail } from '../../../shared/api/teams';
import type { MemberReport } from './memberReport';
import { MemberRow } from './MemberRow';

interface MembersSectionProps {
  team: TeamDetail;
  /** The signed-in person, whose row offers "Leave team". */
  selfId: string;
}

/**
 * Who belongs to the team. The principal changes roles, removes members, hands over the
 * principal role and issues password-reset links here; everyone else reads the list.
 */
export function MembersSection({ team, selfId }: MembersSectionProps) {
  const revalidator = useRevalidator();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const canManage = canManageTeam(team.role);

  const report: MemberReport = {
    done: async (message) => {
      setFailure(null);
      await revalidator.revalidate();
      setStatus(message);
    },
    failed: (title, message) => {
      setStatus('');
      setFailure({ title, message });
    },
  };

  return (
    <Stack component="section" aria-labelledby="members-heading" gap="sm">
      <Title order={2} id="members-heading" ref={headingRef} tabIndex={-1}>
        Team members
      </Title>
      {canManage && (
        <Text>
          Change roles, hand over the principal role, or give a member a link to set a new password.
        </Text>
      )}
      <Text role="status" fw={600} c="green.9">
        {status}
      </Text>
      {failure && (
        <Alert
          color="red"
          variant="light"
          title={failure.title}
          withCloseButton
          onClose={() => setFailure(null)}
          closeButtonLabel="Dismiss"
        >
          {failure.message}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table aria-labelledby="members-heading" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {team.members.map((member) => (
              <MemberRow
                key={member.userId}
                team={team}
                member={member}
                selfId={selfId}
                canManage={canManage}
                report={report}
                onRemoved={() => headingRef.current?.focus()}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
