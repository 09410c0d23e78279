import { Button, Stack } from '@mantine/core';
import { CalendarClock, ClipboardList, Download, Printer } from 'lucide-react';
import { Link, useLoaderData, useLocation, useNavigate, useNavigation } from 'react-router';
import { PageShell } from '../../app/PageShell';
import { SignedInActions } from '../../app/SignedInActions';
import { timeZoneNote } from '../../meetings/meetingDates';
import { PageHeading } from '../../protocol-runs/PageHeading';
import { DecisionTimeline } from './DecisionTimeline';
import { reviewCsvUrl } from './reviewApi';
import { ReviewFilterForm } from './ReviewFilterForm';
import type { reviewLogLoader } from './reviewLoaders';
import { ReviewOverviewSection } from './ReviewOverviewSection';
import { reviewFollowUpsPath, reviewPlanPath, reviewPrintPath } from './reviewPaths';
import {
  hasFilters,
  toQueryString,
  toSearchParams,
  type ReviewFilters,
  type ReviewSearch,
} from './reviewSearch';
import type { SortKey } from './reviewSorts';

/**
 * The principal's decision log: an overview of the whole log, then the decisions, filtered,
 * searched, sorted and paged by the server. The view lives in the URL: links to it keep their
 * filters, and Back returns to the previous view.
 */
export function ReviewLogPage() {
  const { team, teams, search, page, overview, meetings } = useLoaderData<typeof reviewLogLoader>();
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();
  const isLoading =
    navigation.state === 'loading' && navigation.location.pathname === location.pathname;

  const show = (next: ReviewSearch) =>
    void navigate({ search: toQueryString(toSearchParams(next)) });
  const handleFilters = (filters: ReviewFilters) => show({ ...search, filters, page: 1 });
  const handleSort = (sort: SortKey) => show({ ...search, sort, page: 1 });
  const handlePage = (next: number) => show({ ...search, page: next });

  const reportQuery = toQueryString(toSearchParams(search, { page: false }));

  return (
    <PageShell
      title={`${team.name}: decision log`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
    >
      <Stack gap="xl">
        <PageHeading
          back={{ to: `/teams/${team.id}`, label: `Back to ${team.name}` }}
          title="Decision log"
          subtitle={`${team.name} · Dates in ${timeZoneNote(team.timeZone)}`}
          actions={
            <>
              <Button
                component={Link}
                to={reviewFollowUpsPath(team.id)}
                variant="default"
                leftSection={<CalendarClock size={16} aria-hidden="true" />}
              >
                Overdue and due soon
              </Button>
              <Button
                component={Link}
                to={`${reviewPrintPath(team.id)}${reportQuery}`}
                variant="default"
                leftSection={<Printer size={16} aria-hidden="true" />}
              >
                Printable report
              </Button>
              <Button
                component={Link}
                to={reviewPlanPath(team.id)}
                variant="default"
                leftSection={<ClipboardList size={16} aria-hidden="true" />}
              >
                Work plan report
              </Button>
              <Button
                component="a"
                href={reviewCsvUrl(team.id, search)}
                download
                variant="default"
                leftSection={<Download size={16} aria-hidden="true" />}
              >
                Download CSV
              </Button>
            </>
          }
        />
        <ReviewOverviewSection overview={overview} />
        <ReviewFilterForm
          filters={search.filters}
          students={page.students}
          meetings={meetings}
          onApply={handleFilters}
        />
        <DecisionTimeline
          teamId={team.id}
          timeZone={team.timeZone}
          page={page}
          sort={search.sort}
          isFiltered={hasFilters(search.filters)}
          isLoading={isLoading}
          logSearch={location.search}
          onSort={handleSort}
          onPage={handlePage}
        />
      </Stack>
    </PageShell>
  );
}
