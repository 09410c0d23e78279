import { Button, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import type { VersionSummary } from '../../shared/api/versions';
import { versionOptionLabel } from './versionLabels';

/** The live document, as one side of a comparison. */
export const CURRENT = 'current';

/** Two sides to compare: version ids, or `CURRENT`. */
export interface ComparePair {
  from: string;
  to: string;
}

/** What to compare first: the newest version with the live document, or the two newest. */
export function defaultPair(versions: VersionSummary[], hasCurrent: boolean): ComparePair | null {
  const [newest, previous] = versions;
  if (!newest) return null;
  if (hasCurrent) return { from: newest.id, to: CURRENT };
  return previous ? { from: previous.id, to: newest.id } : null;
}

interface CompareFormProps {
  versions: VersionSummary[];
  timeZone: string;
  hasCurrent: boolean;
  initial: ComparePair;
  /** The id of the submit button, so that focus can come back to it. */
  submitId: string;
  onCompare: (pair: ComparePair) => void;
}

/** Choose two versions (or one and the current document) to see what changed between them. */
export function CompareForm({
  versions,
  timeZone,
  hasCurrent,
  initial,
  submitId,
  onCompare,
}: CompareFormProps) {
  const headingId = useId();
  const [pair, setPair] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const options = [
    ...(hasCurrent ? [{ value: CURRENT, label: 'Current document' }] : []),
    ...versions.map((version) => ({
      value: version.id,
      label: versionOptionLabel(version, timeZone),
    })),
  ];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pair.from === pair.to) {
      setError('Choose two different versions');
      return;
    }
    setError(null);
    onCompare(pair);
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={3} id={headingId}>
        Compare versions
      </Title>
      <Text size="sm">Shows what was added and removed from the first to the second.</Text>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="xs">
          <NativeSelect
            label="From version"
            data={options}
            value={pair.from}
            onChange={(event) => setPair({ ...pair, from: event.currentTarget.value })}
          />
          <NativeSelect
            label="To version"
            data={options}
            value={pair.to}
            error={error}
            onChange={(event) => setPair({ ...pair, to: event.currentTarget.value })}
          />
          <Button id={submitId} type="submit" variant="default" style={{ alignSelf: 'flex-start' }}>
            Show changes
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
