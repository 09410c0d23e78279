import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ReviewDecision } from '../../../shared/api/review';
import { formatCalendarDate, formatMoment } from '../../../shared/time/teamTime';
import { modelLabels } from '../../../shared/decisions/decisionLabels';
import { followUpCountLabel, overdueLabel, studentLabels } from './reviewLabels';
import { meetingPagePath, reviewDecisionPath, type FromLogState } from './reviewPaths';
import { StatusBadge } from './StatusBadge';

interface TimelineItemProps {
  teamId: string;
  timeZone: string;
  decision: ReviewDecision;
  students: { id: string; label: string }[];
  /** The log's query, so the decision page can lead back to this view. */
  logSearch: string;
}

/** One decision in the log: when, what, where it stands, who owns it, its follow-ups. */
export function TimelineItem({
  teamId,
  timeZone,
  decision,
  students,
  logSearch,
}: TimelineItemProps) {
  const { meeting, followUps } = decision;
  const overdue = overdueLabel(followUps.overdue);
  const affected = studentLabels(decision.studentIds, students);
  const state: FromLogState = { logSearch };

  return (
    <Paper
      component="li"
      withBorder
      p="md"
      style={{ borderLeft: '4px solid var(--mantine-color-lake-4)' }}
    >
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          Recorded{' '}
          <time dateTime={decision.createdAt}>{formatMoment(decision.createdAt, timeZone)}</time>
          {decision.decidedAt && (
            <>
              {' · Decided '}
              <time dateTime={decision.decidedAt}>
                {formatMoment(decision.decidedAt, timeZone)}
              </time>
            </>
          )}
        </Text>
        <Group gap="sm" wrap="wrap" align="baseline">
          <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={reviewDecisionPath(teamId, decision.id)} state={state}>
              {decision.title || 'Untitled decision'}
            </Anchor>
          </Title>
          <StatusBadge status={decision.status} />
        </Group>
        <Group gap="lg" wrap="wrap">
          <Text size="sm">
            Model: {decision.model ? modelLabels[decision.model].label : 'not declared'}
          </Text>
          <Text size="sm">Owner: {decision.owner || 'none yet'}</Text>
        </Group>
        <Text size="sm">
          {meeting ? (
            <>
              Meeting:{' '}
              <Anchor component={Link} to={meetingPagePath(teamId, meeting.id)}>
                {meeting.title}
              </Anchor>
              , {formatCalendarDate(meeting.date)}
            </>
          ) : (
            'Not made in a meeting'
          )}
        </Text>
        {decision.excerpt && (
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {decision.excerpt}
          </Text>
        )}
        {affected.length > 0 && <Text size="sm">Students of focus: {affected.join(', ')}</Text>}
        <Group gap="xs" wrap="wrap">
          <Text size="sm">{followUpCountLabel(followUps)}</Text>
          {overdue && (
            <Badge variant="filled" color="red.9" c="white">
              {overdue}
            </Badge>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
