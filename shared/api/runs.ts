import { z } from 'zod';
import { protocolSchema, type Protocol } from '../protocol-runs/protocolSchema';
import type { RunDecision } from '../protocol-runs/runDecisions';

/** A protocol the team can run: one of the library's or the team's own copy. */
export interface ProtocolListItem extends Protocol {
  /** A library slug (e.g. `tuning`) or the uuid of the team's copy. */
  id: string;
  origin: 'library' | 'team';
}

/** `GET /api/teams/:teamId/protocols` answer. */
export interface ProtocolList {
  protocols: ProtocolListItem[];
}

/** `POST /api/teams/:teamId/protocols` (new copy) and `PUT …/protocols/:protocolId` body. */
export const saveProtocolInput = z.strictObject({ protocol: protocolSchema });

/** `POST /api/teams/:teamId/runs` body (facilitator or principal, who becomes its facilitator). */
export const createRunInput = z.strictObject({
  protocolId: z.string().min(1).max(64),
  title: z.string().trim().min(1, 'Name the run').max(160),
  /** Who presents the student work (a name or role; may be empty). */
  presenter: z.string().trim().max(120).default(''),
  meetingId: z.uuid().optional(),
  /** The improvement cycle whose data the run studies (a cycle study). */
  cycleId: z.uuid().optional(),
  votesPerPerson: z.number().int().min(1).max(10).default(3),
});

/** A run in the team's list. */
export interface RunListItem {
  id: string;
  title: string;
  protocolName: string;
  status: 'ready' | 'running' | 'paused' | 'ended';
  createdAt: string;
}

/** `GET /api/teams/:teamId/runs` answer, newest first. */
export interface RunList {
  runs: RunListItem[];
}

/** `POST /api/teams/:teamId/runs/:runId/control` body: the facilitator's commands. */
export const runCommandInput = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start') }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('add-time'), minutes: z.number().int().min(-30).max(30) }),
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('previous') }),
  z.strictObject({ type: z.literal('end') }),
  /** Brings every device to the current step. */
  z.strictObject({ type: z.literal('follow-me') }),
  /** Shows every card of a privately collected step. */
  z.strictObject({ type: z.literal('reveal'), stepId: z.string().min(1).max(64) }),
]);
export type RunCommand = z.infer<typeof runCommandInput>;

/** `POST /api/teams/:teamId/runs/:runId/cards` body: a card on the current step. */
export const addCardInput = z.strictObject({
  stepId: z.string().min(1).max(64),
  column: z.string().min(1).max(60),
  text: z
    .string()
    .trim()
    .min(1, 'Write something on the card')
    .max(500, 'Keep cards under 500 characters'),
  anonymous: z.boolean().default(false),
});

/** A card as its author sees it (their own cards, including those not yet revealed). */
export interface OwnCard {
  id: string;
  stepId: string;
  column: string;
  text: string;
  anonymous: boolean;
  revealed: boolean;
}

/** `GET /api/teams/:teamId/runs/:runId/mine` answer: your own cards, votes and ratings. */
export interface MyRunState {
  cards: OwnCard[];
  /** Ids of the cards you voted for. */
  votes: string[];
  /** Your rating (1 to 5) of each norm. */
  ratings: Record<string, number>;
}

/** `POST /api/teams/:teamId/runs/:runId/votes` body: one dot on a card (toggle off with DELETE). */
export const voteInput = z.strictObject({ cardId: z.uuid() });

/** `POST /api/teams/:teamId/runs/:runId/groups` body: group cards of one step under a title. */
export const groupCardsInput = z.strictObject({
  stepId: z.string().min(1).max(64),
  title: z.string().trim().min(1, 'Name the group').max(120),
  cardIds: z.array(z.uuid()).min(1).max(100),
});

/** `PATCH /api/teams/:teamId/runs/:runId/groups/:groupId` body: a group's new name. */
export const renameGroupInput = groupCardsInput.pick({ title: true });

/**
 * `POST /api/teams/:teamId/runs/:runId/groups/:groupId/cards` body: cards of the group's step
 * that join it (leaving any other group; a group left empty goes).
 */
export const moveCardsInput = groupCardsInput.pick({ cardIds: true });

/** `POST /api/teams/:teamId/runs/:runId/norm-ratings` body. */
export const rateNormInput = z.strictObject({
  normId: z.string().min(1).max(64),
  rating: z.number().int().min(1).max(5),
});

/** Student work accepted for upload, recognised by content, not by file name. */
export const artifactTypes = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'application/pdf',
] as const;

/** Largest student-work upload. */
export const MAX_ARTIFACT_BYTES = 10 * 1024 * 1024;

/**
 * `POST /api/teams/:teamId/runs/:runId/cards/:cardId/promote` body: a next step becomes a new
 * decision draft, or a follow-up action of an existing decision.
 */
export const promoteCardInput = z.discriminatedUnion('as', [
  z.strictObject({ as: z.literal('decision') }),
  z.strictObject({ as: z.literal('follow-up'), decisionId: z.uuid('Choose a decision') }),
  z.strictObject({ as: z.literal('evidence'), decisionId: z.uuid('Choose a decision') }),
]);

/** `GET /api/teams/:teamId/artifacts` answer: the team's student work, newest first. */
export interface ArtifactList {
  artifacts: {
    id: string;
    name: string;
    mimeType: string;
    runId: string | null;
    runTitle: string | null;
    createdAt: string;
  }[];
}
export type PromoteCardInput = z.infer<typeof promoteCardInput>;

/** `GET /api/teams/:teamId/runs/:runId/decisions` answer: the drafts that came out of the run. */
export interface RunDecisionList {
  decisions: RunDecision[];
}
