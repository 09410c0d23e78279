import { Anchor, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PlanDetail } from '../../shared/api/plans';
import type { DecisionView } from './decisionView';
import { choiceOf, planLinkChoices, planLinkName, planLinkOf } from './planLinkChoices';
import type { DecisionPlan } from './useDecisionPlan';

const planPath = (teamId: string, planId: string) =>
  `/teams/${encodeURIComponent(teamId)}/plan/${encodeURIComponent(planId)}`;

/** What the decision serves in the work plan: a goal, or a strategy under it. */
function TiedTo({ view, plan }: { view: DecisionView; plan: PlanDetail }) {
  const link = view.fields.planLink;
  if (!link) return <Text>Not tied to the work plan</Text>;
  const name = planLinkName(plan, link);
  return (
    <Text>
      Tied to{' '}
      <Anchor component={Link} to={planPath(view.team.id, link.planId)}>
        {name ?? 'a goal or strategy no longer in this plan'}
      </Anchor>
    </Text>
  );
}

/**
 * "Work plan": the goal or strategy the decision serves (closing a cycle sets it), which
 * editors choose live for everyone like the decision's other fields.
 */
export function WorkPlanSection({ view, plan }: { view: DecisionView; plan: DecisionPlan }) {
  const { fields, canWrite, write } = view;
  const shown = plan.state === 'ready' ? plan.plan : null;
  return (
    <Stack component="section" aria-labelledby="decision-work-plan-heading" gap="sm">
      <Title order={2} id="decision-work-plan-heading">
        Work plan
      </Title>
      {plan.state === 'loading' && <Loader size="sm" aria-label="Loading the work plan" />}
      {plan.state === 'failed' && <Text>The work plan could not be loaded.</Text>}
      {plan.state === 'ready' && !plan.plan && <Text>The team has no work plan yet.</Text>}
      {shown && <TiedTo view={view} plan={shown} />}
      {shown && canWrite && (
        <NativeSelect
          label="Tied to"
          description="The goal or strategy of the work plan this decision serves"
          value={choiceOf(fields.planLink)}
          data={planLinkChoices(shown, fields.planLink)}
          onChange={(event) => write({ planLink: planLinkOf(shown, event.currentTarget.value) })}
        />
      )}
    </Stack>
  );
}
