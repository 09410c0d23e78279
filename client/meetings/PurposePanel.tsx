import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type * as Y from 'yjs';
import { commitments, studentsOfFocus } from '../../shared/purpose/purposeDoc';
import { useOrderedList } from '../collab/useOrderedList';

interface PurposePanelProps {
  teamId: string;
  /** The team's purpose document, open. */
  doc: Y.Doc;
}

/** The team's students of focus and commitments beside the meeting, live and read-only. */
export function PurposePanel({ teamId, doc }: PurposePanelProps) {
  const students = useOrderedList(studentsOfFocus, doc).items;
  const promises = useOrderedList(commitments, doc).items;

  return (
    <Paper withBorder p="lg" bg="gray.0">
      <Stack gap="lg">
        <Stack component="section" aria-labelledby="focus-students-heading" gap="xs">
          <Title order={2} size="h3" id="focus-students-heading">
            Our students of focus
          </Title>
          {students.length === 0 ? (
            <Text fs="italic">None named yet.</Text>
          ) : (
            <Stack component="ul" aria-labelledby="focus-students-heading" gap="xs" m={0} pl="lg">
              {students.map((student) => (
                <li key={student.id}>
                  <Text fw={700} span>
                    {student.label}
                  </Text>
                  {student.why && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {student.why}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          )}
        </Stack>
        <Stack component="section" aria-labelledby="focus-commitments-heading" gap="xs">
          <Title order={2} size="h3" id="focus-commitments-heading">
            Our commitments
          </Title>
          {promises.length === 0 ? (
            <Text fs="italic">None written yet.</Text>
          ) : (
            <Stack
              component="ul"
              aria-labelledby="focus-commitments-heading"
              gap="xs"
              m={0}
              pl="lg"
            >
              {promises.map((commitment) => (
                <Text component="li" key={commitment.id} style={{ whiteSpace: 'pre-wrap' }}>
                  {commitment.text}
                </Text>
              ))}
            </Stack>
          )}
        </Stack>
        <Anchor component={Link} to={`/teams/${teamId}`} size="sm">
          Open the team’s purpose page
        </Anchor>
      </Stack>
    </Paper>
  );
}
