import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Group, Stack, Text, Title } from '@mantine/core';
import { Eye } from 'lucide-react';
import type * as Y from 'yjs';
import type { PresenceUser } from '../collab/presenceUser';
import type { CommentsBinding } from '../comments/useCommentsDocument';
import { PurposeEditor } from './PurposeEditor';

interface PurposeStatementSectionProps {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: PresenceUser;
  canWrite: boolean;
  /** The comments on the purpose, when the page has them open. */
  comments?: CommentsBinding | null;
}

const READ_ONLY_NOTE_ID = 'purpose-read-only-note';

/** The purpose statement the team writes, reads and revises together. */
export function PurposeStatementSection({
  doc,
  provider,
  user,
  canWrite,
  comments,
}: PurposeStatementSectionProps) {
  return (
    <Stack component="section" aria-labelledby="purpose-heading" gap="sm">
      <Title order={2} id="purpose-heading">
        Purpose statement
      </Title>
      <Text>
        Why this team exists and what it works on, written together. Everyone's changes appear as
        they type.
      </Text>
      {!canWrite && (
        <Group gap={6} id={READ_ONLY_NOTE_ID} c="gray.8">
          <Eye size={18} aria-hidden="true" />
          <Text fw={600} c="inherit">
            Read-only: your role lets you read the purpose but not change it.
          </Text>
        </Group>
      )}
      <PurposeEditor
        doc={doc}
        provider={provider}
        user={user}
        canWrite={canWrite}
        describedBy={canWrite ? undefined : READ_ONLY_NOTE_ID}
        comments={comments}
      />
    </Stack>
  );
}
