import { List, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import type {
  BlockComparison,
  FieldChange,
  RichTextComparison,
  SectionComparison,
  TextPart,
  VersionComparison,
} from './compareVersions';
import { itemTitle, type ContentItem } from '../../shared/versions/versionContent';
import styles from './versions.module.css';

/** Added text: green and underlined on screen, "added:" for screen readers. */
function Added({ children }: { children: ReactNode }) {
  return (
    <ins className={styles.added}>
      <span className="visually-hidden">added: </span>
      {children}
    </ins>
  );
}

/** Removed text: red and struck through on screen, "removed:" for screen readers. */
function Removed({ children }: { children: ReactNode }) {
  return (
    <del className={styles.removed}>
      <span className="visually-hidden">removed: </span>
      {children}
    </del>
  );
}

function Part({ part }: { part: TextPart }) {
  if (part.kind === 'added') return <Added>{part.text}</Added>;
  if (part.kind === 'removed') return <Removed>{part.text}</Removed>;
  return <>{part.text}</>;
}

/** A paragraph added or removed whole is also marked at its edge. */
function blockClass(kind: BlockComparison['kind']): string {
  const whole =
    kind === 'added' ? styles.wholeAdded : kind === 'removed' ? styles.wholeRemoved : '';
  return [styles.paragraph, whole].filter(Boolean).join(' ');
}

function TextChanges({ part }: { part: RichTextComparison }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={4} id={headingId}>
        {part.label}
      </Title>
      {!part.hasChanges && <Text fs="italic">No changes.</Text>}
      {part.hasChanges &&
        part.blocks.map((block, index) => (
          <p key={index} className={blockClass(block.kind)}>
            {block.parts.map((textPart, i) => (
              <Part key={i} part={textPart} />
            ))}
          </p>
        ))}
    </Stack>
  );
}

function Value({ value }: { value: string }) {
  return value === '' ? (
    <Text span fs="italic">
      (empty)
    </Text>
  ) : (
    <>{value}</>
  );
}

/** "Owner: removed: Ana, added: Ben", shown as "Owner: ~~Ana~~ → Ben". */
function FieldChangeLine({ change }: { change: FieldChange }) {
  return (
    <>
      <Text span fw={600}>
        {change.label}:
      </Text>{' '}
      {change.before === '' ? <Value value="" /> : <Removed>{change.before}</Removed>}{' '}
      <span aria-hidden="true">→</span>{' '}
      {change.after === '' ? <Value value="" /> : <Added>{change.after}</Added>}
    </>
  );
}

function ItemLine({ verb, item }: { verb: string; item: ContentItem }) {
  return (
    <List.Item>
      <Text span fw={600}>
        {verb}:
      </Text>{' '}
      {verb === 'Added' ? (
        <Added>{itemTitle(item)}</Added>
      ) : verb === 'Removed' ? (
        <Removed>{itemTitle(item)}</Removed>
      ) : (
        itemTitle(item)
      )}
    </List.Item>
  );
}

function SectionChanges({ section }: { section: SectionComparison }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={4} id={headingId}>
        {section.label}
      </Title>
      {!section.hasChanges && <Text fs="italic">No changes.</Text>}
      {section.hasChanges && (
        <List
          aria-label={`Changes to ${section.label}`}
          spacing="xs"
          style={{ overflowWrap: 'anywhere' }}
        >
          {section.kind === 'fields' &&
            section.changes.map((change) => (
              <List.Item key={change.key}>
                <FieldChangeLine change={change} />
              </List.Item>
            ))}
          {section.kind === 'items' && (
            <>
              {section.added.map((item) => (
                <ItemLine key={`added-${item.id}`} verb="Added" item={item} />
              ))}
              {section.removed.map((item) => (
                <ItemLine key={`removed-${item.id}`} verb="Removed" item={item} />
              ))}
              {section.changed.map((item) => (
                <List.Item key={`changed-${item.id}`}>
                  <Text span fw={600}>
                    Changed:
                  </Text>{' '}
                  {item.title}
                  <List withPadding spacing={2} listStyleType="none">
                    {item.changes.map((change) => (
                      <List.Item key={change.key}>
                        <FieldChangeLine change={change} />
                      </List.Item>
                    ))}
                  </List>
                </List.Item>
              ))}
              {section.moved.map((item) => (
                <ItemLine key={`moved-${item.id}`} verb="Moved" item={item} />
              ))}
            </>
          )}
        </List>
      )}
    </Stack>
  );
}

/** What changed between two versions: the rich text word by word, then fields and lists. */
export function ComparisonView({ comparison }: { comparison: VersionComparison }) {
  return (
    <Stack gap="lg">
      <Text size="sm">
        Added text is <span className={styles.added}>underlined in green</span>; removed text is{' '}
        <span className={styles.removed}>struck through in red</span>.
      </Text>
      {!comparison.hasChanges && (
        <Text fw={600}>No differences: these two versions are the same.</Text>
      )}
      {comparison.richText.map((part) => (
        <TextChanges key={part.key} part={part} />
      ))}
      {comparison.sections.map((section) => (
        <SectionChanges key={section.key} section={section} />
      ))}
    </Stack>
  );
}
