import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import type { TeamRole } from '../../../shared/access/roles';
import type { TeamMember } from '../../../shared/api/teams';
import { changeRole } from '../../api/membersApi';
import { messageOf } from '../../forms/useApiAction';
import type { MemberReport } from './memberReport';
import { roleLabels } from './roleLabels';

/** Roles given from this list; the principal role moves with "Make … principal" instead. */
const assignableRoles: readonly TeamRole[] = ['facilitator', 'member', 'viewer'];

interface MemberRoleSelectProps {
  teamId: string;
  member: TeamMember;
  report: MemberReport;
}

/** A member's role, changed as soon as another is chosen (the server may refuse). */
export function MemberRoleSelect({ teamId, member, report }: MemberRoleSelectProps) {
  // The role just chosen, shown until the server answers and the list is reloaded.
  const [chosen, setChosen] = useState<TeamRole | null>(null);
  const roles =
    member.role === 'principal' ? ['principal' as const, ...assignableRoles] : assignableRoles;

  async function handleChange(role: TeamRole) {
    setChosen(role);
    try {
      await changeRole(teamId, member.userId, role);
      await report.done(`${member.name} is now a ${roleLabels[role].toLowerCase()}.`);
    } catch (error) {
      report.failed(`Could not change ${member.name}'s role`, messageOf(error));
    } finally {
      setChosen(null);
    }
  }

  return (
    <NativeSelect
      aria-label={`Role for ${member.name}`}
      size="sm"
      data={roles.map((role) => ({ value: role, label: roleLabels[role] }))}
      value={chosen ?? member.role}
      aria-busy={chosen !== null}
      onChange={(event) => void handleChange(event.currentTarget.value as TeamRole)}
      style={{ minWidth: '9.5rem' }}
    />
  );
}
