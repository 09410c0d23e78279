import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { MAX_DOCUMENT_BYTES } from '../../shared/collab/limits';
import { DocumentSizes } from './DocumentSizes';

/** An update that adds `chars` characters to a fresh document's text. */
function textUpdate(chars: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'x'.repeat(chars));
  return Y.encodeStateAsUpdate(doc);
}

describe('DocumentSizes', () => {
  it('defaults to the shared limit', () => {
    expect(new DocumentSizes().maxBytes).toBe(MAX_DOCUMENT_BYTES);
  });

  it('admits within the estimate without measuring, and refuses past the exact size', () => {
    const measure = vi.fn((doc: Y.Doc) => Y.encodeStateAsUpdate(doc).byteLength);
    const sizes = new DocumentSizes(1_000, measure);
    const doc = new Y.Doc();
    sizes.track(doc, 0);
    const first = textUpdate(600);
    expect(sizes.admits(doc, first.byteLength)).toBe(true);
    Y.applyUpdate(doc, first);
    expect(measure).not.toHaveBeenCalled();
    const second = textUpdate(600);
    expect(sizes.admits(doc, second.byteLength)).toBe(false);
    expect(measure).toHaveBeenCalledOnce();
    // Nothing changed since the measurement: refusing again measures nothing.
    expect(sizes.admits(doc, second.byteLength)).toBe(false);
    expect(sizes.admits(doc, 10)).toBe(true);
    expect(measure).toHaveBeenCalledOnce();
  });

  it('measures once when the estimate is too high, and admits what really fits', () => {
    const sizes = new DocumentSizes(1_000);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, textUpdate(100));
    // Loaded from a long log that compacts to far less than its bytes.
    sizes.track(doc, 5_000);
    expect(sizes.admits(doc, 200)).toBe(true);
  });

  it('counts every change to the document, whoever made it', () => {
    const sizes = new DocumentSizes(1_000);
    const doc = new Y.Doc();
    sizes.track(doc, 0);
    doc.getText('t').insert(0, 'y'.repeat(900));
    expect(sizes.admits(doc, 200)).toBe(false);
  });

  it('measures a document it was never told about', () => {
    const sizes = new DocumentSizes(1_000);
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'z'.repeat(900));
    expect(sizes.admits(doc, 200)).toBe(false);
    expect(sizes.admits(doc, 50)).toBe(true);
  });
});
