import { Text } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import type * as Y from 'yjs';
import type { VersionSummary } from '../../shared/api/versions';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { CURRENT, defaultPair, type ComparePair } from './CompareForm';
import { CompareView } from './CompareView';
import { HistoryOverview, type Restored } from './HistoryOverview';
import { useVersions } from './useVersions';
import type { VersionNames } from '../../shared/versions/versionContent';
import { versionTitle } from './versionLabels';
import { restoreVersion } from './versionsApi';
import { VersionView } from './VersionView';

/** What the history of one document needs from the page that shows it. */
export interface HistoryProps {
  teamId: string;
  /** The document whose versions to show, e.g. `purposeDocumentName(teamId)`. */
  documentName: string;
  /** What the document is called, for the drawer's title: "History of <title>". */
  title: string;
  /** Whether the person may name and restore versions (write access to the document). */
  canWrite: boolean;
  /** The team's time zone: every moment is shown there. */
  timeZone: string;
  /** The live document, to compare versions with the current text. */
  liveDoc?: Y.Doc;
  /** Names for the ids the document stores (attendance, students of focus). */
  names?: VersionNames;
}

type Mode =
  | { kind: 'overview' }
  | { kind: 'view'; versionId: string }
  | { kind: 'compare'; pair: ComparePair; from: { versionId: string } | { focusId: string } };

const NO_NAMES: VersionNames = {};

interface HistoryPanelProps extends Omit<HistoryProps, 'title'> {
  /** Whether the restore confirmation is open (the drawer leaves Escape to it then). */
  onConfirmingChange: (isOpen: boolean) => void;
}

/**
 * A document's history, inside the history drawer: name the current state, browse the kept
 * versions, view one read-only, compare two (or one with now), restore one. Moving between
 * these views moves the keyboard focus to the new view's heading, and back to the button
 * that left the list.
 */
export function HistoryPanel({
  teamId,
  documentName,
  canWrite,
  timeZone,
  liveDoc,
  names = NO_NAMES,
  onConfirmingChange,
}: HistoryPanelProps) {
  const baseId = useId();
  const versions = useVersions(teamId, documentName);
  const [mode, setMode] = useState<Mode>({ kind: 'overview' });
  const [pair, setPair] = useState<ComparePair | null>(null);
  const [restoreTarget, setRestoreTarget] = useState<VersionSummary | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);
  // Where the keyboard focus goes once the next view is on screen.
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);
  const hasCurrent = liveDoc !== undefined;
  const ids = {
    notice: `${baseId}-restored`,
    showChanges: `${baseId}-show-changes`,
    versionButton: (button: 'view' | 'compare', versionId: string) =>
      `${baseId}-${button}-${versionId}`,
  };

  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  function showOverview(focusId: string) {
    setMode({ kind: 'overview' });
    setFocusRequest({ id: focusId });
  }

  function askToRestore(version: VersionSummary) {
    setRestoreTarget(version);
    onConfirmingChange(true);
  }

  function closeRestore() {
    setRestoreTarget(null);
    onConfirmingChange(false);
  }

  async function handleRestore() {
    if (!restoreTarget) return;
    const { before } = await restoreVersion(teamId, restoreTarget.id);
    setRestored({ title: versionTitle(restoreTarget), before });
  }

  function handleRestored() {
    versions.refresh();
    showOverview(ids.notice);
  }

  const viewed =
    mode.kind === 'view' ? versions.versions.find((v) => v.id === mode.versionId) : undefined;

  return (
    <>
      {mode.kind === 'view' && viewed && (
        <VersionView
          teamId={teamId}
          documentName={documentName}
          version={viewed}
          timeZone={timeZone}
          names={names}
          canWrite={canWrite}
          hasCurrent={hasCurrent}
          onBack={() => showOverview(ids.versionButton('view', viewed.id))}
          onCompareWithCurrent={() =>
            setMode({
              kind: 'compare',
              pair: { from: viewed.id, to: CURRENT },
              from: { versionId: viewed.id },
            })
          }
          onRestore={() => askToRestore(viewed)}
        />
      )}
      {mode.kind === 'compare' && (
        <CompareView
          teamId={teamId}
          documentName={documentName}
          pair={mode.pair}
          versions={versions.versions}
          timeZone={timeZone}
          names={names}
          liveDoc={liveDoc}
          backLabel={'versionId' in mode.from ? 'Back to the version' : 'Back to all versions'}
          onBack={() =>
            'versionId' in mode.from
              ? setMode({ kind: 'view', versionId: mode.from.versionId })
              : showOverview(mode.from.focusId)
          }
        />
      )}
      {(mode.kind === 'overview' || (mode.kind === 'view' && !viewed)) && (
        <HistoryOverview
          teamId={teamId}
          documentName={documentName}
          canWrite={canWrite}
          timeZone={timeZone}
          hasCurrent={hasCurrent}
          versions={{ ...versions, list: versions.versions }}
          comparePair={pair ?? defaultPair(versions.versions, hasCurrent)}
          restored={restored}
          onDismissRestored={() => setRestored(null)}
          ids={ids}
          onView={(versionId) => setMode({ kind: 'view', versionId })}
          onCompare={(chosen, focusId) => {
            setPair(chosen);
            setMode({ kind: 'compare', pair: chosen, from: { focusId } });
          }}
        />
      )}
      <ConfirmDialog
        opened={restoreTarget !== null}
        onClose={closeRestore}
        title="Restore this version?"
        confirmLabel="Restore"
        errorTitle="Could not restore the version"
        onConfirm={handleRestore}
        onDone={handleRestored}
      >
        <Text>The current text is kept as a version first.</Text>
        {restoreTarget && (
          <Text>
            Everyone connected then sees “{versionTitle(restoreTarget)}”, brought back as a new
            change.
          </Text>
        )}
      </ConfirmDialog>
    </>
  );
}
