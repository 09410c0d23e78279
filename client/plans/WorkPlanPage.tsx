import { Alert, Button, Center, Checkbox, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Printer } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link, useLoaderData, useNavigate } from 'react-router';
import { canDo } from '../../shared/access/roles';
import type { CycleSummary } from '../../shared/api/cycles';
import type { PlanList, PlanSummary } from '../../shared/api/plans';
import type { TeamDetail } from '../../shared/api/teams';
import { planActionsDocumentName, workPlanDocumentName } from '../../shared/documents/documentName';
import { schoolYearLabel } from '../../shared/plans/planRules';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import type { PresenceUser } from '../collab/presenceUser';
import { presenceUserFor } from '../collab/presenceUser';
import { useCollabDocument } from '../collab/useCollabDocument';
import { reviewPlanPath } from '../decisions/review/reviewPaths';
import { useApiAction } from '../forms/useApiAction';
import { TeamBar } from '../teams/members/TeamBar';
import type { planLoader } from './planLoaders';
import { createPlan } from './plansApi';
import { PlanWorkspace } from './PlanWorkspace';

interface StartPlanProps {
  team: TeamDetail;
  list: PlanList;
}

/** Starts this school year's plan, from scratch or from the latest earlier one. */
function StartPlan({ team, list }: StartPlanProps) {
  const navigate = useNavigate();
  const { pending, error, run } = useApiAction();
  const year = list.currentSchoolYear;
  const earlier = list.plans.find((plan) => plan.schoolYear < year) ?? null;
  const [copy, setCopy] = useState(earlier !== null);
  const label = schoolYearLabel(year);

  if (!canDo(team.role, 'plan.manage')) {
    return (
      <Text>There is no work plan for {label} yet. A facilitator or the principal starts it.</Text>
    );
  }
  return (
    <Stack gap="sm" maw={560}>
      <Text>
        The work plan holds the year&apos;s goals, the strategies behind them, their action steps
        and the checkpoints where the team looks at progress.
      </Text>
      {earlier && (
        <Checkbox
          label={`Start from the ${schoolYearLabel(earlier.schoolYear)} plan`}
          description="Each item copied stays marked as copied until the team edits it."
          checked={copy}
          onChange={(event) => setCopy(event.currentTarget.checked)}
        />
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group>
        <Button
          loading={pending}
          onClick={() =>
            void run(async () => {
              const { planId } = await createPlan(team.id, {
                schoolYear: year,
                copyFrom: copy && earlier ? earlier.id : null,
              });
              await navigate(`/teams/${team.id}/plan/${planId}`);
            })
          }
        >
          Start the {label} plan
        </Button>
      </Group>
    </Stack>
  );
}

interface PlanDocumentsGateProps {
  team: TeamDetail;
  plan: PlanSummary;
  list: PlanList;
  cycles: CycleSummary[];
  user: PresenceUser;
}

/** Opens the plan's two documents, then shows the plan. */
function PlanDocumentsGate({ team, plan, list, cycles, user }: PlanDocumentsGateProps) {
  const planSession = useCollabDocument(workPlanDocumentName(team.id, plan.id), user);
  const actionsSession = useCollabDocument(planActionsDocumentName(team.id, plan.id), user, {
    presence: false,
  });
  if (!planSession || !actionsSession) {
    return (
      <Center py="xl">
        <Loader aria-label="Opening the work plan" />
      </Center>
    );
  }
  return (
    <PlanWorkspace
      team={team}
      plan={plan}
      list={list}
      planSession={planSession}
      actionsDoc={actionsSession.doc}
      cycles={cycles}
      user={user}
    />
  );
}

/** The team's work plan for a school year: goals, strategies, action steps, checkpoints. */
export function WorkPlanPage() {
  const { user, team, teams, list, plan, cycles } = useLoaderData<typeof planLoader>();
  const presenceUser = useMemo(() => presenceUserFor(user), [user]);
  const title = plan ? `Work plan ${schoolYearLabel(plan.schoolYear)}` : 'Work plan';
  const needsThisYear =
    plan === null ||
    (plan.schoolYear < list.currentSchoolYear &&
      !list.plans.some((p) => p.schoolYear >= list.currentSchoolYear));

  return (
    <PageShell
      title={`${title}: ${team.name}`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
      header={<TeamBar team={team} />}
      size="lg"
    >
      <Stack gap="lg">
        <Group justify="space-between" wrap="wrap">
          <Title order={2}>{title}</Title>
          <Group gap="sm" wrap="wrap">
            <Group gap="xs" wrap="wrap" aria-label="School years">
              {list.plans.map((p) => (
                <Button
                  key={p.id}
                  component={Link}
                  to={`/teams/${team.id}/plan/${p.id}`}
                  variant={p.id === plan?.id ? 'filled' : 'default'}
                  size="xs"
                  aria-current={p.id === plan?.id ? 'page' : undefined}
                >
                  {schoolYearLabel(p.schoolYear)}
                </Button>
              ))}
            </Group>
            {plan && (
              <Button
                component={Link}
                to={reviewPlanPath(team.id, plan.id)}
                variant="subtle"
                size="xs"
                leftSection={<Printer size={14} aria-hidden="true" />}
              >
                Printable report
              </Button>
            )}
          </Group>
        </Group>
        {needsThisYear && <StartPlan team={team} list={list} />}
        {plan && (
          <PlanDocumentsGate
            key={plan.id}
            team={team}
            plan={plan}
            list={list}
            cycles={cycles}
            user={presenceUser}
          />
        )}
      </Stack>
    </PageShell>
  );
}
