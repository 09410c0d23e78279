import { Anchor, Button, Divider, Group, Stack, Title } from '@mantine/core';
import { ArrowLeft, ExternalLink } from 'lucide-react';
import { Link, useLoaderData, useLocation } from 'react-router';
import type { ReviewDecisionDetail } from '../../../shared/api/review';
import type { TeamDetail } from '../../../shared/api/teams';
import { formatCalendarDate, formatMoment } from '../../../shared/time/teamTime';
import { PageShell } from '../../app/PageShell';
import { SignedInActions } from '../../app/SignedInActions';
import { modelLabels, statusLabels } from '../../../shared/decisions/decisionLabels';
import type { ChangeNames } from '../changeText';
import { useNow } from '../useNow';
import { ChangeList } from './ChangeList';
import { DetailSection } from './DetailSection';
import { EvidenceList } from './EvidenceList';
import { FactList } from './FactList';
import { FocusCheckSummary } from './FocusCheckSummary';
import { FollowUpTable } from './FollowUpTable';
import { PlainText } from './PlainText';
import type { reviewDecisionLoader } from './reviewLoaders';
import {
  liveDecisionPath,
  logSearchOf,
  meetingPagePath,
  reviewDecisionPath,
  reviewLogPath,
} from './reviewPaths';
import { StatusBadge } from './StatusBadge';
import { VoteSummary } from './VoteSummary';

/**
 * One decision in full, for review: every field, its evidence, the vote, the focus check, its
 * follow-ups and how it changed over time. Read-only; "Open the live decision" edits it.
 */
export function ReviewDecisionPage() {
  const { team, teams, decision, students } = useLoaderData<typeof reviewDecisionLoader>();
  const location = useLocation();
  const now = useNow();
  const tz = team.timeZone;
  const title = decision.title || 'Untitled decision';

  return (
    <PageShell
      title={`${title}: decision log`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
    >
      <Stack gap="xl">
        <Stack gap="xs">
          <Anchor
            component={Link}
            to={`${reviewLogPath(team.id)}${logSearchOf(location.state)}`}
            display="inline-flex"
            style={{ alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}
          >
            <ArrowLeft size={16} aria-hidden="true" />
            Back to the decision log
          </Anchor>
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <Group gap="sm" wrap="wrap" align="baseline">
              <Title order={1} style={{ overflowWrap: 'anywhere' }}>
                {title}
              </Title>
              <StatusBadge status={decision.status} size="lg" />
            </Group>
            <Button
              component={Link}
              to={liveDecisionPath(team.id, decision.id)}
              variant="default"
              leftSection={<ExternalLink size={16} aria-hidden="true" />}
            >
              Open the live decision
            </Button>
          </Group>
        </Stack>
        <DecisionFacts team={team} decision={decision} />
        <Divider />
        <DetailSection id="review-decision-text" title="Decision" order={2}>
          <PlainText text={decision.decisionText} empty="No decision text yet." />
        </DetailSection>
        <DetailSection id="review-rationale" title="Rationale" order={2}>
          <PlainText text={decision.rationale} empty="No rationale yet." />
        </DetailSection>
        <DetailSection id="review-evidence" title="Evidence" order={2}>
          <EvidenceList teamId={team.id} evidence={decision.evidence} />
        </DetailSection>
        <DetailSection id="review-vote" title="How the team decided" order={2}>
          <VoteSummary model={decision.model} tally={decision.tally} voters={decision.voters} />
        </DetailSection>
        <DetailSection id="review-focus" title="Focus check" order={2}>
          <FocusCheckSummary focusCheck={decision.focusCheck} students={students} />
        </DetailSection>
        <DetailSection id="review-follow-ups" title="Follow-up actions" order={2}>
          <FollowUpTable
            items={decision.followUpItems}
            timeZone={tz}
            now={now}
            label="Follow-up actions"
          />
        </DetailSection>
        <DetailSection id="review-history" title="Change history" order={2}>
          <ChangeList
            changes={decision.history}
            timeZone={tz}
            names={changeNames(team, decision)}
          />
        </DetailSection>
      </Stack>
    </PageShell>
  );
}

/** The decision's plain facts: status, model, owner, meeting, dates, what replaced it. */
function DecisionFacts({ team, decision }: { team: TeamDetail; decision: ReviewDecisionDetail }) {
  const tz = team.timeZone;
  const { meeting, supersededBy } = decision;
  const decided = decision.decidedAt
    ? `${formatMoment(decision.decidedAt, tz)}${decision.decidedByName ? `, by ${decision.decidedByName}` : ''}`
    : 'Not decided yet';
  return (
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
          value: meeting ? (
            <>
              <Anchor component={Link} to={meetingPagePath(team.id, meeting.id)}>
                {meeting.title}
              </Anchor>
              , {formatCalendarDate(meeting.date)}
            </>
          ) : (
            'Not made in a meeting'
          ),
        },
        { term: 'Recorded', value: formatMoment(decision.createdAt, tz) },
        { term: 'Decided', value: decided },
        ...(supersededBy
          ? [
              {
                term: 'Superseded by',
                value: (
                  <Anchor component={Link} to={reviewDecisionPath(team.id, supersededBy.id)}>
                    {supersededBy.title || 'Untitled decision'}
                  </Anchor>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** Names for the ids a change may hold: members of the team, the decision that replaced it. */
function changeNames(team: TeamDetail, decision: ReviewDecisionDetail): ChangeNames {
  const members = new Map(team.members.map((member) => [member.userId, member.name]));
  return {
    member: (userId) => members.get(userId),
    decision: (id) => (id === decision.supersededBy?.id ? decision.supersededBy.title : undefined),
  };
}
