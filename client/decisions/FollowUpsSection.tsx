import { Paper, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import type * as Y from 'yjs';
import { followUps } from '../../shared/decisions/decisionDoc';
import { useOrderedList } from '../collab/useOrderedList';
import { AddFollowUpForm } from './AddFollowUpForm';
import type { FollowUpPlanning } from './FollowUpActionStep';
import { FollowUpItem } from './FollowUpItem';
import { useNow } from './useNow';

interface FollowUpsSectionProps {
  doc: Y.Doc;
  canWrite: boolean;
  /** Due dates are calendar dates in the team's zone, and judged overdue there. */
  timeZone: string;
  planning: FollowUpPlanning;
}

/** The follow-up actions that carry the decision out: a live, ordered list. */
export function FollowUpsSection({ doc, canWrite, timeZone, planning }: FollowUpsSectionProps) {
  const live = useOrderedList(followUps, doc);
  const now = useNow();
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <Stack component="section" aria-labelledby="decision-follow-ups-heading" gap="md">
      <Title order={2} id="decision-follow-ups-heading" ref={headingRef} tabIndex={-1}>
        Follow-up actions
      </Title>
      {live.items.length === 0 ? (
        <Text fs="italic">No follow-up actions yet.</Text>
      ) : (
        <Stack
          component="ol"
          aria-label="Follow-up actions"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {live.items.map((item, index) => (
            <FollowUpItem
              key={item.id}
              item={item}
              index={index}
              live={live}
              canWrite={canWrite}
              timeZone={timeZone}
              now={now}
              planning={planning}
              onRemoved={() => headingRef.current?.focus()}
            />
          ))}
        </Stack>
      )}
      {canWrite && (
        <Paper withBorder p="md" bg="gray.0">
          <AddFollowUpForm live={live} />
        </Paper>
      )}
    </Stack>
  );
}
