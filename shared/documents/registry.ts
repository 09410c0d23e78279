import { type AnyRef, type DocumentKindSpec, isUuid, type NameContext } from './documentKind';
import { commentsKind } from './kinds/comments';
import { cycleKind } from './kinds/cycle';
import { cycleRecordKind } from './kinds/cycleRecord';
import { decisionKind } from './kinds/decision';
import { decisionStatusKind } from './kinds/decisionStatus';
import { meetingKind } from './kinds/meeting';
import { meetingControlKind } from './kinds/meetingControl';
import { planActionsKind } from './kinds/planActions';
import { purposeKind } from './kinds/purpose';
import { runBoardKind } from './kinds/runBoard';
import { runControlKind } from './kinds/runControl';
import { workPlanKind } from './kinds/workPlan';

/**
 * Every kind of collaborative document. A new kind is one file in `kinds/` and one line here;
 * `registry.test.ts` fails when a kind lacks a part or two kinds claim the same names.
 */
export const documentKindRegistry = [
  purposeKind,
  runBoardKind,
  runControlKind,
  decisionKind,
  decisionStatusKind,
  meetingKind,
  meetingControlKind,
  workPlanKind,
  planActionsKind,
  cycleKind,
  cycleRecordKind,
  commentsKind,
] as const;

type Registered = (typeof documentKindRegistry)[number];

/** The kinds of collaborative document that exist. */
export type DocumentKind = Registered['kind'];

type RefOf<Spec> = Spec extends DocumentKindSpec<string, infer Ref> ? Ref : never;

/** A parsed, valid document name: what the document is and which team owns it. */
export type DocumentRef = RefOf<Registered>;

/** A kind's declaration as code that handles every kind sees it. */
export type AnyKindSpec = DocumentKindSpec<DocumentKind, DocumentRef>;

const byKind = new Map<string, AnyKindSpec>(
  documentKindRegistry.map((spec) => [spec.kind, spec as unknown as AnyKindSpec]),
);

/** The declaration of a kind; throws for a kind that is not registered. */
export function kindSpec(kind: DocumentKind): AnyKindSpec {
  const spec = byKind.get(kind);
  if (!spec) throw new Error(`Unknown document kind: ${kind}`);
  return spec;
}

/** Whether a string names a registered kind. */
export function isDocumentKind(kind: string): kind is DocumentKind {
  return byKind.has(kind);
}

/** What a name pattern may ask of the registry (see `NameContext`). */
export const nameContext: NameContext = {
  build: (ref) => buildName(ref),
  parse: (name) => parseName(name),
  spec: (kind) => byKind.get(kind),
};

function buildName(ref: AnyRef): string {
  const spec = byKind.get(ref.kind);
  if (!spec) throw new Error(`Unknown document kind: ${ref.kind}`);
  if (!isUuid(ref.teamId)) throw new Error(`Invalid team id: ${ref.teamId}`);
  return ['team', ref.teamId, ...spec.name.build(ref as DocumentRef, nameContext)].join('/');
}

function parseName(name: string): AnyRef | null {
  const [root, teamId, ...segments] = name.split('/');
  if (root !== 'team' || teamId === undefined || !isUuid(teamId) || segments.length === 0) {
    return null;
  }
  for (const spec of documentKindRegistry) {
    const parsed = (spec as unknown as AnyKindSpec).name.parse(segments, teamId, nameContext);
    if (parsed) return { ...parsed, kind: spec.kind } as AnyRef;
  }
  return null;
}
