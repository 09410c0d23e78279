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
});
export type ProtocolStep = z.infer<typeof protocolStepSchema>;

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
    ),
});
export type Protocol = z.infer<typeof protocolSchema>;

/** Planned minutes of a whole protocol. */
export function plannedMinutes(protocol: Pick<Protocol, 'steps'>): number {
  return protocol.steps.reduce((sum, step) => sum + step.minutes, 0);
}
