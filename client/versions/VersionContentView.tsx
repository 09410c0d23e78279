import { List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { textBlocks } from './compareVersions';
import type {
  ContentField,
  ContentSection,
  VersionContent,
} from '../../shared/versions/versionContent';
import { itemTitle } from '../../shared/versions/versionContent';
import { RichTextView } from './RichTextView';

/** A field as a line of a list: "Owner: Ana Ruiz". */
function FieldLine({ field }: { field: ContentField }) {
  return (
    <>
      <Text span fw={600}>
        {field.label}:
      </Text>{' '}
      {field.value === '' ? (
        <Text span fs="italic">
          not set
        </Text>
      ) : (
        field.value
      )}
    </>
  );
}

function SectionView({ section }: { section: ContentSection }) {
  const headingId = useId();
  const isEmpty =
    section.kind === 'fields' ? section.fields.length === 0 : section.items.length === 0;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={4} id={headingId}>
        {section.label}
      </Title>
      {isEmpty && <Text fs="italic">None in this version.</Text>}
      {section.kind === 'fields' && !isEmpty && (
        <List aria-labelledby={headingId} spacing={4} style={{ overflowWrap: 'anywhere' }}>
          {section.fields.map((field) => (
            <List.Item key={field.key}>
              <FieldLine field={field} />
            </List.Item>
          ))}
        </List>
      )}
      {section.kind === 'items' && !isEmpty && (
        <List aria-labelledby={headingId} spacing="xs" style={{ overflowWrap: 'anywhere' }}>
          {section.items.map((item) => (
            <List.Item key={item.id}>
              <Text fw={600}>{itemTitle(item)}</Text>
              {item.fields.slice(1).map(
                (field) =>
                  field.value !== '' && (
                    <Text key={field.key} size="sm">
                      <FieldLine field={field} />
                    </Text>
                  ),
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function RichTextSection({
  label,
  field,
  update,
  isEmpty,
}: {
  label: string;
  field: string;
  update: Uint8Array;
  isEmpty: boolean;
}) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={4} id={headingId}>
        {label}
      </Title>
      {isEmpty ? (
        <Text fs="italic">No text in this version.</Text>
      ) : (
        <RichTextView update={update} field={field} />
      )}
    </Stack>
  );
}

interface VersionContentViewProps {
  content: VersionContent;
  /** The version's state, which the read-only rich text binds to (a copy of it). */
  update: Uint8Array;
}

/** A version as it was, read-only: its rich text as the page showed it, then its fields and lists. */
export function VersionContentView({ content, update }: VersionContentViewProps) {
  return (
    <Stack gap="lg">
      {content.richText.map((part) => (
        <RichTextSection
          key={part.key}
          label={part.label}
          field={part.key}
          update={update}
          isEmpty={textBlocks(part.node).length === 0}
        />
      ))}
      {content.sections.map((section) => (
        <SectionView key={section.key} section={section} />
      ))}
    </Stack>
  );
}
