import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { ArrowLeft, Download, Printer } from 'lucide-react';
import { Link, useLoaderData } from 'react-router';
import type { PlanOverview } from '../../../shared/api/plans';
import { schoolYearLabel } from '../../../shared/plans/planRules';
import { formatCalendarDate, formatMoment } from '../../../shared/time/teamTime';
import { PageShell } from '../../app/PageShell';
import { SignedInActions } from '../../app/SignedInActions';
import { useNow } from '../useNow';
import { PlanActionCounts } from './PlanActionCounts';
import { PlanCyclesTable } from './PlanCyclesTable';
import { PlanGoalsTable } from './PlanGoalsTable';
import { PlanOverdueTable } from './PlanOverdueTable';
import { planCsvUrl } from './planReportApi';
import type { planReportLoader } from './planReportLoader';
import styles from './printReport.module.css';
import { ReportSection } from './ReportSection';
import { reviewLogPath } from './reviewPaths';

/**
 * The principal's work plan report, to read or print: where each goal stands, the action
 * steps by status and owner, the overdue ones, and the improvement cycles with their outcomes.
 */
export function PlanReportPage() {
  const { team, teams, list, overview } = useLoaderData<typeof planReportLoader>();
  const now = useNow();
  const year = schoolYearLabel(overview?.plan.schoolYear ?? list.currentSchoolYear);

  return (
    <PageShell
      title={`${team.name}: work plan report ${year}`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
    >
      <Stack gap="lg" className={styles.report}>
        <Anchor
          component={Link}
          to={reviewLogPath(team.id)}
          display="inline-flex"
          className={styles.screenOnly}
          style={{ alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}
        >
          <ArrowLeft size={16} aria-hidden="true" />
          Back to the decision log
        </Anchor>
        <Stack gap={4}>
          <Title order={1}>Work plan report</Title>
          <Text>
            {team.name} · {year} · Prepared {formatMoment(now, team.timeZone)}
          </Text>
        </Stack>
        {overview ? (
          <PlanReport teamId={team.id} overview={overview} />
        ) : (
          <Text fs="italic">No work plan for {year} yet.</Text>
        )}
      </Stack>
    </PageShell>
  );
}

function PlanReport({ teamId, overview }: { teamId: string; overview: PlanOverview }) {
  const planId = overview.plan.id;
  return (
    <>
      <Group className={styles.screenOnly}>
        <Button
          onClick={() => window.print()}
          leftSection={<Printer size={16} aria-hidden="true" />}
        >
          Print
        </Button>
        <Button
          component="a"
          href={planCsvUrl(teamId, planId)}
          download
          variant="default"
          leftSection={<Download size={16} aria-hidden="true" />}
        >
          Download CSV
        </Button>
      </Group>
      <ReportSection id="plan-report-goals" title="Goals">
        <PlanGoalsTable goals={overview.goals} />
      </ReportSection>
      <ReportSection id="plan-report-actions" title="Action steps">
        <PlanActionCounts actionsByStatus={overview.actionsByStatus} owners={overview.owners} />
      </ReportSection>
      <ReportSection
        id="plan-report-overdue"
        title="Overdue action steps"
        note={`Past their due date on ${formatCalendarDate(overview.today)} and not done.`}
      >
        <PlanOverdueTable overdue={overview.overdue} />
      </ReportSection>
      <ReportSection id="plan-report-cycles" title="Improvement cycles">
        <PlanCyclesTable teamId={teamId} planId={planId} cycles={overview.cycles} />
      </ReportSection>
    </>
  );
}
