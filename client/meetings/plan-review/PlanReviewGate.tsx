import { Center, Loader, Text } from '@mantine/core';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import type { TeamDetail } from '../../../shared/api/teams';
import {
  meetingDocumentName,
  planActionsDocumentName,
  workPlanDocumentName,
} from '../../../shared/documents/documentName';
import { agenda } from '../../../shared/meetings/meetingDoc';
import { AccessProblemNotice } from '../../collab/AccessProblemNotice';
import type { PresenceUser } from '../../collab/presenceUser';
import { useCollabDocument } from '../../collab/useCollabDocument';
import { useOrderedList } from '../../collab/useOrderedList';
import { useServerAccess } from '../../collab/useServerAccess';
import { type PlanReviewState, usePlanReview } from './usePlanReview';

/** What a review screen draws with: the review, and the meeting's connection for its status. */
export interface ReviewView {
  review: PlanReviewState;
  planId: string;
  provider: HocuspocusProvider;
}

interface GateProps {
  team: TeamDetail;
  meetingId: string;
  itemId: string;
  /** The plan to walk when the item names none yet: this school year's. */
  currentPlanId: string | null;
  user: PresenceUser;
  render: (view: ReviewView) => ReactNode;
}

function Opening() {
  return (
    <Center py="xl">
      <Loader aria-label="Opening the plan review" />
    </Center>
  );
}

function PlanDocuments({
  team,
  planId,
  itemId,
  meetingDoc,
  provider,
  user,
  render,
}: {
  team: TeamDetail;
  planId: string;
  itemId: string;
  meetingDoc: Y.Doc;
  provider: HocuspocusProvider;
  user: PresenceUser;
  render: GateProps['render'];
}) {
  const plan = useCollabDocument(workPlanDocumentName(team.id, planId), user, { presence: false });
  const actions = useCollabDocument(planActionsDocumentName(team.id, planId), user, {
    presence: false,
  });
  if (!plan || !actions) return <Opening />;
  return (
    <Review
      team={team}
      planId={planId}
      itemId={itemId}
      meetingDoc={meetingDoc}
      planDoc={plan.doc}
      actionsDoc={actions.doc}
      provider={provider}
      render={render}
    />
  );
}

function Review(props: {
  team: TeamDetail;
  planId: string;
  itemId: string;
  meetingDoc: Y.Doc;
  planDoc: Y.Doc;
  actionsDoc: Y.Doc;
  provider: HocuspocusProvider;
  render: GateProps['render'];
}) {
  const review = usePlanReview(
    props.meetingDoc,
    props.itemId,
    props.planId,
    props.planDoc,
    props.actionsDoc,
    props.team,
  );
  if (!review) return <Text>This agenda item is no longer on the agenda.</Text>;
  return props.render({ review, planId: props.planId, provider: props.provider });
}

function MeetingItem({
  team,
  itemId,
  currentPlanId,
  user,
  render,
  meetingDoc,
  provider,
}: Omit<GateProps, 'meetingId'> & { meetingDoc: Y.Doc; provider: HocuspocusProvider }) {
  const access = useServerAccess(provider);
  const item = useOrderedList(agenda, meetingDoc).items.find((i) => i.id === itemId);
  if (access.problem) return <AccessProblemNotice problem={access.problem} />;
  const planId = item?.planId ?? currentPlanId;
  if (!item) return <Text>This agenda item is no longer on the agenda.</Text>;
  if (!planId) {
    return <Text>The team has no work plan yet: start it from the team page.</Text>;
  }
  return (
    <PlanDocuments
      key={planId}
      team={team}
      planId={planId}
      itemId={itemId}
      meetingDoc={meetingDoc}
      provider={provider}
      user={user}
      render={render}
    />
  );
}

/**
 * Opens what a plan review needs: the meeting's document (the agenda item holds the review's
 * steps and the one on the projector), then the plan's two documents.
 */
export function PlanReviewGate(props: GateProps) {
  const meeting = useCollabDocument(
    meetingDocumentName(props.team.id, props.meetingId),
    props.user,
  );
  if (!meeting) return <Opening />;
  return <MeetingItem {...props} meetingDoc={meeting.doc} provider={meeting.provider} />;
}
