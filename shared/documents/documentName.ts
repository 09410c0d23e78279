/**
 * Collaborative document names. Every Yjs document is named
 * `team/<teamId>/<kind…>` so that the server can tell, from the name alone, what the
 * document is and which team owns it. Ids are lowercase UUIDs. This module is the only
 * place that builds or parses names; client and server both use it.
 */

/** The kinds of collaborative document that exist. */
export const documentKinds = [
  'purpose',
  'run-board',
  'run-control',
  'decision',
  'decision-status',
  'meeting',
  'meeting-control',
  'comments',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** A parsed, valid document name: what the document is and which team owns it. */
export type DocumentRef =
  | { kind: 'purpose'; teamId: string }
  /** A protocol run's board (cards, groups, votes) or its facilitator's control state. */
  | { kind: 'run-board' | 'run-control'; teamId: string; runId: string }
  /** A decision, co-edited live, or its status and vote tally (written by the server only). */
  | { kind: 'decision' | 'decision-status'; teamId: string; decisionId: string }
  /** A meeting (agenda, attendees, notes), or its facilitator's signals (server-written). */
  | { kind: 'meeting' | 'meeting-control'; teamId: string; meetingId: string }
  /**
   * The comment threads on a document's rich text (server-written). `targetId` is the meeting's
   * or decision's id, null for the team's purpose.
   */
  | { kind: 'comments'; teamId: string; target: CommentTarget; targetId: string | null };

/** The kinds of document whose rich text people can comment on. */
export const commentTargets = ['purpose', 'meeting', 'decision'] as const;
export type CommentTarget = (typeof commentTargets)[number];

/** A parsed name of a document people can comment on. */
export type CommentableRef =
  | { kind: 'purpose'; teamId: string }
  | { kind: 'meeting'; teamId: string; meetingId: string }
  | { kind: 'decision'; teamId: string; decisionId: string };

/** A parsed name of a comments document. */
export type CommentsRef = Extract<DocumentRef, { kind: 'comments' }>;

/** Longest name we accept; anything longer is refused before parsing. */
export const MAX_DOCUMENT_NAME_LENGTH = 200;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a string is a lowercase UUID as used for every id in document names. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** The team's purpose statement, students of focus and commitments. */
export function purposeDocumentName(teamId: string): string {
  return buildDocumentName({ kind: 'purpose', teamId });
}

/** A protocol run's board: cards, groups and vote counts. */
export function runBoardDocumentName(teamId: string, runId: string): string {
  return buildDocumentName({ kind: 'run-board', teamId, runId });
}

/** A protocol run's control state: protocol, step, timer, reveals. */
export function runControlDocumentName(teamId: string, runId: string): string {
  return buildDocumentName({ kind: 'run-control', teamId, runId });
}

/** A decision draft. */
export function decisionDocumentName(teamId: string, decisionId: string): string {
  return buildDocumentName({ kind: 'decision', teamId, decisionId });
}

/** A decision's status, live vote and decided record: only the server writes it. */
export function decisionStatusDocumentName(teamId: string, decisionId: string): string {
  return buildDocumentName({ kind: 'decision-status', teamId, decisionId });
}

/** A meeting: its fields, attendees, agenda and notes. */
export function meetingDocumentName(teamId: string, meetingId: string): string {
  return buildDocumentName({ kind: 'meeting', teamId, meetingId });
}

/** A meeting's focus-check signal and closed record: only the server writes it. */
export function meetingControlDocumentName(teamId: string, meetingId: string): string {
  return buildDocumentName({ kind: 'meeting-control', teamId, meetingId });
}

/** The comment threads on a purpose, meeting or decision document. */
export function commentsDocumentName(target: CommentableRef): string {
  return buildDocumentName(commentsRefOf(target));
}

/** The comments document's ref for a commentable document. */
export function commentsRefOf(target: CommentableRef): CommentsRef {
  switch (target.kind) {
    case 'purpose':
      return { kind: 'comments', teamId: target.teamId, target: 'purpose', targetId: null };
    case 'meeting':
      return {
        kind: 'comments',
        teamId: target.teamId,
        target: 'meeting',
        targetId: target.meetingId,
      };
    case 'decision':
      return {
        kind: 'comments',
        teamId: target.teamId,
        target: 'decision',
        targetId: target.decisionId,
      };
  }
}

/** The document a comments document comments on. */
export function commentTargetRef(ref: CommentsRef): CommentableRef {
  const id = ref.targetId ?? '';
  switch (ref.target) {
    case 'purpose':
      return { kind: 'purpose', teamId: ref.teamId };
    case 'meeting':
      return { kind: 'meeting', teamId: ref.teamId, meetingId: id };
    case 'decision':
      return { kind: 'decision', teamId: ref.teamId, decisionId: id };
  }
}

/** The name of the document a comments document comments on. */
export function commentTargetDocumentName(ref: CommentsRef): string {
  return buildDocumentName(commentTargetRef(ref));
}

/** Whether a parsed name is of a document people can comment on. */
export function isCommentable(ref: DocumentRef): ref is CommentableRef {
  return (commentTargets as readonly string[]).includes(ref.kind);
}

/** Builds the name of a document; throws on an id that is not a lowercase UUID. */
export function buildDocumentName(ref: DocumentRef): string {
  if (!isUuid(ref.teamId)) throw new Error(`Invalid team id: ${ref.teamId}`);
  switch (ref.kind) {
    case 'purpose':
      return `team/${ref.teamId}/purpose`;
    case 'run-board':
    case 'run-control':
      if (!isUuid(ref.runId)) throw new Error(`Invalid run id: ${ref.runId}`);
      return `team/${ref.teamId}/run/${ref.runId}/${ref.kind === 'run-board' ? 'board' : 'control'}`;
    case 'decision':
    case 'decision-status':
      if (!isUuid(ref.decisionId)) throw new Error(`Invalid decision id: ${ref.decisionId}`);
      return `team/${ref.teamId}/decision/${ref.decisionId}${ref.kind === 'decision' ? '' : '/status'}`;
    case 'meeting':
    case 'meeting-control':
      if (!isUuid(ref.meetingId)) throw new Error(`Invalid meeting id: ${ref.meetingId}`);
      return `team/${ref.teamId}/meeting/${ref.meetingId}${ref.kind === 'meeting' ? '' : '/control'}`;
    case 'comments': {
      if (ref.target === 'purpose') {
        if (ref.targetId !== null) throw new Error('The purpose comments take no target id');
        return `team/${ref.teamId}/purpose/comments`;
      }
      if (!commentTargets.includes(ref.target)) throw new Error(`Invalid target: ${ref.target}`);
      if (ref.targetId === null || !isUuid(ref.targetId)) {
        throw new Error(`Invalid ${ref.target} id: ${ref.targetId}`);
      }
      return `team/${ref.teamId}/${ref.target}/${ref.targetId}/comments`;
    }
  }
}

/** Parses a document name; returns null for anything malformed or unknown. */
export function parseDocumentName(name: string): DocumentRef | null {
  const known = parsedNames.get(name);
  if (known !== undefined) return known;
  const ref = parseUncached(name);
  // Only valid names are kept, so a stream of made-up names cannot fill the cache.
  if (ref) {
    if (parsedNames.size >= PARSED_NAMES_KEPT) parsedNames.clear();
    parsedNames.set(name, Object.freeze(ref));
  }
  return ref;
}

/**
 * The server parses a document's name for every update it logs, projects and versions, so
 * parsed names are kept (frozen, shared by every caller) up to a bound, then forgotten at once.
 */
const PARSED_NAMES_KEPT = 4096;
const parsedNames = new Map<string, DocumentRef>();

function parseUncached(name: string): DocumentRef | null {
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_DOCUMENT_NAME_LENGTH) {
    return null;
  }
  const parts = name.split('/');
  const [root, teamId, kind, ...rest] = parts;
  if (root !== 'team' || teamId === undefined || !isUuid(teamId)) return null;
  if (kind === 'purpose') {
    if (rest.length === 0) return { kind: 'purpose', teamId };
    if (rest.length === 1 && rest[0] === 'comments') {
      return { kind: 'comments', teamId, target: 'purpose', targetId: null };
    }
    return null;
  }
  if (kind === 'decision' || kind === 'meeting') {
    const [id, part, ...extra] = rest;
    if (id === undefined || !isUuid(id) || extra.length > 0) return null;
    if (kind === 'decision') {
      if (part === undefined) return { kind: 'decision', teamId, decisionId: id };
      if (part === 'status') return { kind: 'decision-status', teamId, decisionId: id };
      if (part === 'comments') return { kind: 'comments', teamId, target: kind, targetId: id };
      return null;
    }
    if (part === undefined) return { kind: 'meeting', teamId, meetingId: id };
    if (part === 'control') return { kind: 'meeting-control', teamId, meetingId: id };
    if (part === 'comments') return { kind: 'comments', teamId, target: kind, targetId: id };
    return null;
  }
  if (kind === 'run' && rest.length === 2) {
    const [runId, part] = rest;
    if (runId === undefined || !isUuid(runId)) return null;
    if (part === 'board') return { kind: 'run-board', teamId, runId };
    if (part === 'control') return { kind: 'run-control', teamId, runId };
  }
  return null;
}
