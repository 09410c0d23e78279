import { Alert, Button, Select, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { useMemo, useState } from 'react';
import { useRevalidator } from 'react-router';
import { setTimeZoneInput } from '../../../shared/api/teams';
import { setTeamTimeZone } from '../../api/teamsApi';
import { useApiAction } from '../../forms/useApiAction';
import { timeZoneOptions } from './timeZones';

interface TimeZoneFormProps {
  teamId: string;
  timeZone: string;
}

/** The principal sets where the team meets: meeting dates and due dates follow this zone. */
export function TimeZoneForm({ teamId, timeZone }: TimeZoneFormProps) {
  const revalidator = useRevalidator();
  const [value, setValue] = useState<string | null>(timeZone);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const { pending, error, run } = useApiAction();
  const options = useMemo(() => timeZoneOptions(timeZone), [timeZone]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    const parsed = setTimeZoneInput.safeParse({ timeZone: value ?? '' });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? 'Choose a known time zone');
      return;
    }
    setFieldError(null);
    const saved = await run(() => setTeamTimeZone(teamId, parsed.data.timeZone));
    if (!saved) return;
    await revalidator.revalidate();
    setStatus(`The team's time zone is now ${saved.timeZone}.`);
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm" maw={480}>
        <Select
          label="Team time zone"
          description="Meeting dates, “today” and overdue follow-ups are judged in this zone. Type to search, e.g. Chicago."
          data={options}
          value={value}
          onChange={setValue}
          searchable
          allowDeselect={false}
          nothingFoundMessage="No time zone matches"
          maxDropdownHeight={280}
          size="md"
          error={fieldError ?? undefined}
        />
        {error && (
          <Alert color="red" variant="light" title="Could not change the time zone">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          Save time zone
        </Button>
        <Text role="status" fw={600} c="green.9">
          {status}
        </Text>
      </Stack>
    </form>
  );
}
