import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { LogOut } from 'lucide-react';
import { useNavigate } from 'react-router';
import { leaveTeam } from '../../api/membersApi';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { homeNoticeState } from '../homeNotice';

interface LeaveTeamButtonProps {
  teamId: string;
  teamName: string;
  /** The last principal cannot leave (the server refuses): the dialog says what to do instead. */
  isOnlyPrincipal: boolean;
}

/** "Leave team", for anyone on their own row; afterwards, back to the team list. */
export function LeaveTeamButton({ teamId, teamName, isOnlyPrincipal }: LeaveTeamButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const navigate = useNavigate();

  return (
    <>
      <Button
        variant="default"
        size="sm"
        leftSection={<LogOut size={16} aria-hidden="true" />}
        onClick={open}
      >
        Leave team
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        title={`Leave ${teamName}?`}
        confirmLabel={isOnlyPrincipal ? undefined : 'Leave'}
        isDanger
        errorTitle="Could not leave the team"
        onConfirm={() => leaveTeam(teamId)}
        onDone={() =>
          void navigate('/', { replace: true, state: homeNoticeState(`You left ${teamName}.`) })
        }
      >
        {isOnlyPrincipal ? (
          <Text>
            You are the only principal of {teamName}. Make another member principal first; then you
            can leave.
          </Text>
        ) : (
          <Text>
            You lose access to the team's documents at once. To come back you need a new invite
            link.
          </Text>
        )}
      </ConfirmDialog>
    </>
  );
}
