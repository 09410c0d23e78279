import { Anchor, Button, Group, Text } from '@mantine/core';
import { Play, Scale } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AgendaItem } from '../../shared/meetings/meetingDoc';
import { useApiAction } from '../forms/useApiAction';
import type { LiveList } from '../collab/useOrderedList';
import { createMeetingDecision } from './meetingsApi';
import { openCycleChoices } from '../plans/cycleChoices';
import type { MeetingContext } from './meetingContext';
import { StartRunDialog } from '../protocol-runs/StartRunDialog';

interface AgendaItemLinksProps {
  item: AgendaItem;
  live: LiveList<AgendaItem>;
  meeting: MeetingContext;
}

/** Words only screen readers hear, so that each item's buttons have their own names. */
function ForItem({ title }: { title: string }) {
  return <span className="visually-hidden"> for {title}</span>;
}

/**
 * What an agenda item opened: a link to its run or decision; or, before it has one, the button
 * that starts the run (facilitators) or proposes the decision (editors) held in this meeting.
 */
export function AgendaItemLinks({ item, live, meeting }: AgendaItemLinksProps) {
  const navigate = useNavigate();
  const [isDialogOpen, setDialogOpen] = useState(false);
  const decision = useApiAction();
  const { teamId, meetingId } = meeting;
  const isCycleStudy = item.kind === 'cycle-study';
  const canStartRun =
    (item.kind === 'protocol-run' || isCycleStudy) &&
    item.runId === null &&
    meeting.canWrite &&
    meeting.canStartRun;
  const [cycleChoices, setCycleChoices] = useState<{ id: string; label: string }[] | null>(null);
  const cycles = useApiAction();

  /** A cycle study chooses among this school year's open cycles. */
  async function openRunDialog() {
    if (!isCycleStudy) return setDialogOpen(true);
    const choices = await cycles.run(() => openCycleChoices(teamId));
    if (!choices) return;
    if (choices.length === 0) {
      cycles.setError('No improvement cycle is open: start one from the work plan.');
      return;
    }
    setCycleChoices(choices);
    setDialogOpen(true);
  }
  const canOpenDecision =
    item.kind === 'decision' && item.decisionId === null && meeting.canWrite && meeting.canDecide;

  async function handleRunCreated(runId: string) {
    live.update(item.id, { runId });
    meeting.onCreated();
    await navigate(`/teams/${teamId}/runs/${runId}`);
  }

  async function handleOpenDecision() {
    const created = await decision.run(() => createMeetingDecision(teamId, meetingId, item.title));
    if (!created) return;
    live.update(item.id, { decisionId: created.decisionId });
    meeting.onCreated();
    await navigate(`/teams/${teamId}/decisions/${created.decisionId}`);
  }

  const isPlanReview = item.kind === 'plan-review';
  if (!item.runId && !item.decisionId && !canStartRun && !canOpenDecision && !isPlanReview) {
    return null;
  }

  return (
    <Group gap="sm" wrap="wrap" mt={4}>
      {item.runId && (
        <Anchor component={Link} to={`/teams/${teamId}/runs/${item.runId}`} fw={600}>
          {isCycleStudy ? 'Go to the cycle study' : 'Go to protocol run'}
          <ForItem title={item.title} />
        </Anchor>
      )}
      {item.decisionId && (
        <Anchor component={Link} to={`/teams/${teamId}/decisions/${item.decisionId}`} fw={600}>
          Go to decision
          <ForItem title={item.title} />
        </Anchor>
      )}
      {isPlanReview && (
        <Anchor
          component={Link}
          to={`/teams/${teamId}/meetings/${meetingId}/plan-review/${encodeURIComponent(item.id)}`}
          fw={600}
        >
          Open the plan review
          <ForItem title={item.title} />
        </Anchor>
      )}
      {canStartRun && (
        <>
          <Button
            size="sm"
            variant="light"
            leftSection={<Play size={16} aria-hidden="true" />}
            onClick={() => void openRunDialog()}
            loading={cycles.pending}
            disabled={meeting.protocols.length === 0}
          >
            {isCycleStudy ? 'Start the cycle study' : 'Start protocol run'}
            <ForItem title={item.title} />
          </Button>
          {cycles.error && (
            <Text role="alert" size="sm" fw={600} c="red.9">
              {cycles.error}
            </Text>
          )}
          {isDialogOpen && (
            <StartRunDialog
              onClose={() => setDialogOpen(false)}
              teamId={teamId}
              meetingId={meetingId}
              protocols={meeting.protocols}
              defaultTitle={item.title}
              {...(isCycleStudy && cycleChoices ? { cycleChoices } : {})}
              onCreated={handleRunCreated}
            />
          )}
        </>
      )}
      {canOpenDecision && (
        <Button
          size="sm"
          variant="light"
          leftSection={<Scale size={16} aria-hidden="true" />}
          loading={decision.pending}
          onClick={() => void handleOpenDecision()}
        >
          Open decision
          <ForItem title={item.title} />
        </Button>
      )}
      {decision.error && (
        <Text role="alert" size="sm" fw={600} c="red.9">
          Could not open the decision: {decision.error}
        </Text>
      )}
    </Group>
  );
}
