import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { ArrowLeft } from 'lucide-react';
import { useMemo } from 'react';
import type { VersionSummary } from '../../shared/api/versions';
import { LoadErrorAlert } from './LoadErrorAlert';
import { useVersionState } from './useVersionState';
import type { VersionNames } from '../../shared/versions/versionContent';
import { readVersionContent } from './versionContent';
import { VersionContentView } from './VersionContentView';
import { docFromUpdate, focusOnMount } from './versionDoc';
import { versionTitle } from './versionLabels';
import { VersionMeta } from './VersionMeta';

interface VersionViewProps {
  teamId: string;
  documentName: string;
  version: VersionSummary;
  timeZone: string;
  names: VersionNames;
  canWrite: boolean;
  hasCurrent: boolean;
  onBack: () => void;
  onCompareWithCurrent: () => void;
  onRestore: () => void;
}

/** One version, read-only, with the way back, a comparison with now, and restore. */
export function VersionView({
  teamId,
  documentName,
  version,
  timeZone,
  names,
  canWrite,
  hasCurrent,
  onBack,
  onCompareWithCurrent,
  onRestore,
}: VersionViewProps) {
  const { update, error, isLoading, retry } = useVersionState(teamId, version.id);
  const doc = useMemo(() => (update ? docFromUpdate(update) : null), [update]);
  const content = doc ? readVersionContent(doc, documentName, names) : null;

  return (
    <Stack gap="md">
      <Button
        variant="subtle"
        leftSection={<ArrowLeft size={16} aria-hidden="true" />}
        onClick={onBack}
        style={{ alignSelf: 'flex-start' }}
      >
        Back to all versions
      </Button>
      <Stack gap={2}>
        <Title order={3} tabIndex={-1} ref={focusOnMount} style={{ overflowWrap: 'anywhere' }}>
          {versionTitle(version)}
        </Title>
        <VersionMeta version={version} timeZone={timeZone} />
      </Stack>
      <Group gap="sm">
        {hasCurrent && (
          <Button variant="default" onClick={onCompareWithCurrent}>
            Compare with current
          </Button>
        )}
        {canWrite && (
          <Button variant="default" onClick={onRestore}>
            Restore this version
          </Button>
        )}
      </Group>
      <Text size="sm">The document as it was in this version. Nothing here can be edited.</Text>
      {isLoading && (
        <Center py="md">
          <Loader size="sm" aria-label="Loading the version" />
        </Center>
      )}
      {error && <LoadErrorAlert title="Could not load the version" error={error} onRetry={retry} />}
      {update && content && <VersionContentView content={content} update={update} />}
    </Stack>
  );
}
