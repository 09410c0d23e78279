import * as Y from 'yjs';
import type { z } from 'zod';

/**
 * A live, ordered list of records in a Yjs document: a `Y.Array` of `Y.Map`s, each with an
 * `id` and a fractional `position`. Reordering changes `position` instead of deleting and
 * re-inserting, so an edit and a concurrent move of the same item both survive.
 * Reads validate each item and skip what cannot be read, so a bad or older item never
 * breaks the page.
 */
export interface OrderedList<T extends { id: string }> {
  read(doc: Y.Doc): T[];
  add(doc: Y.Doc, item: Omit<T, 'id'> & { id?: string }): string;
  update(doc: Y.Doc, id: string, changes: Partial<Omit<T, 'id'>>): boolean;
  remove(doc: Y.Doc, id: string): boolean;
  move(doc: Y.Doc, id: string, toIndex: number): boolean;
  observe(doc: Y.Doc, onChange: (items: T[]) => void): () => void;
}

const POSITION = '_position';

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** Builds the verbs for a list stored under `rootKey`, validating items with `schema`. */
export function defineOrderedList<T extends { id: string }>(
  rootKey: string,
  schema: z.ZodType<T>,
): OrderedList<T> {
  const root = (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>(rootKey);

  const entries = (doc: Y.Doc) =>
    root(doc)
      .toArray()
      .filter((m): m is Y.Map<unknown> => m instanceof Y.Map)
      .map((map) => ({ map, position: Number(map.get(POSITION)) || 0, id: String(map.get('id')) }))
      .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const find = (doc: Y.Doc, id: string) =>
    root(doc)
      .toArray()
      .find((m) => m.get('id') === id);

  const read = (doc: Y.Doc): T[] => {
    const items: T[] = [];
    for (const { map } of entries(doc)) {
      const parsed = schema.safeParse(map.toJSON());
      if (parsed.success) items.push(parsed.data);
    }
    return items;
  };

  return {
    read,
    add(doc, item) {
      const id = item.id ?? newId();
      const value = schema.parse({ ...item, id });
      doc.transact(() => {
        const last = entries(doc).at(-1);
        const map = new Y.Map<unknown>();
        for (const [key, field] of Object.entries(value)) map.set(key, field);
        map.set(POSITION, (last?.position ?? 0) + 1);
        root(doc).push([map]);
      });
      return id;
    },
    update(doc, id, changes) {
      const map = find(doc, id);
      if (!map) return false;
      const next = schema.parse({ ...map.toJSON(), ...changes, id });
      doc.transact(() => {
        for (const [key, field] of Object.entries(changes)) {
          if (field !== undefined) map.set(key, (next as Record<string, unknown>)[key]);
        }
      });
      return true;
    },
    remove(doc, id) {
      const index = root(doc)
        .toArray()
        .findIndex((m) => m.get('id') === id);
      if (index < 0) return false;
      root(doc).delete(index, 1);
      return true;
    },
    move(doc, id, toIndex) {
      const others = entries(doc).filter((e) => e.id !== id);
      const moving = find(doc, id);
      if (!moving) return false;
      const index = Math.max(0, Math.min(toIndex, others.length));
      const before = others[index - 1]?.position;
      const after = others[index]?.position;
      const position =
        before === undefined
          ? (after ?? 1) - 1
          : after === undefined
            ? before + 1
            : (before + after) / 2;
      moving.set(POSITION, position);
      return true;
    },
    observe(doc, onChange) {
      const handler = () => onChange(read(doc));
      root(doc).observeDeep(handler);
      return () => root(doc).unobserveDeep(handler);
    },
  };
}
