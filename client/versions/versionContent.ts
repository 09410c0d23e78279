import * as Y from 'yjs';
import { parseDocumentName } from '../../shared/documents/documentName';
import { layoutVersionOf, readMigrated } from '../../shared/documents/layoutVersion';
import { kindSpec } from '../../shared/documents/registry';
import {
  richTextContent,
  type VersionContent,
  type VersionNames,
} from '../../shared/versions/versionContent';

/**
 * Reads a document (a version's or the live one) as plain data, as its kind declares
 * (`versionContent` in shared/documents/kinds/); a version kept at an older layout is read at
 * today's.
 */
export function readVersionContent(
  doc: Y.Doc,
  documentName: string,
  names: VersionNames = {},
): VersionContent {
  const ref = parseDocumentName(documentName);
  if (!ref) return richTextContent(doc, []);
  const spec = kindSpec(ref.kind);
  const current =
    layoutVersionOf(doc) < spec.layout.version
      ? readMigrated(Y.encodeStateAsUpdate(doc), spec)
      : doc;
  return spec.versionContent(current, names);
}
