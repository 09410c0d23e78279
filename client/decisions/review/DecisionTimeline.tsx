import { Anchor, Group, Loader, NativeSelect, Pagination, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import type { ReviewPage } from '../../../shared/api/review';
import { countLabel, rangeLabel } from './reviewLabels';
import { isSortKey, sortSelectData, type SortKey } from './reviewSorts';
import { TimelineItem } from './TimelineItem';

interface DecisionTimelineProps {
  teamId: string;
  timeZone: string;
  page: ReviewPage;
  sort: SortKey;
  /** Whether filters narrow the list (the empty state says so). */
  isFiltered: boolean;
  /** Whether the next view is loading: the list dims and says it is busy. */
  isLoading: boolean;
  /** The log's current query, handed to decision links. */
  logSearch: string;
  onSort: (sort: SortKey) => void;
  onPage: (page: number) => void;
}

const controlLabels = {
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
} as const;

/** The filtered log as a timeline, with its count, its order and its pages. */
export function DecisionTimeline(props: DecisionTimelineProps) {
  const { teamId, timeZone, page, sort, isFiltered, isLoading, logSearch, onSort, onPage } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pageCount = Math.max(1, Math.ceil(page.total / page.pageSize));
  const range = rangeLabel(page.page, page.pageSize, page.decisions.length);

  function handlePage(next: number) {
    onPage(next);
    // The new page starts at the top of the list: bring the reader there.
    headingRef.current?.focus();
  }

  return (
    <Stack
      component="section"
      aria-labelledby="review-results-heading"
      aria-busy={isLoading}
      gap="md"
    >
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id="review-results-heading" ref={headingRef} tabIndex={-1}>
            Decisions
          </Title>
          <Group gap="xs">
            <Text role="status" fw={600}>
              {countLabel(page.total)}
            </Text>
            {range && <Text c="dimmed">{range}</Text>}
            {isLoading && <Loader size="xs" aria-label="Loading decisions" />}
          </Group>
        </Stack>
        <NativeSelect
          label="Sort by"
          data={sortSelectData}
          value={sort}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isSortKey(value)) onSort(value);
          }}
          style={{ minWidth: '13rem' }}
        />
      </Group>
      {page.decisions.length === 0 ? (
        <EmptyLog total={page.total} isFiltered={isFiltered} onFirstPage={() => handlePage(1)} />
      ) : (
        <Stack
          component="ol"
          aria-labelledby="review-results-heading"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none', opacity: isLoading ? 0.6 : 1 }}
        >
          {page.decisions.map((decision) => (
            <TimelineItem
              key={decision.id}
              teamId={teamId}
              timeZone={timeZone}
              decision={decision}
              students={page.students}
              logSearch={logSearch}
            />
          ))}
        </Stack>
      )}
      {pageCount > 1 && (
        <nav aria-label="Pages of decisions">
          <Pagination
            total={pageCount}
            value={Math.min(page.page, pageCount)}
            onChange={handlePage}
            withEdges
            getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
            getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
          />
        </nav>
      )}
    </Stack>
  );
}

interface EmptyLogProps {
  total: number;
  isFiltered: boolean;
  onFirstPage: () => void;
}

/** Nothing to list: no decisions yet, none matching, or a page past the end. */
function EmptyLog({ total, isFiltered, onFirstPage }: EmptyLogProps) {
  if (total > 0) {
    return (
      <Text fs="italic">
        This page is past the end of the list.{' '}
        <Anchor component="button" type="button" fs="normal" onClick={onFirstPage}>
          Go to the first page
        </Anchor>
      </Text>
    );
  }
  if (isFiltered) {
    return (
      <Text fs="italic">No decisions match these filters. Try fewer filters, or clear them.</Text>
    );
  }
  return (
    <Text fs="italic">
      No decisions recorded yet. Decisions proposed in meetings and protocol runs appear here.
    </Text>
  );
}
