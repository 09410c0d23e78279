import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { ArrowLeft, Printer } from 'lucide-react';
import { Suspense } from 'react';
import { Await, Link, useLoaderData } from 'react-router';
import type { ReviewDecisionDetail } from '../../../shared/api/review';
import { formatCalendarDate, formatMoment } from '../../../shared/time/teamTime';
import { PageShell } from '../../app/PageShell';
import { SignedInActions } from '../../app/SignedInActions';
import { useNow } from '../useNow';
import { timeZoneNote } from '../../meetings/meetingDates';
import { PrintDecisionBlock } from './PrintDecisionBlock';
import styles from './printReport.module.css';
import { countLabel, describeFilters } from './reviewLabels';
import { PRINT_LIMIT, type reviewPrintLoader } from './reviewLoaders';
import { reviewLogPath } from './reviewPaths';
import { toQueryString, toSearchParams } from './reviewSearch';

/**
 * The filtered log as a report to print: what it covers, then one block per decision with
 * its text, focus check and follow-ups. Up to 200 decisions, each with its details.
 */
export function PrintReportPage() {
  const { team, teams, search, page, meetings, details } =
    useLoaderData<typeof reviewPrintLoader>();
  const now = useNow();
  const tz = team.timeZone;
  const students = new Map(page.students.map((student) => [student.id, student.label]));
  const meetingNames = new Map(
    meetings.map((meeting) => [
      meeting.id,
      `${meeting.title} (${formatCalendarDate(meeting.date)})`,
    ]),
  );
  const filters = describeFilters(search.filters, {
    student: (id) => students.get(id),
    meeting: (id) => meetingNames.get(id),
  });
  const logQuery = toQueryString(toSearchParams(search, { page: false }));

  return (
    <PageShell
      title={`${team.name}: decision log report`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
    >
      <Stack gap="lg" className={styles.report}>
        <Anchor
          component={Link}
          to={`${reviewLogPath(team.id)}${logQuery}`}
          display="inline-flex"
          className={styles.screenOnly}
          style={{ alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}
        >
          <ArrowLeft size={16} aria-hidden="true" />
          Back to the decision log
        </Anchor>
        <Stack gap={4}>
          <Title order={1}>Decision log report</Title>
          <Text>
            {team.name} · Prepared {formatMoment(now, tz)} · Dates in {timeZoneNote(tz)}
          </Text>
          <Text>
            {filters.length > 0 ? `Filters: ${filters.join('; ')}` : 'All decisions, no filters'}
          </Text>
          <Text fw={600}>
            {countLabel(page.total)}
            {page.total > PRINT_LIMIT &&
              `. This report holds the first ${PRINT_LIMIT}; narrow the filters to print the rest.`}
          </Text>
        </Stack>
        <Suspense fallback={<Preparing count={page.decisions.length} />}>
          <Await resolve={details} errorElement={<ReportError />}>
            {(loaded: ReviewDecisionDetail[]) => (
              <>
                <Group className={styles.screenOnly}>
                  <Button
                    onClick={() => window.print()}
                    leftSection={<Printer size={16} aria-hidden="true" />}
                  >
                    Print
                  </Button>
                </Group>
                {loaded.length === 0 ? (
                  <Text fs="italic">No decisions match these filters.</Text>
                ) : (
                  loaded.map((decision) => (
                    <PrintDecisionBlock
                      key={decision.id}
                      decision={decision}
                      students={page.students}
                      timeZone={tz}
                      now={now}
                    />
                  ))
                )}
              </>
            )}
          </Await>
        </Suspense>
      </Stack>
    </PageShell>
  );
}

function Preparing({ count }: { count: number }) {
  return (
    <Center py="xl">
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text role="status">Preparing the report ({countLabel(count)})…</Text>
      </Group>
    </Center>
  );
}

function ReportError() {
  return (
    <Alert color="red" variant="light" title="Could not prepare the report">
      Some decisions could not be loaded. Reload the page to try again.
    </Alert>
  );
}
