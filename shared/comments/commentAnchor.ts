import { z } from 'zod';
import * as Y from 'yjs';

/**
 * Where a comment thread sits in the text: two Yjs relative positions (as JSON, from
 * `Y.relativePositionToJSON`) into the target document's rich-text fragment. They point at
 * items of the text rather than at offsets, so the passage follows the words as people type
 * before, inside or after it.
 */

/** A Yjs item id as JSON. */
const itemIdSchema = z.object({
  client: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  clock: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});

/** `Y.relativePositionToJSON` output: relative to an item, or to the start/end of a type. */
export const relativePositionSchema = z
  .strictObject({
    type: itemIdSchema.optional(),
    tname: z.string().min(1).max(100).optional(),
    item: itemIdSchema.optional(),
    assoc: z.number().int().min(-1).max(1).optional(),
  })
  .refine((p) => p.type || p.tname || p.item, 'A position needs an item or a type');
export type RelativePositionJson = z.infer<typeof relativePositionSchema>;

/** The passage a thread is about: from `start` to `end`, relative to a fragment's items. */
export const commentAnchorSchema = z.strictObject({
  start: relativePositionSchema,
  end: relativePositionSchema,
});
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;

/**
 * An anchor over `[from, to)` of text nodes. The start sticks to the first word of the
 * passage and the end to its last, so text typed at either edge stays outside it.
 */
export function createTextAnchor(
  start: { type: Y.XmlText | Y.XmlElement | Y.XmlFragment; index: number },
  end: { type: Y.XmlText | Y.XmlElement | Y.XmlFragment; index: number },
): CommentAnchor {
  return {
    start: toJson(Y.createRelativePositionFromTypeIndex(start.type, start.index, 0)),
    end: toJson(Y.createRelativePositionFromTypeIndex(end.type, end.index, -1)),
  };
}

function toJson(position: Y.RelativePosition): RelativePositionJson {
  return relativePositionSchema.parse(Y.relativePositionToJSON(position));
}

type Resolved = { start: Y.AbsolutePosition; end: Y.AbsolutePosition };

/** Whether `type` is `fragment` or lies inside it. */
function isWithin(type: Y.AbstractType<unknown>, fragment: Y.XmlFragment): boolean {
  let current: Y.AbstractType<unknown> | null = type;
  while (current) {
    if (current === fragment) return true;
    const parent: unknown = current._item?.parent ?? null;
    current = parent instanceof Y.AbstractType ? parent : null;
  }
  return false;
}

/**
 * One end of an anchor in `doc`: `null` when its items are not (yet) in this copy, `'outside'`
 * when it points into anything but the field's fragment.
 */
function resolvePosition(
  doc: Y.Doc,
  field: string,
  position: RelativePositionJson,
): Y.AbsolutePosition | null | 'outside' {
  // Resolving a root name creates that root: refuse any root but the field's first.
  if (position.tname !== undefined && position.tname !== field) return 'outside';
  const fragment = doc.getXmlFragment(field);
  const absolute = Y.createAbsolutePositionFromRelativePosition(
    Y.createRelativePositionFromJSON(position),
    doc,
  );
  if (!absolute) return null;
  return isWithin(absolute.type, fragment) ? absolute : 'outside';
}

/** Both ends of an anchor in `doc`'s `field`, or null when either is missing or elsewhere. */
export function resolveAnchor(doc: Y.Doc, field: string, anchor: CommentAnchor): Resolved | null {
  const start = resolvePosition(doc, field, anchor.start);
  const end = resolvePosition(doc, field, anchor.end);
  if (!start || !end || start === 'outside' || end === 'outside') return null;
  return { start, end };
}

/**
 * Whether an anchor points into another part of the document than `field`. Ends this copy
 * does not hold yet (text typed a moment ago, still on its way) do not count against it.
 */
export function isAnchorElsewhere(doc: Y.Doc, field: string, anchor: CommentAnchor): boolean {
  return (
    resolvePosition(doc, field, anchor.start) === 'outside' ||
    resolvePosition(doc, field, anchor.end) === 'outside'
  );
}

function plainText(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

/**
 * The text an anchor covers now (blocks separated by a newline), or null when it cannot be
 * found in `field`. Used to check that a passage still reads as it did.
 */
export function readAnchoredText(doc: Y.Doc, field: string, anchor: CommentAnchor): string | null {
  const resolved = resolveAnchor(doc, field, anchor);
  if (!resolved) return null;
  const { start, end } = resolved;
  let out = '';
  let isInside = false;
  let isDone = false;

  const visit = (type: Y.XmlFragment | Y.XmlElement | Y.XmlText) => {
    if (type instanceof Y.XmlText) {
      const text = plainText(type);
      let from = 0;
      let to = text.length;
      if (type === start.type) {
        isInside = true;
        from = start.index;
      }
      if (type === end.type) {
        to = end.index;
        isDone = true;
      }
      if (isInside) out += text.slice(from, Math.max(from, to));
      return;
    }
    const children = type.toArray();
    for (let i = 0; i <= children.length && !isDone; i++) {
      if (type === start.type && start.index === i) isInside = true;
      if (type === end.type && end.index === i) isDone = true;
      const child = children[i];
      if (isDone || child === undefined) continue;
      if (child instanceof Y.XmlElement || child instanceof Y.XmlText) visit(child);
    }
    if (isInside && !isDone && type instanceof Y.XmlElement) out += '\n';
  };

  visit(doc.getXmlFragment(field));
  return out.replace(/\n+$/, '');
}
