import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { Crown, UserMinus } from 'lucide-react';
import { useState } from 'react';
import type { TeamDetail, TeamMember } from '../../../shared/api/teams';
import { removeMember, transferPrincipal } from '../../api/membersApi';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import type { MemberReport } from './memberReport';

interface MemberActionsProps {
  team: TeamDetail;
  member: TeamMember;
  report: MemberReport;
  /** Called after the member was removed, once their row is gone (to place the focus). */
  onRemoved: () => void;
}

type OpenDialog = 'transfer' | 'remove' | null;

/** The principal's buttons on another member's row, each with its dialog. */
export function MemberActions({ team, member, report, onRemoved }: MemberActionsProps) {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);

  const buttons = [
    {
      key: 'transfer',
      label: `Make ${member.name} principal`,
      icon: Crown,
      onClick: () => setDialog('transfer'),
    },
    {
      key: 'remove',
      label: `Remove ${member.name}`,
      icon: UserMinus,
      onClick: () => setDialog('remove'),
    },
  ];

  return (
    <>
      <Group gap={4} wrap="nowrap">
        {buttons.map(({ key, label, icon: Icon, onClick }) => (
          <Tooltip key={key} label={label} withArrow openDelay={400}>
            <ActionIcon
              variant="subtle"
              color={key === 'remove' ? 'red.9' : 'gray.8'}
              size="lg"
              aria-label={label}
              onClick={onClick}
            >
              <Icon size={18} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
        ))}
      </Group>
      <ConfirmDialog
        opened={dialog === 'transfer'}
        onClose={close}
        title={`Make ${member.name} principal?`}
        confirmLabel="Make principal"
        errorTitle="Could not hand over the principal role"
        onConfirm={() => transferPrincipal(team.id, member.userId)}
        onDone={() =>
          void report.done(`${member.name} is now the principal. You are a facilitator.`)
        }
      >
        <Text>
          {member.name} becomes the principal of {team.name}: they manage members and roles, export
          and delete the team. You become a facilitator and can no longer manage the team.
        </Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={dialog === 'remove'}
        onClose={close}
        title={`Remove ${member.name} from ${team.name}?`}
        confirmLabel="Remove"
        isDanger
        errorTitle={`Could not remove ${member.name}`}
        onConfirm={() => removeMember(team.id, member.userId)}
        onDone={() => {
          void report.done(`${member.name} was removed from the team.`).then(onRemoved);
        }}
      >
        <Text>
          {member.name} loses access at once, on every device, including any page of the team they
          have open. You can invite them again later.
        </Text>
      </ConfirmDialog>
    </>
  );
}
