import { z } from 'zod';

/** Who may speak during a step. */
export const speakingRules = [
  'everyone',
  'round-robin',
  'silent',
  'presenter-only',
  'presenter-listens',
  'facilitator',
] as const;
export type SpeakingRule = (typeof speakingRules)[number];

/** How a step's board collects cards: live for all, or privately until the facilitator reveals. */
export const collectModes = ['open', 'private'] as const;
export type CollectMode = (typeof collectModes)[number];

/** An earlier step's column that a later step shows (its cards, e.g. to share or discuss them). */
export const shownColumnRefSchema = z.strictObject({
  stepId: z.string().min(1).max(64),
  column: z.string().trim().min(1).max(60),
});
export type ShownColumnRef = z.infer<typeof shownColumnRefSchema>;

/** How many earlier columns one step may show. */
export const MAX_SHOWN_COLUMNS = 12;

/** One step of a protocol. */
export const protocolStepSchema = z.strictObject({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1, 'Give the step a title').max(120),
  /** Planned length; a positive number of minutes. */
  minutes: z.number().positive('A step needs a positive duration').max(240),
  /** What the group does, in a sentence or two, shown large on the shared screen. */
  prompt: z.string().trim().min(1, 'Write the prompt for this step').max(2000),
  speaking: z.enum(speakingRules),
  /** The board columns this step collects cards in (none for a discussion-only step). */
  columns: z.array(z.string().trim().min(1).max(60)).max(6),
  collect: z.enum(collectModes),
  /**
   * Earlier steps' columns whose cards this step shows beside its own (a sharing or discussion
   * step). Absent in protocols saved before steps could show them, which read as none.
   */
  shows: z
    .array(shownColumnRefSchema)
    .max(MAX_SHOWN_COLUMNS, `A step can show at most ${MAX_SHOWN_COLUMNS} earlier columns`)
    .optional(),
});
export type ProtocolStep = z.infer<typeof protocolStepSchema>;

type StepForCheck = Pick<ProtocolStep, 'id' | 'title' | 'columns' | 'shows'>;

/** Why a step cannot show `ref`, or null when `ref` names a column of an earlier step. */
function shownColumnProblem(steps: readonly StepForCheck[], index: number, ref: ShownColumnRef) {
  const at = steps.findIndex((s) => s.id === ref.stepId);
  const source = steps[at];
  if (!source) return `The step whose “${ref.column}” cards this step shows no longer exists`;
  if (at === index) return 'A step shows earlier steps’ cards, not its own';
  if (at > index) {
    return `“${source.title}” comes after this step: a step shows only earlier steps’ cards`;
  }
  if (!source.columns.includes(ref.column)) {
    return `“${source.title}” has no column “${ref.column}” any more`;
  }
  return null;
}

/** Each step shows only columns that earlier steps really have, each once. */
function checkShownColumns(steps: readonly StepForCheck[], ctx: z.RefinementCtx) {
  steps.forEach((step, index) => {
    const seen = new Set<string>();
    (step.shows ?? []).forEach((ref, j) => {
      const key = JSON.stringify([ref.stepId, ref.column]);
      const problem = seen.has(key)
        ? `“${ref.column}” is shown twice`
        : shownColumnProblem(steps, index, ref);
      seen.add(key);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [index, 'shows', j] });
    });
  });
}

/** A protocol: the library's or a team's own copy. */
export const protocolSchema = z.strictObject({
  name: z.string().trim().min(1, 'Name the protocol').max(120),
  description: z.string().trim().max(2000),
  /** The roles the protocol names (facilitator, presenter, participants, scribe). */
  roles: z.array(z.string().trim().min(1).max(40)).max(8),
  steps: z
    .array(protocolStepSchema)
    .min(1, 'A protocol needs at least one step')
    .max(30)
    .refine(
      (steps) => new Set(steps.map((s) => s.id)).size === steps.length,
      'Step ids must differ',
    )
    .superRefine(checkShownColumns),
});
export type Protocol = z.infer<typeof protocolSchema>;

/** Planned minutes of a whole protocol. */
export function plannedMinutes(protocol: Pick<Protocol, 'steps'>): number {
  return protocol.steps.reduce((sum, step) => sum + step.minutes, 0);
}
