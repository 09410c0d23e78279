import { Stack, Text, Title } from '@mantine/core';
import type { ReviewDecisionDetail } from '../../../shared/api/review';
import { formatCalendarDate, formatMoment } from '../../../shared/time/teamTime';
import { modelLabels, statusLabels } from '../../../shared/decisions/decisionLabels';
import { DetailSection } from './DetailSection';
import { FactList } from './FactList';
import { FocusCheckSummary } from './FocusCheckSummary';
import { FollowUpTable } from './FollowUpTable';
import { PlainText } from './PlainText';
import styles from './printReport.module.css';

interface PrintDecisionBlockProps {
  decision: ReviewDecisionDetail;
  students: { id: string; label: string }[];
  timeZone: string;
  now: Date;
}

/** One decision of the report, kept together on paper. */
export function PrintDecisionBlock({ decision, students, timeZone, now }: PrintDecisionBlockProps) {
  const headingId = `report-${decision.id}`;
  const { meeting } = decision;
  return (
    <article className={styles.block} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId} className={styles.blockTitle}>
          {decision.title || 'Untitled decision'}
        </Title>
        <FactList
          facts={[
            { term: 'Status', value: statusLabels[decision.status] },
            {
              term: 'Decision-making model',
              value: decision.model ? modelLabels[decision.model].label : 'Not declared',
            },
            { term: 'Owner', value: decision.owner || 'No owner yet' },
            {
              term: 'Meeting',
              value: meeting
                ? `${meeting.title}, ${formatCalendarDate(meeting.date)}`
                : 'Not made in a meeting',
            },
            { term: 'Recorded', value: formatMoment(decision.createdAt, timeZone) },
            {
              term: 'Decided',
              value: decision.decidedAt
                ? formatMoment(decision.decidedAt, timeZone)
                : 'Not decided yet',
            },
          ]}
        />
        <DetailSection id={`${headingId}-text`} title="Decision" order={3} isLandmark={false}>
          <PlainText text={decision.decisionText} empty="No decision text yet." />
        </DetailSection>
        <DetailSection id={`${headingId}-rationale`} title="Rationale" order={3} isLandmark={false}>
          <PlainText text={decision.rationale} empty="No rationale yet." />
        </DetailSection>
        <DetailSection id={`${headingId}-focus`} title="Focus check" order={3} isLandmark={false}>
          <FocusCheckSummary focusCheck={decision.focusCheck} students={students} />
        </DetailSection>
        <DetailSection
          id={`${headingId}-follow-ups`}
          title="Follow-up actions"
          order={3}
          isLandmark={false}
        >
          <FollowUpTable
            items={decision.followUpItems}
            timeZone={timeZone}
            now={now}
            label={`Follow-up actions: ${decision.title || 'Untitled decision'}`}
          />
        </DetailSection>
        {decision.supersededBy && (
          <Text>Superseded by: {decision.supersededBy.title || 'Untitled decision'}</Text>
        )}
      </Stack>
    </article>
  );
}
