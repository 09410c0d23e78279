import type * as Y from 'yjs';
import { readRichText, type RichTextNode } from '../collab/richText';

/** One plain value as people read it ('' when empty). */
export interface ContentField {
  key: string;
  label: string;
  value: string;
}

/** A record of a list (a student of focus, an agenda item); its first field names it. */
export interface ContentItem {
  id: string;
  fields: ContentField[];
}

/** The plain, structured part of a document: a group of fields, or a list of records. */
export type ContentSection =
  | { kind: 'fields'; key: string; label: string; fields: ContentField[] }
  | { kind: 'items'; key: string; label: string; items: ContentItem[] };

/** One rich-text field of a document. */
export interface RichTextPart {
  key: string;
  label: string;
  node: RichTextNode;
}

/** A document (a version or the live one) as plain data, ready to show and to compare. */
export interface VersionContent {
  richText: RichTextPart[];
  sections: ContentSection[];
}

/** Names for the ids a document stores (people by user id, students of focus by id). */
export interface VersionNames {
  member?: (userId: string) => string | undefined;
  student?: (studentId: string) => string | undefined;
}

/** One field of a section. */
export const contentField = (key: string, label: string, value: string): ContentField => ({
  key,
  label,
  value,
});

/** The title of an item: its first field. */
export function itemTitle(item: ContentItem): string {
  return item.fields[0]?.value ?? '';
}

/** One rich-text field of `doc`, labelled for people. */
export function richTextPart(doc: Y.Doc, key: string, label: string): RichTextPart {
  return { key, label, node: readRichText(doc.getXmlFragment(key)) };
}

/** A document's rich-text fields alone, labelled by their keys (kinds without a view of their own). */
export function richTextContent(doc: Y.Doc, keys: readonly string[]): VersionContent {
  return {
    richText: keys.map((key) => richTextPart(doc, key, key)),
    sections: [],
  };
}
