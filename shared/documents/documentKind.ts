import type * as Y from 'yjs';
import type { VersionContent, VersionNames } from '../versions/versionContent';
import type { ProjectedRows } from './projectedRows';

/**
 * What a kind of collaborative document is, declared once: its name, its Yjs layout and the
 * migrations between layout versions, who writes it, where it takes comments, how it is
 * exported, how a version of it is shown and which rows it projects into. Each kind is one
 * file in `kinds/`, listed once in `registry.ts`; server and client read every rule that
 * depends on a document's kind from there.
 */

/** The ids every document name starts with. */
export interface TeamDocument {
  teamId: string;
}

/** Any kind's ref, as the registry hands it to a name pattern. */
export type AnyRef = { kind: string } & TeamDocument;

/**
 * The whole registry, for a pattern that names a document after another (the comments on a
 * document are named after it).
 */
export interface NameContext {
  build(ref: AnyRef): string;
  parse(name: string): AnyRef | null;
  spec(
    kind: string,
  ):
    | Pick<DocumentKindSpec<string, AnyRef>, 'owner' | 'commentFields' | 'plainCommentFields'>
    | undefined;
}

/**
 * How a kind's names are built and read: everything after `team/<teamId>/`, as path segments.
 * `build` throws on an invalid ref; `parse` returns null for segments that are not this kind's.
 */
export interface NamePattern<Ref> {
  /** The ref's id fields the name holds (a pattern's placeholders), for tests and tools. */
  idFields?: readonly string[];
  build(ref: Ref, names: NameContext): readonly string[];
  parse(segments: readonly string[], teamId: string, names: NameContext): Omit<Ref, 'kind'> | null;
}

/**
 * The root types of a document and the version of that layout. Restoring a version replaces
 * the content of these roots (as a new change); comparing versions reads them.
 */
export interface DocumentLayout {
  /**
   * Raised by one each time the layout changes in a way older code or older documents do not
   * read (a root renamed, a value reshaped); additions alone need no new version.
   */
  version: number;
  /** Tiptap fragments (Y.XmlFragment). */
  richText: readonly string[];
  /** Y.Map roots of plain fields. */
  maps: readonly string[];
  /** Y.Array roots (ordered lists and link lists). */
  arrays: readonly string[];
}

/**
 * Upgrades a document's content from one layout version to the next, inside one transaction.
 * `migrations[v]` takes a document at version `v` to `v + 1`; version 1 is the layout every
 * document had before layouts were versioned.
 */
export type LayoutMigration = (doc: Y.Doc) => void;

/**
 * The record a document lives and dies with (a run, a decision, a meeting): the document
 * exists while its team holds a row with that id in `table`. Null: the team's own document,
 * which exists as long as the team does.
 */
export interface DocumentOwner {
  /** The table (as Kysely names it) whose `id` and `teamId` columns identify the record. */
  table: string;
  /** The ref's field that holds the record's id. */
  idField: string;
  /**
   * A timestamp column that, once set, keeps the document read-only for everyone (an
   * earlier year's work plan).
   */
  archivedColumn?: string;
}

/** Another document of the team (by its ref), when one document's export reads another's. */
export type ReadOtherDocument = (ref: AnyRef & Record<string, string>) => Uint8Array | undefined;

export interface DocumentKindSpec<Kind extends string, Ref extends TeamDocument> {
  kind: Kind;
  /** One line on what the document is, for people reading the registry. */
  description: string;
  name: NamePattern<Ref>;
  layout: DocumentLayout;
  /** One function per version step: `migrations[1]` takes version 1 to 2, and so on. */
  migrations: Readonly<Record<number, LayoutMigration>>;
  /**
   * Who may change the document over the socket: the team's editors (principal, facilitator,
   * member), or the server alone, on commands it checks (nobody forges a vote or a comment).
   * Every member reads every kind.
   */
  writers: 'editors' | 'server';
  /** What the document belongs to (see `DocumentOwner`). */
  owner: DocumentOwner | null;
  /**
   * The document this one exists with, if any: the comments on a document exist while the
   * document does.
   */
  existsWith?: (ref: Ref, names: NameContext) => AnyRef;
  /** The rich-text fields people may comment on; empty when the kind takes no comments. */
  commentFields: readonly string[];
  /**
   * Plain text fields people may comment on as a whole, by path (`goals/<goalId>/why`): the
   * field's current text, or null when the path names no commentable field of an item that
   * exists. Absent when the kind's plain fields take no comments.
   */
  plainCommentFields?: (doc: Y.Doc, path: string) => string | null;
  /** The document as plain JSON in the team's export (the name and kind are added to it). */
  exportJson(doc: Y.Doc, ref: Ref, readOther: ReadOtherDocument): Record<string, unknown>;
  /** The document as the version history shows and compares it. */
  versionContent(doc: Y.Doc, names: VersionNames): VersionContent;
  /** The relational rows the document is kept in step with, or null when it has none. */
  projection: ((doc: Y.Doc, ref: Ref) => ProjectedRows | null) | null;
}

/** Whether a kind takes comment threads at all (on rich text, on plain fields or both). */
export function takesComments(
  spec: Pick<DocumentKindSpec<string, AnyRef>, 'commentFields' | 'plainCommentFields'>,
): boolean {
  return spec.commentFields.length > 0 || spec.plainCommentFields !== undefined;
}

/** Declares a kind (checked against `DocumentKindSpec`, with its literal types kept). */
export function defineDocumentKind<Kind extends string, Ref extends TeamDocument>(
  spec: DocumentKindSpec<Kind, Ref>,
): DocumentKindSpec<Kind, Ref> {
  return spec;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a string is a lowercase UUID as used for every id in document names. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** The `{field}` placeholders of a name pattern. */
type PatternFields<P extends string> = P extends `${string}{${infer Field}}${infer Rest}`
  ? Field | PatternFields<Rest>
  : never;

/** A ref of a kind whose name follows a pattern: its kind, team and the pattern's ids. */
export type PatternRef<Kind extends string, P extends string> = { kind: Kind } & TeamDocument & {
    [Field in PatternFields<P>]: string;
  };

/**
 * A name pattern of fixed segments and `{field}` placeholders, each a lowercase UUID, e.g.
 * `run/{runId}/board`. Building throws on an id that is not a UUID.
 */
export function namePattern<Kind extends string, P extends string>(
  pattern: P,
): NamePattern<PatternRef<Kind, P>> {
  const parts = pattern.split('/').map((segment): { field: string } | { fixed: string } => {
    const field = /^\{(\w+)\}$/.exec(segment)?.[1];
    return field === undefined ? { fixed: segment } : { field };
  });
  return {
    idFields: parts.flatMap((part) => ('field' in part ? [part.field] : [])),
    build(ref) {
      const values = ref as unknown as Record<string, unknown>;
      return parts.map((part) => {
        if ('fixed' in part) return part.fixed;
        const value = values[part.field];
        if (typeof value !== 'string' || !isUuid(value)) {
          throw new Error(`Invalid ${part.field}: ${String(value)}`);
        }
        return value;
      });
    },
    parse(segments, teamId) {
      if (segments.length !== parts.length) return null;
      const ref: Record<string, string> = { teamId };
      for (const [index, part] of parts.entries()) {
        const segment = segments[index] ?? '';
        if ('fixed' in part ? segment !== part.fixed : !isUuid(segment)) return null;
        if ('field' in part) ref[part.field] = segment;
      }
      return ref as unknown as Omit<PatternRef<Kind, P>, 'kind'>;
    },
  };
}
