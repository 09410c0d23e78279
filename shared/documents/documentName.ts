/**
 * Collaborative document names. Every Yjs document is named
 * `team/<teamId>/<kind…>` so that the server can tell, from the name alone, what the
 * document is and which team owns it. Ids are lowercase UUIDs. This module is the only
 * place that builds or parses names; client and server both use it.
 */

/** The kinds of collaborative document that exist. */
export const documentKinds = ['purpose', 'run-board', 'run-control', 'decision'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** A parsed, valid document name: what the document is and which team owns it. */
export type DocumentRef =
  | { kind: 'purpose'; teamId: string }
  /** A protocol run's board (cards, groups, votes) or its facilitator's control state. */
  | { kind: 'run-board' | 'run-control'; teamId: string; runId: string }
  /** A decision draft, co-edited live. */
  | { kind: 'decision'; teamId: string; decisionId: string };

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
      if (!isUuid(ref.decisionId)) throw new Error(`Invalid decision id: ${ref.decisionId}`);
      return `team/${ref.teamId}/decision/${ref.decisionId}`;
  }
}

/** Parses a document name; returns null for anything malformed or unknown. */
export function parseDocumentName(name: string): DocumentRef | null {
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_DOCUMENT_NAME_LENGTH) {
    return null;
  }
  const parts = name.split('/');
  const [root, teamId, kind, ...rest] = parts;
  if (root !== 'team' || teamId === undefined || !isUuid(teamId)) return null;
  if (kind === 'purpose' && rest.length === 0) return { kind: 'purpose', teamId };
  if (kind === 'decision' && rest.length === 1) {
    const [decisionId] = rest;
    return decisionId !== undefined && isUuid(decisionId)
      ? { kind: 'decision', teamId, decisionId }
      : null;
  }
  if (kind === 'run' && rest.length === 2) {
    const [runId, part] = rest;
    if (runId === undefined || !isUuid(runId)) return null;
    if (part === 'board') return { kind: 'run-board', teamId, runId };
    if (part === 'control') return { kind: 'run-control', teamId, runId };
  }
  return null;
}
