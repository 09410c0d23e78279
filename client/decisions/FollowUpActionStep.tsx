import { Anchor, Button } from '@mantine/core';
import { ListPlus } from 'lucide-react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { PlanDetail } from '../../shared/api/plans';
import type { TeamMember } from '../../shared/api/teams';
import type { FollowUp, PlanLink } from '../../shared/decisions/decisionDoc';
import { actionStepDefaults } from './actionStepDefaults';
import { ActionStepForm } from './ActionStepForm';

/** What a follow-up needs to become an action step of the work plan. */
export interface FollowUpPlanning {
  teamId: string;
  decisionId: string;
  /** The plan a step can join: this year's (not archived) with strategies; else null. */
  plan: PlanDetail | null;
  members: readonly TeamMember[];
  /** The decision's own tie to the plan: its strategy is the form's first choice. */
  link: PlanLink | null | undefined;
  /** Whether this person may add action steps (editors of the decision and of the plan). */
  canAddSteps: boolean;
}

type StepRef = NonNullable<FollowUp['actionStep']>;

const stepPath = (teamId: string, step: StepRef) =>
  `/teams/${encodeURIComponent(teamId)}/plan/${encodeURIComponent(step.planId)}#action-${encodeURIComponent(step.actionId)}`;

// Focus moves once React has drawn what replaces the control that had it.
const focusSoon = (ref: { current: HTMLElement | null }) =>
  requestAnimationFrame(() => ref.current?.focus());

interface FollowUpActionStepProps {
  item: FollowUp;
  /** The task, shortened for accessible names. */
  subject: string;
  planning: FollowUpPlanning;
}

/** The follow-up's action step in the work plan, or the way to make it one (editors). */
export function FollowUpActionStep({ item, subject, planning }: FollowUpActionStepProps) {
  const [isOpen, setOpen] = useState(false);
  // Shown from the server's answer until the follow-up's own link arrives with the document.
  const [added, setAdded] = useState<StepRef | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const linkRef = useRef<HTMLAnchorElement>(null);
  const step = item.actionStep ?? added;
  const { plan } = planning;

  if (step) {
    return (
      <Anchor component={Link} ref={linkRef} to={stepPath(planning.teamId, step)} size="sm">
        Action step in the work plan
        <span className="visually-hidden"> for {subject}</span>
      </Anchor>
    );
  }
  if (!planning.canAddSteps || !plan) return null;
  if (isOpen) {
    return (
      <ActionStepForm
        teamId={planning.teamId}
        decisionId={planning.decisionId}
        followUpId={item.id}
        subject={subject}
        plan={plan}
        members={planning.members}
        defaults={actionStepDefaults(item, plan, planning.members, planning.link)}
        onAdded={(created) => {
          setAdded(created);
          setOpen(false);
          focusSoon(linkRef);
        }}
        onCancel={() => {
          setOpen(false);
          focusSoon(buttonRef);
        }}
      />
    );
  }
  return (
    <Button
      ref={buttonRef}
      variant="default"
      size="xs"
      leftSection={<ListPlus size={16} aria-hidden="true" />}
      onClick={() => setOpen(true)}
      style={{ alignSelf: 'flex-start' }}
    >
      Make it an action step
      <span className="visually-hidden"> for {subject}</span>
    </Button>
  );
}
