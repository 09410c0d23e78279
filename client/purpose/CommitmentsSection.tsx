import { Paper, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import type * as Y from 'yjs';
import { commitments } from '../../shared/purpose/purposeDoc';
import { AddCommitmentForm } from './AddCommitmentForm';
import { CommitmentItem } from './CommitmentItem';
import { useOrderedList } from '../collab/useOrderedList';

/** The team's commitments and norms: a live, ordered list. */
export function CommitmentsSection({ doc, canWrite }: { doc: Y.Doc; canWrite: boolean }) {
  const live = useOrderedList(commitments, doc);
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <Stack component="section" aria-labelledby="commitments-heading" gap="md">
      <Title order={2} id="commitments-heading" ref={headingRef} tabIndex={-1}>
        Commitments and norms
      </Title>
      <Text>The practices the team commits to so that its work stays on its students.</Text>
      {live.items.length === 0 ? (
        <Text fs="italic">No commitments yet.</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {live.items.map((item, index) => (
            <CommitmentItem
              key={item.id}
              item={item}
              index={index}
              live={live}
              canWrite={canWrite}
              onRemoved={() => headingRef.current?.focus()}
            />
          ))}
        </Stack>
      )}
      {canWrite && (
        <Paper withBorder p="md" bg="gray.0">
          <AddCommitmentForm live={live} />
        </Paper>
      )}
    </Stack>
  );
}
