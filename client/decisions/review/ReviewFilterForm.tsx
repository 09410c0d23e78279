import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { Search } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import type { MeetingSummary } from '../../../shared/api/meetings';
import { formatCalendarDate } from '../../../shared/time/teamTime';
import { modelSelectData, statusSelectData } from './reviewLabels';
import { filtersProblem, noFilters, sameFilters, type ReviewFilters } from './reviewSearch';

interface ReviewFilterFormProps {
  /** The filters in the URL: what the list shows now. */
  filters: ReviewFilters;
  students: { id: string; label: string }[];
  meetings: MeetingSummary[];
  /** Shows the log for these filters (from the first page). */
  onApply: (filters: ReviewFilters) => void;
}

/**
 * The log's filters. They take effect when applied (a button, or Enter in a text field), so
 * the list does not reload under a person still choosing. The draft follows the URL, so Back
 * and "Clear filters" show what the list shows.
 */
export function ReviewFilterForm({ filters, students, meetings, onApply }: ReviewFilterFormProps) {
  const [draft, setDraft] = useState(filters);
  const [shown, setShown] = useState(filters);
  if (!sameFilters(shown, filters)) {
    setShown(filters);
    setDraft(filters);
  }
  const problem = filtersProblem(draft);
  const toRef = useRef<HTMLInputElement>(null);

  const set = (key: keyof ReviewFilters) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (problem) toRef.current?.focus();
    else onApply(draft);
  }

  function handleClear() {
    setDraft(noFilters);
    onApply(noFilters);
  }

  const studentData = [
    { value: '', label: 'Any student of focus' },
    ...students.map((student) => ({ value: student.id, label: student.label })),
  ];
  const meetingData = [
    { value: '', label: 'Any meeting' },
    ...meetings.map((meeting) => ({
      value: meeting.id,
      label: `${meeting.title} (${formatCalendarDate(meeting.date)})`,
    })),
  ];
  // A meeting or student filter from a link still shows when the list no longer has it.
  if (draft.meetingId && !meetings.some((meeting) => meeting.id === draft.meetingId)) {
    meetingData.push({ value: draft.meetingId, label: 'A meeting no longer listed' });
  }
  if (draft.student && !students.some((student) => student.id === draft.student)) {
    studentData.push({ value: draft.student, label: 'A student no longer listed' });
  }

  return (
    <Paper withBorder p="lg">
      <form
        role="search"
        aria-labelledby="review-filters-heading"
        onSubmit={handleSubmit}
        noValidate
      >
        <Stack gap="md">
          <Title order={2} size="h3" id="review-filters-heading">
            Filter decisions
          </Title>
          <TextInput
            type="search"
            label="Search decisions"
            description="Searches titles, decision text, rationale, owners and follow-up tasks."
            leftSection={<Search size={16} aria-hidden="true" />}
            maxLength={200}
            value={draft.q}
            onChange={(event) => set('q')(event.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            <TextInput
              type="date"
              label="From"
              description="Recorded on or after"
              value={draft.from}
              onChange={(event) => set('from')(event.currentTarget.value)}
            />
            <TextInput
              type="date"
              ref={toRef}
              label="To"
              description="Recorded on or before"
              value={draft.to}
              error={problem?.to}
              onChange={(event) => set('to')(event.currentTarget.value)}
            />
            <TextInput
              label="Owner"
              description="Part of the owner's name"
              maxLength={120}
              value={draft.owner}
              onChange={(event) => set('owner')(event.currentTarget.value)}
            />
            <NativeSelect
              label="Status"
              data={statusSelectData}
              value={draft.status}
              onChange={(event) => set('status')(event.currentTarget.value)}
            />
            <NativeSelect
              label="Decision-making model"
              data={modelSelectData}
              value={draft.model}
              onChange={(event) => set('model')(event.currentTarget.value)}
            />
            <NativeSelect
              label="Student of focus"
              data={studentData}
              value={draft.student}
              onChange={(event) => set('student')(event.currentTarget.value)}
            />
          </SimpleGrid>
          <NativeSelect
            label="Meeting"
            data={meetingData}
            value={draft.meetingId}
            onChange={(event) => set('meetingId')(event.currentTarget.value)}
          />
          <Group gap="sm">
            <Button type="submit">Apply filters</Button>
            <Button type="button" variant="default" onClick={handleClear}>
              Clear filters
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
