import type * as Y from 'yjs';
import type { OrderedList } from '../collab/orderedList';
import { measures, readCycleFields } from './cycleDoc';
import { checkpoints, goals, strategies } from './planDoc';

/**
 * The plain fields of a work plan and of a cycle that take comment threads, by path: a list
 * item's field is `<list>/<itemId>/<field>` (`goals/<goalId>/why`), a field of the cycle's own
 * map `cycle/<field>`. The server starts a thread only on a path these readers find; the client
 * builds the same paths to list a field's threads.
 */

/** The commentable text fields of each list item of a work plan. */
export const planCommentFields = {
  goals: ['indicator', 'students', 'measure', 'why'],
  strategies: ['practiceIf', 'practiceThen', 'rootCause', 'learning'],
  checkpoints: ['description'],
} as const;

/** The commentable text fields of a cycle's own map. */
export const cycleCommentFields = [
  'learnerProblem',
  'problemOfPractice',
  'studentsOfFocus',
  'changeIdea',
  'studyNotes',
] as const;

/** The commentable text fields of a cycle's measures. */
export const measureCommentFields = ['name'] as const;

type PlanList = keyof typeof planCommentFields;
export type CycleCommentField = (typeof cycleCommentFields)[number];

/** The path of a commentable field of a plan's goal, strategy or checkpoint. */
export function planCommentPath<L extends PlanList>(
  list: L,
  itemId: string,
  field: (typeof planCommentFields)[L][number],
): string {
  return `${list}/${itemId}/${field}`;
}

/** The path of a commentable field of a cycle (its framing or study notes). */
export function cycleCommentPath(field: CycleCommentField): string {
  return `cycle/${field}`;
}

/** The path of a commentable field of a cycle's measure. */
export function measureCommentPath(
  measureId: string,
  field: (typeof measureCommentFields)[number],
): string {
  return `measures/${measureId}/${field}`;
}

/** The text of a list item's field, or null when the item or the field is not there. */
function readItemText<T extends { id: string }>(
  doc: Y.Doc,
  list: OrderedList<T>,
  fields: readonly string[],
  itemId: string,
  field: string,
): string | null {
  if (!fields.includes(field)) return null;
  const item = list.read(doc).find((candidate) => candidate.id === itemId);
  const value = item ? (item as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' ? value : null;
}

const planLists = { goals, strategies, checkpoints } as const;

/** A work plan's commentable field's text by path, or null when the path names none. */
export function readPlanCommentField(doc: Y.Doc, path: string): string | null {
  const [list, itemId, field, ...rest] = path.split('/');
  if (!list || !itemId || !field || rest.length > 0 || !Object.hasOwn(planLists, list)) {
    return null;
  }
  const key = list as PlanList;
  const ordered = planLists[key] as OrderedList<{ id: string }>;
  return readItemText(doc, ordered, planCommentFields[key], itemId, field);
}

/** A cycle's commentable field's text by path, or null when the path names none. */
export function readCycleCommentField(doc: Y.Doc, path: string): string | null {
  const [root, first, second, ...rest] = path.split('/');
  if (rest.length > 0 || !first) return null;
  if (root === 'cycle' && second === undefined) {
    if (!(cycleCommentFields as readonly string[]).includes(first)) return null;
    // A cycle the server has not yet filled in still has every field, empty.
    return readCycleFields(doc)?.[first as CycleCommentField] ?? '';
  }
  if (root === 'measures' && second !== undefined) {
    return readItemText(doc, measures, measureCommentFields, first, second);
  }
  return null;
}
