import { z } from 'zod';
import type * as Y from 'yjs';

/**
 * The Yjs layout of a run's board (`team/<id>/run/<runId>/board`): the cards everyone can
 * see, their groups, and the vote counts. Only the server writes it: participants add cards,
 * group and vote through the API, so that unrevealed cards, the authors of anonymous cards
 * and who voted for what never reach another participant's device.
 */
export const boardCardSchema = z.object({
  id: z.string(),
  stepId: z.string(),
  column: z.string(),
  text: z.string(),
  /** Null for an anonymous card: the author is known to nobody. */
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.number(),
  groupId: z.string().nullable().default(null),
  votes: z.number().int().min(0).default(0),
});
export type BoardCard = z.infer<typeof boardCardSchema>;

export const boardGroupSchema = z.object({
  id: z.string(),
  stepId: z.string(),
  title: z.string(),
});
export type BoardGroup = z.infer<typeof boardGroupSchema>;

/** Average self-rating of a norm in the debrief (1 to 5). */
export const normRatingSchema = z.object({ count: z.number().int(), total: z.number() });
export type NormRating = z.infer<typeof normRatingSchema>;

export interface Board {
  cards: BoardCard[];
  groups: BoardGroup[];
  normRatings: Record<string, NormRating>;
}

const CARDS = 'cards';
const GROUPS = 'groups';
const RATINGS = 'normRatings';

function readMap<T>(doc: Y.Doc, key: string, schema: z.ZodType<T>): T[] {
  const values: T[] = [];
  for (const value of doc.getMap(key).values()) {
    const parsed = schema.safeParse(value);
    if (parsed.success) values.push(parsed.data);
  }
  return values;
}

/** Reads the board: cards oldest first, groups by title. */
export function readBoard(doc: Y.Doc): Board {
  const normRatings: Record<string, NormRating> = {};
  for (const [id, value] of doc.getMap(RATINGS).entries()) {
    const parsed = normRatingSchema.safeParse(value);
    if (parsed.success) normRatings[id] = parsed.data;
  }
  return {
    cards: readMap(doc, CARDS, boardCardSchema).sort(
      (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
    ),
    groups: readMap(doc, GROUPS, boardGroupSchema).sort((a, b) => a.title.localeCompare(b.title)),
    normRatings,
  };
}

/** Server writes: put cards, groups and ratings (replacing by id), remove cards and groups. */
export function writeBoard(
  doc: Y.Doc,
  change: {
    cards?: BoardCard[];
    removeCardIds?: string[];
    groups?: BoardGroup[];
    removeGroupIds?: string[];
    normRatings?: Record<string, NormRating>;
  },
): void {
  doc.transact(() => {
    for (const card of change.cards ?? []) doc.getMap(CARDS).set(card.id, card);
    for (const id of change.removeCardIds ?? []) doc.getMap(CARDS).delete(id);
    for (const group of change.groups ?? []) doc.getMap(GROUPS).set(group.id, group);
    for (const id of change.removeGroupIds ?? []) doc.getMap(GROUPS).delete(id);
    for (const [id, rating] of Object.entries(change.normRatings ?? {})) {
      doc.getMap(RATINGS).set(id, rating);
    }
  });
}

/** Calls `onChange` with the board whenever it changes. */
export function observeBoard(doc: Y.Doc, onChange: (board: Board) => void): () => void {
  const handler = () => onChange(readBoard(doc));
  const maps = [CARDS, GROUPS, RATINGS].map((key) => doc.getMap(key));
  for (const map of maps) map.observe(handler);
  return () => {
    for (const map of maps) map.unobserve(handler);
  };
}
