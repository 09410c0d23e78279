import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { TeamRole } from '../shared/access/roles';
import type { AuditAction } from '../shared/api/teams';

/** Timestamps come back as Date, go in as Date or an ISO string, and default to now(). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Binary columns: pg answers Buffer and PGlite Uint8Array; both are Uint8Array. */
type Bytes = ColumnType<Uint8Array, Uint8Array, Uint8Array>;

export interface UsersTable {
  id: string;
  /** Lower-cased at the edge; unique. */
  email: string;
  name: string;
  /** `scrypt$N$r$p$salt$hash`, see server/auth/passwords.ts. */
  passwordHash: string;
  /** When the owner proved they read this address (a link sent to it); null until then. */
  emailVerifiedAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  createdAt: Timestamp;
}
export type UserRow = Selectable<UsersTable>;

export interface SessionsTable {
  /** SHA-256 of the opaque token; the token itself is never stored. */
  tokenHash: string;
  userId: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
}
export type SessionRow = Selectable<SessionsTable>;

export interface TeamsTable {
  id: string;
  name: string;
  /** IANA time zone; meeting and due dates are meant in it. */
  timeZone: Generated<string>;
  createdAt: Timestamp;
}
export type TeamRow = Selectable<TeamsTable>;

export interface MembershipsTable {
  teamId: string;
  userId: string;
  role: TeamRole;
  createdAt: Timestamp;
}
export type MembershipRow = Selectable<MembershipsTable>;

export interface InvitesTable {
  id: Generated<string>;
  /** SHA-256 of the invite code. */
  codeHash: string;
  teamId: string;
  role: Exclude<TeamRole, 'principal'>;
  /** Set for an invite only this (lower-cased) email may accept. */
  email: string | null;
  /** Works once; email invites always do. */
  singleUse: Generated<boolean>;
  createdBy: string | null;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  usedAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  revokedAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
}
export type InviteRow = Selectable<InvitesTable>;

export interface DocumentsTable {
  name: string;
  teamId: string;
  /** The compacted Yjs state (an update encoding the whole document). */
  state: Bytes;
  updatedAt: Timestamp;
}

export interface DocumentUpdatesTable {
  id: Generated<string>;
  documentName: string;
  teamId: string;
  /** One incremental Yjs update (or several merged), never a whole state. */
  update: Bytes;
  createdAt: Timestamp;
}
export type NewDocumentUpdate = Insertable<DocumentUpdatesTable>;

/** What a one-time code sent by email lets its holder do. */
export type AccountCodePurpose = 'password-reset' | 'verify-email';

export interface AccountCodesTable {
  /** SHA-256 of the one-time code; the code itself is only in the email. */
  codeHash: string;
  userId: string;
  purpose: AccountCodePurpose;
  /** The address the code was sent to (a verification is for that address only). */
  email: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
}

export interface AuditEventsTable {
  id: Generated<string>;
  teamId: string;
  /** Who did it; null once that account is deleted. */
  actorId: string | null;
  action: AuditAction;
  /** Whom it was done to, when a person. */
  subjectId: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  createdAt: Timestamp;
}
export type AuditEventRow = Selectable<AuditEventsTable>;

