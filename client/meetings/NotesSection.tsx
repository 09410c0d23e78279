import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Stack, Text, Title } from '@mantine/core';
import type * as Y from 'yjs';
import { MEETING_NOTES_FIELD } from '../../shared/meetings/meetingDoc';
import type { PresenceUser } from '../collab/presenceUser';
import type { CommentsBinding } from '../comments/useCommentsDocument';
import { RichTextEditor } from '../purpose/RichTextEditor';

interface NotesSectionProps {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: PresenceUser;
  canWrite: boolean;
  /** Id of the read-only note, when the person cannot edit. */
  describedBy?: string;
  /** The comments on the meeting, when the page has them open. */
  comments?: CommentsBinding | null;
}

/** The meeting's notes, written together while the meeting runs. */
export function NotesSection({
  doc,
  provider,
  user,
  canWrite,
  describedBy,
  comments,
}: NotesSectionProps) {
  return (
    <Stack component="section" aria-labelledby="notes-heading" gap="sm">
      <Title order={2} id="notes-heading">
        Notes
      </Title>
      {canWrite && <Text>Everyone's notes appear as they type.</Text>}
      <RichTextEditor
        doc={doc}
        provider={provider}
        user={user}
        canWrite={canWrite}
        field={MEETING_NOTES_FIELD}
        label="Meeting notes"
        describedBy={describedBy}
        comments={comments}
      />
    </Stack>
  );
}
