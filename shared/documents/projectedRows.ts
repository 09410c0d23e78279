import type {
  DecisionDocColumns,
  DecisionStatusColumns,
  FollowUpColumns,
} from '../decisions/decisionProjection';
import type { MeetingFieldColumns } from '../meetings/meetingProjection';
import type { CycleColumns, DataPointRow, MeasureRow } from '../plans/cycleProjection';
import type { ActionRow, CheckpointRow, GoalRow, StrategyRow } from '../plans/planProjection';

/**
 * The sets of relational rows documents are projected into, by name. A kind's `projection`
 * returns one of them; the server writes each with its own writer (server/projections/
 * rowWriters.ts), so a new set of rows is one entry here and one writer there.
 */
export interface ProjectedRowsMap {
  /** A decision's co-edited fields and its follow-ups. */
  'decision-fields': {
    decisionId: string;
    columns: DecisionDocColumns;
    followUps: FollowUpColumns[];
  };
  /** A decision's status, latest vote and decided record. */
  'decision-status': { decisionId: string; columns: DecisionStatusColumns };
  /** A meeting's title, date and who attended. */
  'meeting-fields': { meetingId: string; fields: MeetingFieldColumns };
  /** When and by whom a meeting was closed. */
  'meeting-closed': { meetingId: string; closed: { at: Date; by: string } | null };
  /** A work plan's goals, strategies and checkpoints. */
  'plan-content': {
    planId: string;
    teamId: string;
    goals: GoalRow[];
    strategies: StrategyRow[];
    checkpoints: CheckpointRow[];
  };
  /** A work plan's action steps. */
  'plan-actions': { planId: string; teamId: string; actions: ActionRow[] };
  /** An improvement cycle's framing and measures. */
  'cycle-fields': {
    cycleId: string;
    teamId: string;
    columns: CycleColumns;
    measures: MeasureRow[];
  };
  /** An improvement cycle's data points and when its prediction was locked. */
  'cycle-record': {
    cycleId: string;
    teamId: string;
    predictionLockedAt: Date | null;
    dataPoints: DataPointRow[];
  };
}

/** One projection's rows, tagged with the set they belong to. */
export type ProjectedRows = {
  [Rows in keyof ProjectedRowsMap]: { rows: Rows } & ProjectedRowsMap[Rows];
}[keyof ProjectedRowsMap];