export interface ProtocolTemplatesTable {
  id: string;
  teamId: string;
  /** A `Protocol` (shared/protocol-runs/protocolSchema.ts), validated on the way in and out. */
  protocol: ColumnType<unknown, string, string>;
  createdBy: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface RunsTable {
  id: string;
  teamId: string;
  meetingId: string | null;
  title: string;
  protocolName: string;
  /** Mirrors the control document's timer status, for lists. */
  status: Generated<'ready' | 'running' | 'paused' | 'ended'>;
  facilitatorId: string | null;
  createdAt: Timestamp;
}

export interface RunCardsTable {
  id: string;
  runId: string;
  teamId: string;
  stepId: string;
  columnName: string;
  text: string;
  /** Known to the server only: never sent to anyone else for an anonymous card. */
  authorId: string | null;
  anonymous: boolean;
  /** False while a privately collected step's cards wait to be revealed. */
  revealed: boolean;
  groupId: string | null;
  createdAt: Timestamp;
}
export type RunCardRow = Selectable<RunCardsTable>;

export interface RunGroupsTable {
  id: string;
  runId: string;
  teamId: string;
  stepId: string;
  title: string;
}

export interface RunVotesTable {
  cardId: string;
  userId: string;
  runId: string;
  teamId: string;
  stepId: string;
}

export interface RunNormRatingsTable {
  runId: string;
  teamId: string;
  normId: string;
  userId: string;
  rating: number;
}

export interface ArtifactsTable {
  id: string;
  teamId: string;
  runId: string | null;
  name: string;
  mimeType: string;
  size: number;
  data: Bytes;
  uploadedBy: string | null;
  createdAt: Timestamp;
}

export interface DecisionsTable {
  id: string;
  teamId: string;
  meetingId: string | null;
  runId: string | null;
  /** Kept in step with the decision document's title. */
  title: string;
  status: Generated<string>;
  createdBy: string | null;
  createdAt: Timestamp;
  // The rest is projected from the decision's documents (server/projections).
  model: string | null;
  owner: Generated<string>;
  decisionText: Generated<string>;
  rationale: Generated<string>;
  evidence: Json;
  focusAffects: string | null;
  focusStudentIds: Json;
  focusHow: Generated<string>;
  supersededBy: string | null;
  tally: JsonOrNull;
  voters: Json;
  decidedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  decidedBy: string | null;
  updatedAt: Timestamp;
}

/** jsonb: parsed on the way out, JSON text on the way in (pg would turn arrays into arrays). */
type Json = ColumnType<unknown, string | undefined, string>;
type JsonOrNull = ColumnType<unknown, string | null | undefined, string | null>;

export interface MeetingsTable {
  id: string;
  teamId: string;
  title: string;
  meetingDate: string;
  attendeeIds: Json;
  createdBy: string | null;
  createdAt: Timestamp;
  closedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  closedBy: string | null;
}

export interface FollowUpsTable {
  decisionId: string;
  id: string;
  teamId: string;
  position: number;
  task: string;
  owner: string;
  dueDate: string | null;
  status: string;
}

export interface DecisionChangesTable {
  id: Generated<string>;
  decisionId: string;
  teamId: string;
  field: string;
  before: JsonOrNull;
  after: JsonOrNull;
  changedBy: string | null;
  changedAt: Timestamp;
}

export interface DecisionVotesTable {
  decisionId: string;
  round: number;
  userId: string;
  value: string;
  castAt: Timestamp;
  firstCastAt: Timestamp;
}

export interface DocumentVersionsTable {
  id: string;
  teamId: string;
  documentName: string;
  name: string | null;
  /** `named`, `meeting-close`, `auto` or `restore`. */
  reason: string;
  state: Bytes;
  /** Who edited the document since the previous version (user ids). */
  editorIds: Json;
  /** The document's comment threads when the version was kept, if it has any. */
  commentsState: ColumnType<Uint8Array | null, Uint8Array | null | undefined, Uint8Array | null>;
  createdBy: string | null;
  createdAt: Timestamp;
}

export interface WorkPlansTable {
  id: string;
  teamId: string;
  /** The calendar year the school year starts in (2026 for 2026–27). */
  schoolYear: number;
  copiedFrom: string | null;
  createdBy: string | null;
  createdAt: Timestamp;
  archivedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** What every projected plan item row has. */
interface PlanItemColumns {
  planId: string;
  id: string;
  teamId: string;
  position: number;
  copied: boolean;
}

export interface PlanGoalsTable extends PlanItemColumns {
  indicator: string;
  students: string;
  measure: string;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  groupSize: ColumnType<number | null, number | null | undefined, number | null>;
  why: string;
  evidence: Json;
}

export interface PlanStrategiesTable extends PlanItemColumns {
  goalId: string;
  practiceIf: string;
  practiceThen: string;
  rootCause: string;
  learning: string;
  learningFor: string;
  learningWhen: string;
}

export interface PlanActionsTable extends PlanItemColumns {
  strategyId: string;
  task: string;
  ownerId: string;
  dueDate: string;
  status: string;
  completionEvidence: string;
}

export interface PlanCheckpointsTable extends PlanItemColumns {
  goalId: string;
  kind: string;
  checkpointDate: string;
  description: string;
  value: number | null;
  met: string | null;
}

export interface ImprovementCyclesTable {
  id: string;
  teamId: string;
  planId: string;
  goalId: string;
  /** The cycle's number under its goal (1, 2, …). */
  number: number;
  previousCycleId: string | null;
  createdBy: string | null;
  createdAt: Timestamp;
  keyQuestion: ColumnType<string | null, string | null | undefined, string | null>;
  problemOfPractice: ColumnType<string, string | undefined, string>;
  studentsOfFocus: ColumnType<string, string | undefined, string>;
  strategyId: ColumnType<string | null, string | null | undefined, string | null>;
  changeIdea: ColumnType<string, string | undefined, string>;
  startDate: ColumnType<string | null, string | null | undefined, string | null>;
  endDate: ColumnType<string | null, string | null | undefined, string | null>;
  predictionLockedAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  outcome: ColumnType<string | null, string | null | undefined, string | null>;
  decisionId: ColumnType<string | null, string | null | undefined, string | null>;
  closedAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Set when the cycle closes or its plan's year ends: its documents are read-only. */
  archivedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** What every projected cycle item row has. */
interface CycleItemColumns {
  cycleId: string;
  id: string;
  teamId: string;
  position: number;
}

export interface CycleMeasuresTable extends CycleItemColumns {
  name: string;
  kind: string;
  unit: string;
  baselineValue: number | null;
  targetValue: number | null;
  groupSize: number | null;
}

export interface CycleDataPointsTable extends CycleItemColumns {
  measureId: string;
  pointDate: string;
  value: number;
  note: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  teams: TeamsTable;
  memberships: MembershipsTable;
  invites: InvitesTable;
  documents: DocumentsTable;
  documentUpdates: DocumentUpdatesTable;
  accountCodes: AccountCodesTable;
  auditEvents: AuditEventsTable;
  protocolTemplates: ProtocolTemplatesTable;
  runs: RunsTable;
  runCards: RunCardsTable;
  runGroups: RunGroupsTable;
  runVotes: RunVotesTable;
  runNormRatings: RunNormRatingsTable;
  artifacts: ArtifactsTable;
  decisions: DecisionsTable;
  meetings: MeetingsTable;
  followUps: FollowUpsTable;
  decisionChanges: DecisionChangesTable;
  decisionVotes: DecisionVotesTable;
  documentVersions: DocumentVersionsTable;
  workPlans: WorkPlansTable;
  planGoals: PlanGoalsTable;
  planStrategies: PlanStrategiesTable;
  planActions: PlanActionsTable;
  planCheckpoints: PlanCheckpointsTable;
  improvementCycles: ImprovementCyclesTable;
  cycleMeasures: CycleMeasuresTable;
  cycleDataPoints: CycleDataPointsTable;
}
