import * as Y from 'yjs';

/** Rich text as plain JSON, in ProseMirror's shape: for exports, history and reports. */
export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

function textNodes(text: Y.XmlText): RichTextNode[] {
  const delta = text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[];
  return delta
    .filter(
      (op): op is { insert: string; attributes?: Record<string, unknown> } =>
        typeof op.insert === 'string',
    )
    .map((op) => {
      const marks = Object.entries(op.attributes ?? {}).map(([type, attrs]) =>
        attrs && typeof attrs === 'object' && Object.keys(attrs).length > 0
          ? { type, attrs: attrs as Record<string, unknown> }
          : { type },
      );
      return marks.length > 0
        ? { type: 'text', text: op.insert, marks }
        : { type: 'text', text: op.insert };
    });
}

function children(parent: Y.XmlFragment | Y.XmlElement): RichTextNode[] {
  return parent.toArray().flatMap((child): RichTextNode[] => {
    if (child instanceof Y.XmlText) return textNodes(child);
    if (child instanceof Y.XmlElement) {
      const attrs = child.getAttributes();
      const node: RichTextNode = { type: child.nodeName, content: children(child) };
      if (Object.keys(attrs).length > 0) node.attrs = attrs;
      return [node];
    }
    return [];
  });
}

/**
 * Appends plain text to a Tiptap fragment, one paragraph per line: what the server writes
 * when it drafts text for people to edit (a decision a cycle's close wrote, say).
 */
export function appendPlainParagraphs(fragment: Y.XmlFragment, text: string): void {
  const paragraphs = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(line)]);
      return paragraph;
    });
  fragment.insert(fragment.length, paragraphs);
}

/** Reads a Tiptap (y-prosemirror) fragment as a `doc` node. */
export function readRichText(fragment: Y.XmlFragment): RichTextNode {
  return { type: 'doc', content: children(fragment) };
}

/** The plain text of rich text, paragraphs separated by blank lines. */
export function richTextToPlain(node: RichTextNode): string {
  if (node.text !== undefined) return node.text;
  const parts = (node.content ?? []).map(richTextToPlain);
  return node.type === 'doc'
    ? parts.join('\n\n')
    : parts.join(node.type === 'bulletList' || node.type === 'orderedList' ? '\n' : '');
}
