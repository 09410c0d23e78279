import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { ChevronLeft, ChevronRight, ListRestart, MonitorUp } from 'lucide-react';
import { REVIEW_WINDOW_DAYS } from '../../../shared/plans/planReview';
import { LiveConnectionStatus } from '../../collab/LiveConnectionStatus';
import type { ReviewView } from './PlanReviewGate';
import { ReviewStepCard } from './ReviewStepCard';

interface PlanReviewBoardProps {
  view: ReviewView;
  teamId: string;
  meetingId: string;
  itemId: string;
  canEdit: boolean;
}

/**
 * The review on people's devices: the steps walked, one at a time on the projector, each
 * with its status to change there and then.
 */
export function PlanReviewBoard({
  view,
  teamId,
  meetingId,
  itemId,
  canEdit,
}: PlanReviewBoardProps) {
  const { review, planId, provider } = view;
  const { entries, currentIndex } = review;
  const current = entries[currentIndex];
  const move = (by: number) => {
    const next = entries[currentIndex + by];
    if (next) review.show(next.action.id);
  };
  const projectorPath = `/teams/${teamId}/meetings/${meetingId}/plan-review/${encodeURIComponent(itemId)}/present`;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <LiveConnectionStatus provider={provider} />
        <Anchor href={projectorPath} target="_blank" rel="noopener" fw={600}>
          <Group gap={6} component="span">
            <MonitorUp size={16} aria-hidden="true" />
            Open the projector view
            <span className="visually-hidden"> (opens in a new tab)</span>
          </Group>
        </Anchor>
      </Group>
      {!review.started ? (
        <Stack gap="sm" maw={640}>
          <Text>
            The review walks the action steps that are overdue, at risk, off track or due in the
            next {REVIEW_WINDOW_DAYS} days, one at a time, and the team updates each one&apos;s
            status as it goes.
          </Text>
          {canEdit && (
            <Group>
              <Button onClick={review.start}>Start the review</Button>
            </Group>
          )}
        </Stack>
      ) : entries.length === 0 ? (
        <Alert color="green" title="Nothing to review">
          No action step is overdue, at risk, off track or due in the next {REVIEW_WINDOW_DAYS}{' '}
          days.
        </Alert>
      ) : (
        <>
          <Group gap="sm" wrap="wrap">
            <Text fw={600} role="status">
              Step {currentIndex + 1} of {entries.length}
              {current ? `: ${current.action.task}` : ''}
            </Text>
            {canEdit && (
              <Group gap="xs">
                <Button
                  variant="default"
                  size="sm"
                  leftSection={<ChevronLeft size={16} aria-hidden="true" />}
                  disabled={currentIndex === 0}
                  onClick={() => move(-1)}
                >
                  Previous step
                </Button>
                <Button
                  size="sm"
                  rightSection={<ChevronRight size={16} aria-hidden="true" />}
                  disabled={currentIndex >= entries.length - 1}
                  onClick={() => move(1)}
                >
                  Next step
                </Button>
              </Group>
            )}
          </Group>
          <Stack
            component="ol"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label="Steps to review"
          >
            {entries.map((entry, index) => (
              <ReviewStepCard
                key={entry.action.id}
                entry={entry}
                number={index + 1}
                total={entries.length}
                teamId={teamId}
                planId={planId}
                isCurrent={index === currentIndex}
                canEdit={canEdit}
                onShow={() => review.show(entry.action.id)}
              />
            ))}
          </Stack>
        </>
      )}
      {review.started && canEdit && (
        <Group>
          <Button
            variant="subtle"
            size="sm"
            leftSection={<ListRestart size={16} aria-hidden="true" />}
            onClick={review.start}
          >
            Gather the steps again
          </Button>
        </Group>
      )}
    </Stack>
  );
}
