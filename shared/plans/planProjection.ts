import type * as Y from 'yjs';
import {
  actions,
  type Checkpoint,
  type Goal,
  isCopied,
  type PlanAction,
  readPlanContent,
  readPlanFields,
  type Strategy,
} from './planDoc';

/**
 * Pure mappings from a work plan's documents to the rows review screens query (plan_goals,
 * plan_strategies, plan_checkpoints, plan_actions); the server's projector writes them.
 */

type Row<T> = Omit<T, 'copiedFingerprint'> & { position: number; copied: boolean };

export type GoalRow = Row<Goal>;
export type StrategyRow = Row<Strategy>;
export type CheckpointRow = Row<Checkpoint>;
export type ActionRow = Row<PlanAction>;

function rows<T extends { copiedFingerprint: string | null }>(
  items: T[],
  copied: (item: T) => boolean,
): Row<T>[] {
  return items.map((item, position) => {
    const { copiedFingerprint: _fingerprint, ...fields } = item;
    return { ...fields, position, copied: copied(item) };
  });
}

/** The co-written plan's rows; null while the document holds no fields yet. */
export function projectPlanDoc(
  doc: Y.Doc,
): { goals: GoalRow[]; strategies: StrategyRow[]; checkpoints: CheckpointRow[] } | null {
  if (!readPlanFields(doc)) return null;
  const content = readPlanContent(doc);
  return {
    goals: rows(content.goals, (item) => isCopied('goal', item)),
    strategies: rows(content.strategies, (item) => isCopied('strategy', item)),
    checkpoints: rows(content.checkpoints, (item) => isCopied('checkpoint', item)),
  };
}

/** The action steps' rows (only valid actions: each has an owner and a due date). */
export function projectPlanActionsDoc(doc: Y.Doc): ActionRow[] {
  return rows(actions.read(doc), (item) => isCopied('action', item));
}
