/**
 * Collaborative document names. Every Yjs document is named `team/<teamId>/<kind…>` so that
 * the server can tell, from the name alone, what the document is and which team owns it. Ids
 * are lowercase UUIDs. Each kind declares its own pattern (`kinds/`); this module builds and
 * parses names through the registry, for client and server alike.
 */
import { takesComments } from './documentKind';
import { commentedRef, type CommentsRef } from './kinds/comments';
import {
  type DocumentKind,
  type DocumentRef,
  documentKindRegistry,
  kindSpec,
  nameContext,
} from './registry';

export { isUuid } from './documentKind';
export type { DocumentKind, DocumentRef } from './registry';
export type { CommentsRef } from './kinds/comments';

/** The kinds of collaborative document that exist, in the registry's order. */
export const documentKinds: readonly DocumentKind[] = documentKindRegistry.map((spec) => spec.kind);

/** Longest name we accept; anything longer is refused before parsing. */
export const MAX_DOCUMENT_NAME_LENGTH = 200;

/** Builds the name of a document; throws on an id that is not a lowercase UUID. */
export function buildDocumentName(ref: DocumentRef): string {
  return nameContext.build(ref);
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

/** `team/<teamId>/plan/<planId>`: a work plan's goals, strategies and checkpoints. */
export function workPlanDocumentName(teamId: string, planId: string): string {
  return buildDocumentName({ kind: 'work-plan', teamId, planId });
}

/** `team/<teamId>/plan/<planId>/actions`: a work plan's action steps (server-written). */
export function planActionsDocumentName(teamId: string, planId: string): string {
  return buildDocumentName({ kind: 'plan-actions', teamId, planId });
}

/** `team/<teamId>/cycle/<cycleId>`: an improvement cycle's framing and measures. */
export function cycleDocumentName(teamId: string, cycleId: string): string {
  return buildDocumentName({ kind: 'cycle', teamId, cycleId });
}

/** `team/<teamId>/cycle/<cycleId>/record`: a cycle's prediction, data and close (server-written). */
export function cycleRecordDocumentName(teamId: string, cycleId: string): string {
  return buildDocumentName({ kind: 'cycle-record', teamId, cycleId });
}

/** Whether people can comment on a document of this parsed name. */
export function isCommentable(ref: DocumentRef): boolean {
  return takesComments(kindSpec(ref.kind));
}

/** The comments document's ref for a commentable document (throws for any other). */
export function commentsRefOf(target: DocumentRef): CommentsRef {
  const spec = kindSpec(target.kind);
  const { owner } = spec;
  if (!takesComments(spec)) throw new Error(`A ${target.kind} takes no comments`);
  const targetId = owner ? (target as unknown as Record<string, unknown>)[owner.idField] : null;
  return {
    kind: 'comments',
    teamId: target.teamId,
    target: target.kind,
    targetId: typeof targetId === 'string' ? targetId : null,
  };
}

/** The comment threads on a commentable document (purpose, meeting, decision, plan, cycle). */
export function commentsDocumentName(target: DocumentRef): string {
  return buildDocumentName(commentsRefOf(target));
}

/** The document a comments document comments on. */
export function commentTargetRef(ref: CommentsRef): DocumentRef {
  return commentedRef(ref, nameContext) as DocumentRef;
}

/** The name of the document a comments document comments on. */
export function commentTargetDocumentName(ref: CommentsRef): string {
  return buildDocumentName(commentTargetRef(ref));
}

/** Parses a document name; returns null for anything malformed or unknown. */
export function parseDocumentName(name: string): DocumentRef | null {
  const known = parsedNames.get(name);
  if (known !== undefined) return known;
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_DOCUMENT_NAME_LENGTH) {
    return null;
  }
  const ref = nameContext.parse(name) as DocumentRef | null;
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
