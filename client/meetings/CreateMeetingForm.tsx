import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { createMeetingInput } from '../../shared/api/meetings';
import { formatCalendarDate, todayIn } from '../../shared/time/teamTime';
import { useValidatedForm } from '../forms/useValidatedForm';
import { timeZoneNote } from './meetingDates';
import { createMeeting } from './meetingsApi';

interface CreateMeetingFormProps {
  teamId: string;
  /** The team's time zone: "today" is today where the team meets. */
  timeZone: string;
}

/** Schedules a meeting (facilitators and the principal) and opens it. */
export function CreateMeetingForm({ teamId, timeZone }: CreateMeetingFormProps) {
  const navigate = useNavigate();
  const today = todayIn(timeZone);
  const { formRef, errors, pending, error, handleSubmit } = useValidatedForm(
    createMeetingInput,
    ['title', 'date'],
    (meeting) => createMeeting(teamId, meeting),
    ({ meetingId }) => navigate(`/teams/${teamId}/meetings/${meetingId}`),
  );

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate aria-labelledby="new-meeting-heading">
      <Stack gap="md">
        <Group align="flex-start" gap="md" wrap="wrap">
          <TextInput
            name="title"
            label="Meeting title"
            description="For example: ILT meeting, October 14."
            required
            maxLength={200}
            error={errors.title}
            style={{ flex: '1 1 18rem' }}
          />
          <TextInput
            name="date"
            type="date"
            label="Date"
            description={`Today is ${formatCalendarDate(today)} in ${timeZoneNote(timeZone)}.`}
            required
            defaultValue={today}
            error={errors.date}
            style={{ flex: '0 1 14rem' }}
          />
        </Group>
        <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          Create meeting
        </Button>
        {error && (
          <Alert color="red" variant="light" title="Could not create the meeting">
            {error}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
