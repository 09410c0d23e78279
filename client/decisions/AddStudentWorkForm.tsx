import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { Plus } from 'lucide-react';
import { type FormEvent, useEffect, useState } from 'react';
import type { ArtifactList } from '../../shared/api/runs';
import type { EvidenceLink } from '../../shared/decisions/decisionDoc';
import { apiGet } from '../api/apiClient';
import { teamPath } from '../api/teamsApi';

type Artifact = ArtifactList['artifacts'][number];

/** Links student work the team uploaded in a protocol run as evidence for the decision. */
export function AddStudentWorkForm({
  teamId,
  onAdd,
}: {
  teamId: string;
  onAdd: (link: EvidenceLink) => void;
}) {
  const [artifacts, setArtifacts] = useState<Artifact[] | null>(null);
  const [chosen, setChosen] = useState('');

  useEffect(() => {
    let live = true;
    apiGet<ArtifactList>(`${teamPath(teamId)}/artifacts`).then(
      (list) => live && setArtifacts(list.artifacts),
      () => live && setArtifacts([]),
    );
    return () => {
      live = false;
    };
  }, [teamId]);

  if (artifacts === null) return null;
  if (artifacts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Student work uploaded in a protocol run can be linked here.
      </Text>
    );
  }

  const options = [
    { value: '', label: 'Choose student work' },
    ...artifacts.map((a) => ({
      value: a.id,
      label: a.runTitle ? `${a.name} (${a.runTitle})` : a.name,
    })),
  ];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const artifact = artifacts?.find((a) => a.id === chosen);
    if (!artifact) return;
    onAdd({ kind: 'artifact', artifactId: artifact.id, name: artifact.name });
    setChosen('');
  }

  return (
    <form aria-label="Add student work as evidence" onSubmit={handleSubmit}>
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label="Student work"
            data={options}
            value={chosen}
            onChange={(event) => setChosen(event.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
          />
          <Button
            type="submit"
            variant="light"
            disabled={chosen === ''}
            leftSection={<Plus size={16} aria-hidden="true" />}
          >
            Add student work
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
