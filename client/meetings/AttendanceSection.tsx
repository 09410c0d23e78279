import { Checkbox, Stack, Text, Title } from '@mantine/core';
import type { TeamMember } from '../../shared/api/teams';

interface AttendanceSectionProps {
  members: TeamMember[];
  /** User id to present (true) or marked absent (false); unmarked people are missing. */
  attendance: Record<string, boolean>;
  onMark: (userId: string, present: boolean) => void;
  canWrite: boolean;
}

/** Who was at the meeting: a checklist of the team's members, ticked live. */
export function AttendanceSection({
  members,
  attendance,
  onMark,
  canWrite,
}: AttendanceSectionProps) {
  const present = members.filter((m) => attendance[m.userId] === true);
  const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Stack component="section" aria-labelledby="attendance-heading" gap="sm">
      <Title order={2} id="attendance-heading">
        Attendance
      </Title>
      <Text>
        {present.length} of {members.length} present
      </Text>
      {canWrite ? (
        <Stack role="group" aria-labelledby="attendance-heading" gap="xs">
          {sorted.map((member) => (
            <Checkbox
              key={member.userId}
              label={member.name}
              checked={attendance[member.userId] === true}
              onChange={(event) => onMark(member.userId, event.currentTarget.checked)}
            />
          ))}
        </Stack>
      ) : (
        <Stack component="ul" gap={4} m={0} pl="lg">
          {sorted.map((member) => (
            <li key={member.userId}>
              {member.name}: {attendance[member.userId] === true ? 'present' : 'not marked present'}
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
