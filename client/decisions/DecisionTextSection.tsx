import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import type { PresenceUser } from '../collab/presenceUser';
import type { CommentsBinding } from '../comments/useCommentsDocument';
import { RichTextEditor } from '../purpose/RichTextEditor';

interface DecisionTextSectionProps {
  /** Prefix of the section's element ids. */
  id: string;
  heading: string;
  intro: string;
  /** The editor's accessible name. */
  label: string;
  field: string;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: PresenceUser;
  canWrite: boolean;
  /** Id of the page's read-only note, for people who cannot edit. */
  readOnlyNoteId?: string;
  /** Fields shown above the editor (the title) or below it (the owner). */
  before?: ReactNode;
  after?: ReactNode;
  /** The comments on the decision, when the page has them open. */
  comments?: CommentsBinding | null;
}

/** A section of the decision built around one rich-text field. */
export function DecisionTextSection({
  id,
  heading,
  intro,
  label,
  field,
  doc,
  provider,
  user,
  canWrite,
  readOnlyNoteId,
  before,
  after,
  comments,
}: DecisionTextSectionProps) {
  const introId = `${id}-intro`;
  const describedBy = [introId, canWrite ? null : readOnlyNoteId].filter(Boolean).join(' ');
  return (
    <Stack component="section" aria-labelledby={`${id}-heading`} gap="sm">
      <Title order={2} id={`${id}-heading`}>
        {heading}
      </Title>
      {before}
      <Text id={introId} size="sm" c="dimmed">
        {intro}
      </Text>
      <RichTextEditor
        doc={doc}
        provider={provider}
        user={user}
        canWrite={canWrite}
        field={field}
        label={label}
        describedBy={describedBy}
        comments={comments}
      />
      {after}
    </Stack>
  );
}
