import { diffArrays, diffWordsWithSpace } from 'diff';
import type { RichTextNode } from '../../shared/collab/richText';
import type {
  ContentField,
  ContentItem,
  ContentSection,
  VersionContent,
} from '../../shared/versions/versionContent';
import { itemTitle } from '../../shared/versions/versionContent';

/** A run of words that both versions share, or that the later one added or removed. */
export interface TextPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A paragraph (or list item, heading) of rich text, compared. */
export interface BlockComparison {
  kind: 'same' | 'added' | 'removed' | 'changed';
  parts: TextPart[];
}

export interface RichTextComparison {
  key: string;
  label: string;
  blocks: BlockComparison[];
  hasChanges: boolean;
}

/** A field whose value differs; values are '' when empty. */
export interface FieldChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** A record present in both versions with different fields. */
export interface ItemChange {
  id: string;
  title: string;
  changes: FieldChange[];
}

export type SectionComparison =
  | { kind: 'fields'; key: string; label: string; changes: FieldChange[]; hasChanges: boolean }
  | {
      kind: 'items';
      key: string;
      label: string;
      added: ContentItem[];
      removed: ContentItem[];
      changed: ItemChange[];
      /** Records in both versions whose place in the list changed. */
      moved: ContentItem[];
      hasChanges: boolean;
    };

export interface VersionComparison {
  richText: RichTextComparison[];
  sections: SectionComparison[];
  hasChanges: boolean;
}

const LIST_TYPES = new Set(['bulletList', 'orderedList']);

function inlineText(node: RichTextNode): string {
  if (node.text !== undefined) return node.text;
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

function isTextBlock(node: RichTextNode): boolean {
  return (node.content ?? []).some(
    (child) => child.text !== undefined || child.type === 'hardBreak',
  );
}

function collectBlocks(node: RichTextNode, prefix: string, blocks: string[]): void {
  if (isTextBlock(node)) {
    const text = inlineText(node).trim();
    if (text !== '') blocks.push(`${prefix}${text}`);
    return;
  }
  const children = node.content ?? [];
  if (LIST_TYPES.has(node.type)) {
    const start = Number(node.attrs?.start ?? 1) || 1;
    children.forEach((item, index) => {
      const marker = node.type === 'orderedList' ? `${start + index}. ` : '• ';
      // Only the first paragraph of an item carries its marker.
      const itemBlocks: string[] = [];
      collectBlocks(item, '', itemBlocks);
      itemBlocks.forEach((text, i) => blocks.push(i === 0 ? `${marker}${text}` : text));
    });
    return;
  }
  for (const child of children) collectBlocks(child, prefix, blocks);
}

/**
 * The paragraphs, headings and list items of rich text as plain strings, in reading order.
 * Empty paragraphs are left out: they carry no words to compare.
 */
export function textBlocks(node: RichTextNode): string[] {
  const blocks: string[] = [];
  collectBlocks(node, '', blocks);
  return blocks;
}

/** Word by word, what changed in one paragraph. */
export function compareWords(before: string, after: string): TextPart[] {
  const parts: TextPart[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return parts;
}

/**
 * Paragraph by paragraph, then word by word: paragraphs are matched whole first; where some
 * were removed and others added in the same place, they are paired in order and compared by
 * word, so a small edit reads as a small edit rather than a paragraph swapped for another.
 */
export function compareBlocks(before: string[], after: string[]): BlockComparison[] {
  const result: BlockComparison[] = [];
  const changes = diffArrays(before, after);
  for (let i = 0; i < changes.length; i += 1) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      for (const text of change.value)
        result.push({ kind: 'same', parts: [{ kind: 'same', text }] });
      continue;
    }
    const next = changes[i + 1];
    const removed = change.removed ? change.value : [];
    const added = change.removed && next?.added ? next.value : change.added ? change.value : [];
    if (change.removed && next?.added) i += 1;
    const paired = Math.min(removed.length, added.length);
    for (let j = 0; j < paired; j += 1) {
      result.push({ kind: 'changed', parts: compareWords(removed[j]!, added[j]!) });
    }
    for (const text of removed.slice(paired)) {
      result.push({ kind: 'removed', parts: [{ kind: 'removed', text }] });
    }
    for (const text of added.slice(paired)) {
      result.push({ kind: 'added', parts: [{ kind: 'added', text }] });
    }
  }
  return result;
}

function compareFields(before: ContentField[], after: ContentField[]): FieldChange[] {
  const beforeByKey = new Map(before.map((f) => [f.key, f]));
  const afterKeys = new Set(after.map((f) => f.key));
  const changes: FieldChange[] = [];
  for (const f of after) {
    const old = beforeByKey.get(f.key)?.value ?? '';
    if (old !== f.value) changes.push({ key: f.key, label: f.label, before: old, after: f.value });
  }
  for (const f of before) {
    if (!afterKeys.has(f.key) && f.value !== '') {
      changes.push({ key: f.key, label: f.label, before: f.value, after: '' });
    }
  }
  return changes;
}

function compareItems(before: ContentItem[], after: ContentItem[]) {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const added = after.filter((item) => !beforeById.has(item.id));
  const removed = before.filter((item) => !afterIds.has(item.id));
  const changed: ItemChange[] = [];
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (!old) continue;
    const changes = compareFields(old.fields, item.fields);
    if (changes.length > 0) changed.push({ id: item.id, title: itemTitle(item), changes });
  }
  // Of the records in both, those outside the longest run kept in order are the ones moved.
  const kept = (items: ContentItem[], other: Set<string>) =>
    items.filter((item) => other.has(item.id)).map((item) => item.id);
  const movedIds = new Set(
    diffArrays(kept(before, afterIds), kept(after, new Set(beforeById.keys())))
      .filter((change) => change.added)
      .flatMap((change) => change.value),
  );
  const moved = after.filter((item) => movedIds.has(item.id));
  return { added, removed, changed, moved };
}

function compareSection(
  before: ContentSection | undefined,
  after: ContentSection,
): SectionComparison {
  const { key, label } = after;
  if (after.kind === 'fields') {
    const changes = compareFields(before?.kind === 'fields' ? before.fields : [], after.fields);
    return { kind: 'fields', key, label, changes, hasChanges: changes.length > 0 };
  }
  const items = compareItems(before?.kind === 'items' ? before.items : [], after.items);
  const hasChanges = Object.values(items).some((list) => list.length > 0);
  return { kind: 'items', key, label, ...items, hasChanges };
}

/** What changed from one version of a document to another (both read the same way). */
export function compareVersions(before: VersionContent, after: VersionContent): VersionComparison {
  const richText = after.richText.map((part): RichTextComparison => {
    const old = before.richText.find((p) => p.key === part.key);
    const blocks = compareBlocks(old ? textBlocks(old.node) : [], textBlocks(part.node));
    const hasChanges = blocks.some((block) => block.kind !== 'same');
    return { key: part.key, label: part.label, blocks, hasChanges };
  });
  const sections = after.sections.map((section) =>
    compareSection(
      before.sections.find((s) => s.key === section.key),
      section,
    ),
  );
  const hasChanges = [...richText, ...sections].some((part) => part.hasChanges);
  return { richText, sections, hasChanges };
}
