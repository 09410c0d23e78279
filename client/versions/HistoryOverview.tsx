import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { VersionSummary } from '../../shared/api/versions';
import { CompareForm, type ComparePair } from './CompareForm';
import { LoadErrorAlert } from './LoadErrorAlert';
import { NameVersionForm } from './NameVersionForm';
import { versionTitle } from './versionLabels';
import { VersionList, type VersionButtonId } from './VersionList';

/** A restore that just succeeded: what was brought back, and the version kept of before. */
export interface Restored {
  title: string;
  before: VersionSummary;
}

interface HistoryOverviewProps {
  teamId: string;
  documentName: string;
  canWrite: boolean;
  timeZone: string;
  hasCurrent: boolean;
  versions: {
    list: VersionSummary[];
    hasLoaded: boolean;
    error: string | null;
    refresh: () => void;
  };
  /** What the compare form offers first (null when there is nothing to compare). */
  comparePair: ComparePair | null;
  restored: Restored | null;
  onDismissRestored: () => void;
  ids: { notice: string; showChanges: string; versionButton: VersionButtonId };
  onView: (versionId: string) => void;
  onCompare: (pair: ComparePair, focusId: string) => void;
}

/** The history's first view: name the current state, compare two versions, the version list. */
export function HistoryOverview({
  teamId,
  documentName,
  canWrite,
  timeZone,
  hasCurrent,
  versions,
  comparePair,
  restored,
  onDismissRestored,
  ids,
  onView,
  onCompare,
}: HistoryOverviewProps) {
  const headingId = `${ids.notice}-versions`;
  const { list, hasLoaded, error, refresh } = versions;

  return (
    <Stack gap="lg">
      <Text>
        Versions are kept automatically as the team edits, when a meeting closes, and whenever
        someone names one. Restoring one brings its text back as a new change: nothing is lost.
      </Text>
      {restored && (
        <Alert
          id={ids.notice}
          tabIndex={-1}
          color="green"
          variant="light"
          title="Version restored"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={onDismissRestored}
        >
          “{restored.title}” is back, and everyone connected sees it now. The text from just before
          is kept as “{versionTitle(restored.before)}”.
        </Alert>
      )}
      {canWrite ? (
        <NameVersionForm teamId={teamId} documentName={documentName} onSaved={refresh} />
      ) : (
        <Text c="gray.8" fw={600}>
          Your role lets you browse and compare versions, but not name or restore them.
        </Text>
      )}
      {comparePair && (
        <CompareForm
          versions={list}
          timeZone={timeZone}
          hasCurrent={hasCurrent}
          initial={comparePair}
          submitId={ids.showChanges}
          onCompare={(pair) => onCompare(pair, ids.showChanges)}
        />
      )}
      <Stack component="section" aria-labelledby={headingId} gap="sm">
        <Title order={3} id={headingId}>
          Versions
        </Title>
        {!hasLoaded && (
          <Center py="md">
            <Loader size="sm" aria-label="Loading versions" />
          </Center>
        )}
        {hasLoaded && !error && list.length === 0 && <Text fs="italic">No versions yet.</Text>}
        {list.length > 0 && (
          <VersionList
            versions={list}
            timeZone={timeZone}
            hasCurrent={hasCurrent}
            buttonId={ids.versionButton}
            onView={onView}
            onCompareWithCurrent={onCompare}
          />
        )}
        {error && (
          <LoadErrorAlert title="Could not load the versions" error={error} onRetry={refresh} />
        )}
      </Stack>
    </Stack>
  );
}
