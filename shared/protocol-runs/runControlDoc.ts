import { z } from 'zod';
import type * as Y from 'yjs';
import { protocolSchema } from './protocolSchema';
import { decisionFollowSchema, runDecisionSchema } from './runDecisions';
import { initialTimer, type StepVisit, type TimerState } from './timer';

/**
 * The Yjs layout of a run's control document (`team/<id>/run/<runId>/control`): everything
 * the facilitator decides (the protocol copy, the timer, which private steps are revealed,
 * "follow me") and the decisions drafted from the run's cards. Only the server writes it, on
 * the facilitator's commands and as decisions change; every device reads.
 * One root map, `run`, whose values are plain JSON replaced whole.
 */
const ROOT = 'run';

const timerSchema = z.object({
  status: z.enum(['ready', 'running', 'paused', 'ended']),
  stepIndex: z.number().int().min(0),
  stepStartedAt: z.number().nullable(),
  pausedAt: z.number().nullable(),
  pausedMs: z.number(),
  extraMs: z.number(),
  endedAt: z.number().nullable(),
});

const visitSchema = z.object({
  stepId: z.string(),
  startedAt: z.number(),
  endedAt: z.number(),
  elapsedMs: z.number(),
});

/** The run's student work: uploaded images and PDFs, served from `/api/…/artifacts/:id`. */
export const artifactSchema = z.object({
  id: z.string(),
  name: z.string(),
  mimeType: z.string(),
  size: z.number(),
});
export type RunArtifact = z.infer<typeof artifactSchema>;

export const runControlSchema = z.object({
  title: z.string(),
  protocol: protocolSchema,
  presenter: z.string(),
  facilitator: z.object({ id: z.string(), name: z.string() }),
  meetingId: z.string().nullable().default(null),
  timer: timerSchema.default(initialTimer),
  visits: z.array(visitSchema).default([]),
  /** Ids of private steps whose cards the facilitator has revealed. */
  revealedStepIds: z.array(z.string()).default([]),
  /** Increments each time the facilitator brings every device to the current step. */
  followSeq: z.number().int().default(0),
  /** Dot votes each person has per step. */
  votesPerPerson: z.number().int().min(1).max(10).default(3),
  /** The team's norms when the run was created: they open the run and are rated at the end. */
  norms: z.array(z.object({ id: z.string(), text: z.string() })).default([]),
  artifacts: z.array(artifactSchema).default([]),
  /**
   * The decision drafts made from this run's cards (see runDecisions.ts). Null in a run from
   * before the list was kept: the server writes it when first asked for the run's decisions.
   */
  decisions: z.array(runDecisionSchema).nullable().default(null).catch(null),
  /** The improvement cycle whose data the run studies, if it is a cycle study. */
  cycle: z
    .object({ cycleId: z.string(), planId: z.string(), title: z.string() })
    .nullable()
    .default(null)
    .catch(null),
  /** The latest "bring everyone to this decision"; null until the first. */
  decisionFollow: decisionFollowSchema.nullable().default(null).catch(null),
});
export type RunControl = z.infer<typeof runControlSchema>;

/** Reads the control state; null while the document is empty or unreadable. */
export function readRunControl(doc: Y.Doc): RunControl | null {
  const parsed = runControlSchema.safeParse(doc.getMap(ROOT).toJSON());
  return parsed.success ? parsed.data : null;
}

/** Writes fields of the control state in one transaction (server only). */
export function writeRunControl(doc: Y.Doc, fields: Partial<RunControl>): void {
  doc.transact(() => {
    const root = doc.getMap(ROOT);
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) root.set(key, value);
    }
  });
}

/** Calls `onChange` with the control state whenever it changes. */
export function observeRunControl(doc: Y.Doc, onChange: (control: RunControl | null) => void) {
  const root = doc.getMap(ROOT);
  const handler = () => onChange(readRunControl(doc));
  root.observe(handler);
  return () => root.unobserve(handler);
}

export type { StepVisit, TimerState };
export type { DecisionFollow, RunDecision } from './runDecisions';
