import { Paper, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import type * as Y from 'yjs';
import { studentsOfFocus } from '../../shared/purpose/purposeDoc';
import { AddStudentOfFocusForm } from './AddStudentOfFocusForm';
import { StudentOfFocusItem } from './StudentOfFocusItem';
import { useOrderedList } from '../collab/useOrderedList';

/** The team's students of focus: a live, ordered list everyone edits together. */
export function StudentsOfFocusSection({ doc, canWrite }: { doc: Y.Doc; canWrite: boolean }) {
  const live = useOrderedList(studentsOfFocus, doc);
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <Stack component="section" aria-labelledby="students-heading" gap="md">
      <Title order={2} id="students-heading" ref={headingRef} tabIndex={-1}>
        Students of focus
      </Title>
      <Text>
        The students or groups the team keeps at the centre of its work, why, and how the team hears
        from them. Use initials or a group, never a full name.
      </Text>
      {live.items.length === 0 ? (
        <Text fs="italic">No students of focus yet.</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {live.items.map((item, index) => (
            <StudentOfFocusItem
              key={item.id}
              item={item}
              index={index}
              live={live}
              onRemoved={() => headingRef.current?.focus()}
              canWrite={canWrite}
            />
          ))}
        </Stack>
      )}
      {canWrite && (
        <Paper withBorder p="md" bg="gray.0">
          <AddStudentOfFocusForm live={live} />
        </Paper>
      )}
    </Stack>
  );
}
