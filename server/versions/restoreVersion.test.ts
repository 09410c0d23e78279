import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readRichText, richTextToPlain } from '../../shared/collab/richText';
import { purposeKind } from '../../shared/documents/kinds/purpose';
import { commitments, readPurpose } from '../../shared/purpose/purposeDoc';
import { restoreInto } from './restoreVersion';

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

const statementText = (doc: Y.Doc) =>
  richTextToPlain(readRichText(doc.getXmlFragment('statement')));

describe('restoring a version', () => {
  it('brings back old text and lists as a new change that merges with concurrent edits', () => {
    const doc = new Y.Doc();
    doc.getXmlFragment('statement').insert(0, [paragraph('Every student reads.')]);
    commitments.add(doc, { text: 'Evidence first' });
    const version = Y.encodeStateAsUpdate(doc);

    doc.getXmlFragment('statement').delete(0, 1);
    doc.getXmlFragment('statement').insert(0, [paragraph('Something else entirely.')]);
    const [first] = commitments.read(doc);
    if (first) commitments.remove(doc, first.id);
    commitments.add(doc, { text: 'Be on time' });

    // Another person, offline, has the current state and keeps typing.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getXmlFragment('statement').insert(1, [paragraph('Added while offline.')]);

    const before = Y.encodeStateVector(doc);
    restoreInto(doc, version, purposeKind);
    expect(statementText(doc)).toBe('Every student reads.');
    expect(commitments.read(doc).map((c) => c.text)).toEqual(['Evidence first']);

    // The restore is an ordinary update on top: it travels and merges like any other.
    const change = Y.encodeStateAsUpdate(doc, before);
    Y.applyUpdate(other, change);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(readPurpose(other)).toEqual(readPurpose(doc));
    expect(statementText(doc)).toBe('Every student reads.\n\nAdded while offline.');
  });

  it('changes nothing when the document already holds the version', () => {
    const doc = new Y.Doc();
    doc.getXmlFragment('statement').insert(0, [paragraph('Same.')]);
    commitments.add(doc, { text: 'Same commitment' });
    const version = Y.encodeStateAsUpdate(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    restoreInto(doc, version, purposeKind);
    expect(updates).toHaveLength(0);
  });
});
