import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { ArrowLeft } from 'lucide-react';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { VersionSummary } from '../../shared/api/versions';
import { CURRENT, type ComparePair } from './CompareForm';
import { compareVersions } from './compareVersions';
import { ComparisonView } from './ComparisonView';
import { LoadErrorAlert } from './LoadErrorAlert';
import { useDocChanges } from '../collab/useDocChanges';
import { useVersionState } from './useVersionState';
import type { VersionNames } from '../../shared/versions/versionContent';
import { readVersionContent } from './versionContent';
import { docFromUpdate, focusOnMount } from './versionDoc';
import { versionOptionLabel } from './versionLabels';

interface CompareViewProps {
  teamId: string;
  documentName: string;
  pair: ComparePair;
  versions: VersionSummary[];
  timeZone: string;
  names: VersionNames;
  /** The live document, for comparisons with "Current document". */
  liveDoc?: Y.Doc;
  /** "Back to all versions", or back to the version the comparison was opened from. */
  backLabel: string;
  onBack: () => void;
}

/** One side of a comparison: a version's state, or the live document as it is now. */
function useSide(teamId: string, side: string, liveDoc: Y.Doc | undefined) {
  const version = useVersionState(teamId, side === CURRENT ? null : side);
  const versionDoc = useMemo(
    () => (version.update ? docFromUpdate(version.update) : null),
    [version.update],
  );
  return { ...version, doc: side === CURRENT ? (liveDoc ?? null) : versionDoc };
}

/** What changed between two versions, or between a version and the live document. */
export function CompareView({
  teamId,
  documentName,
  pair,
  versions,
  timeZone,
  names,
  liveDoc,
  backLabel,
  onBack,
}: CompareViewProps) {
  // Comparing with the current document follows everyone's edits as they arrive.
  useDocChanges(liveDoc);
  const from = useSide(teamId, pair.from, liveDoc);
  const to = useSide(teamId, pair.to, liveDoc);
  const comparison =
    from.doc && to.doc
      ? compareVersions(
          readVersionContent(from.doc, documentName, names),
          readVersionContent(to.doc, documentName, names),
        )
      : null;
  const error = from.error ?? to.error;

  const label = (side: string) => {
    if (side === CURRENT) return 'the current document';
    const version = versions.find((v) => v.id === side);
    return version ? versionOptionLabel(version, timeZone) : 'a version';
  };

  return (
    <Stack gap="md">
      <Button
        variant="subtle"
        leftSection={<ArrowLeft size={16} aria-hidden="true" />}
        onClick={onBack}
        style={{ alignSelf: 'flex-start' }}
      >
        {backLabel}
      </Button>
      <Stack gap={2}>
        <Title order={3} tabIndex={-1} ref={focusOnMount}>
          Changes
        </Title>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          From {label(pair.from)} to {label(pair.to)}.
        </Text>
      </Stack>
      {(from.isLoading || to.isLoading) && (
        <Center py="md">
          <Loader size="sm" aria-label="Loading the versions to compare" />
        </Center>
      )}
      {error && (
        <LoadErrorAlert
          title="Could not load the versions to compare"
          error={error}
          onRetry={() => {
            if (from.error) from.retry();
            if (to.error) to.retry();
          }}
        />
      )}
      {comparison && <ComparisonView comparison={comparison} />}
    </Stack>
  );
}
