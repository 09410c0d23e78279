import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Group, Text } from '@mantine/core';
import { Eye } from 'lucide-react';
import type * as Y from 'yjs';
import type { TeamDetail } from '../../shared/api/teams';
import { LiveConnectionStatus } from '../collab/LiveConnectionStatus';
import { LivePresenceAvatars } from '../collab/LivePresenceAvatars';
import { HistoryButton } from '../versions/HistoryButton';
import { teamVersionNames } from '../versions/versionNames';

interface LiveDocumentBarProps {
  team: TeamDetail;
  provider: HocuspocusProvider;
  doc: Y.Doc;
  selfId: string;
  documentName: string;
  /** What the document is called in its History drawer. */
  title: string;
  canWrite: boolean;
  /** Why the page is read-only, shown when the person cannot write. */
  readOnlyReason: string;
}

/**
 * The bar above a co-written plan or cycle: connection, who is here, History, and why the
 * page is read-only when it is (in words, with the eye icon).
 */
export function LiveDocumentBar(props: LiveDocumentBarProps) {
  const { team, provider, canWrite } = props;
  return (
    <>
      <Group gap="md" wrap="wrap">
        <LiveConnectionStatus provider={provider} />
        <LivePresenceAvatars provider={provider} selfId={props.selfId} />
        <HistoryButton
          teamId={team.id}
          documentName={props.documentName}
          title={props.title}
          canWrite={canWrite}
          timeZone={team.timeZone}
          liveDoc={props.doc}
          names={teamVersionNames(team.members)}
        />
      </Group>
      {!canWrite && (
        <Group gap={6} c="gray.8" wrap="nowrap" align="flex-start">
          <Eye size={18} aria-hidden="true" />
          <Text fw={600} c="inherit">
            {props.readOnlyReason}
          </Text>
        </Group>
      )}
    </>
  );
}
