import * as Y from 'yjs';
import type { DocumentKindSpec, TeamDocument } from '../../shared/documents/documentKind';
import { readMigrated } from '../../shared/documents/layoutVersion';

/** A copy of a value read from another document, ready to insert into this one. */
function copyOf(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.clone() : value;
}

/**
 * Brings a document's content back to what `version` held, as one new change on top of the
 * current state: rich text and lists are replaced by copies of the old content and map fields
 * are set to their old values. Nothing is rewritten or forgotten (the current state stays in
 * the history as a version), everyone connected receives the change live, and edits made
 * concurrently elsewhere merge with it as with any other edit. The layout roots are those the
 * kind declares (shared/documents/kinds/); comments are not restored: a restore brings back the
 * text, not yesterday's discussion of it.
 */
export function restoreInto(
  doc: Y.Doc,
  version: Uint8Array,
  spec: Pick<DocumentKindSpec<string, TeamDocument>, 'kind' | 'layout' | 'migrations'>,
): void {
  // A version kept before a layout change is read at today's layout first.
  const old = readMigrated(version, spec);
  const { layout } = spec;
  doc.transact(() => {
    for (const key of layout.richText) {
      const target = doc.getXmlFragment(key);
      const source = old.getXmlFragment(key);
      if (target.toString() === source.toString()) continue;
      target.delete(0, target.length);
      const nodes = source
        .toArray()
        .filter((node) => node instanceof Y.XmlElement || node instanceof Y.XmlText);
      target.insert(
        0,
        nodes.map((node) => node.clone()),
      );
    }
    for (const key of layout.arrays) {
      const target = doc.getArray(key);
      const source = old.getArray(key);
      if (JSON.stringify(target.toJSON()) === JSON.stringify(source.toJSON())) continue;
      target.delete(0, target.length);
      target.insert(0, source.toArray().map(copyOf));
    }
    for (const key of layout.maps) {
      const target = doc.getMap(key);
      const source = old.getMap(key);
      for (const field of [...target.keys()]) if (!source.has(field)) target.delete(field);
      for (const [field, value] of source.entries()) {
        const current = target.get(field);
        const same =
          !(value instanceof Y.AbstractType) &&
          !(current instanceof Y.AbstractType) &&
          JSON.stringify(current) === JSON.stringify(value);
        if (!same) target.set(field, copyOf(value));
      }
    }
  });
  old.destroy();
}
