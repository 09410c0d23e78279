import { Badge, Table, Text } from '@mantine/core';
import type { TeamDetail, TeamMember } from '../../../shared/api/teams';
import { LeaveTeamButton } from './LeaveTeamButton';
import { MemberActions } from './MemberActions';
import type { MemberReport } from './memberReport';
import { MemberRoleSelect } from './MemberRoleSelect';
import { roleLabels } from './roleLabels';

interface MemberRowProps {
  team: TeamDetail;
  member: TeamMember;
  selfId: string;
  /** Whether the viewer manages the team (the principal). */
  canManage: boolean;
  report: MemberReport;
  onRemoved: () => void;
}

/** One member: name, email, role; the principal's controls on others, "Leave team" on one's own. */
export function MemberRow({ team, member, selfId, canManage, report, onRemoved }: MemberRowProps) {
  const isSelf = member.userId === selfId;
  const principals = team.members.filter((m) => m.role === 'principal').length;
  const manageable = canManage && !isSelf;

  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600}>
          {member.name}
          {isSelf && (
            <Text span c="dimmed" fw={400}>
              {' '}
              (you)
            </Text>
          )}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text style={{ overflowWrap: 'anywhere' }}>{member.email}</Text>
      </Table.Td>
      <Table.Td>
        {manageable ? (
          <MemberRoleSelect teamId={team.id} member={member} report={report} />
        ) : (
          <Badge variant="light" color="gray">
            {roleLabels[member.role]}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {manageable && (
          <MemberActions team={team} member={member} report={report} onRemoved={onRemoved} />
        )}
        {isSelf && (
          <LeaveTeamButton
            teamId={team.id}
            teamName={team.name}
            isOnlyPrincipal={member.role === 'principal' && principals <= 1}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}
