import * as Y from 'yjs';
import { MAX_DOCUMENT_BYTES } from '../../shared/collab/limits';

/** What is known of one document's size: an upper estimate, or exact when just measured. */
interface KnownSize {
  bytes: number;
  exact: boolean;
}

/**
 * Keeps each open document under `maxBytes` of stored state without encoding it per update
 * (`Y.encodeStateAsUpdate` of a large document takes tens of milliseconds or more). The size
 * starts from the bytes the document was loaded from and grows by the bytes of every update
 * applied to it, whoever made it. That overestimates (merged state is smaller than its
 * parts; a deletion that splits an item can add a few bytes more than it carries, which the
 * next measurement catches). Only when an update would take that estimate past the
 * limit is the state measured exactly, and then not again until the document changes, so
 * refusing a crowd of updates to a full document costs one measurement.
 */
export class DocumentSizes {
  private readonly sizes = new WeakMap<Y.Doc, KnownSize>();

  constructor(
    readonly maxBytes: number = MAX_DOCUMENT_BYTES,
    /** The exact size of a document's state (tests count the calls). */
    private readonly measureBytes = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc).byteLength,
  ) {}

  /** Starts following `doc` from `bytes`, the size of what it was loaded from. */
  track(doc: Y.Doc, bytes: number): void {
    this.follow(doc, { bytes, exact: false });
  }

  /**
   * Whether an update of `updateBytes` may be applied to `doc` without taking its state past
   * the limit. Counts the update itself only once it is applied (through `doc`'s updates), so
   * two connections admitted at once may pass the limit by one update each.
   */
  admits(doc: Y.Doc, updateBytes: number): boolean {
    const size = this.sizes.get(doc) ?? this.follow(doc, this.measure(doc));
    if (size.bytes + updateBytes <= this.maxBytes) return true;
    if (!size.exact) Object.assign(size, this.measure(doc));
    return size.bytes + updateBytes <= this.maxBytes;
  }

  private measure(doc: Y.Doc): KnownSize {
    return { bytes: this.measureBytes(doc), exact: true };
  }

  private follow(doc: Y.Doc, size: KnownSize): KnownSize {
    const known = this.sizes.get(doc);
    if (known) return known;
    this.sizes.set(doc, size);
    doc.on('update', (update: Uint8Array) => {
      size.bytes += update.byteLength;
      size.exact = false;
    });
    return size;
  }
}
