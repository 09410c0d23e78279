import type * as Y from 'yjs';
import {
  type CycleFields,
  type CycleMeasure,
  type DataPoint,
  dataPoints,
  measures,
  readCycleFields,
  readPrediction,
} from './cycleDoc';

/**
 * Pure mappings from a cycle's documents to the rows the review screens and the target
 * tracker query (improvement_cycles' framing columns, cycle_measures, cycle_data_points);
 * the server's projector writes them.
 */

export type CycleColumns = Pick<
  CycleFields,
  | 'keyQuestion'
  | 'problemOfPractice'
  | 'studentsOfFocus'
  | 'strategyId'
  | 'changeIdea'
  | 'startDate'
  | 'endDate'
>;
export type MeasureRow = CycleMeasure & { position: number };
export type DataPointRow = DataPoint & { position: number };

/** The co-written cycle's rows; null while the document holds no fields yet. */
export function projectCycleDoc(
  doc: Y.Doc,
): { columns: CycleColumns; measures: MeasureRow[] } | null {
  const fields = readCycleFields(doc);
  if (!fields) return null;
  return {
    columns: {
      keyQuestion: fields.keyQuestion,
      problemOfPractice: fields.problemOfPractice,
      studentsOfFocus: fields.studentsOfFocus,
      strategyId: fields.strategyId,
      changeIdea: fields.changeIdea,
      startDate: fields.startDate,
      endDate: fields.endDate,
    },
    measures: measures.read(doc).map((measure, position) => ({ ...measure, position })),
  };
}

/** The record's rows: when the prediction was locked, and every data point. */
export function projectCycleRecordDoc(doc: Y.Doc): {
  predictionLockedAt: Date | null;
  dataPoints: DataPointRow[];
} {
  const { lockedAt } = readPrediction(doc);
  return {
    predictionLockedAt: lockedAt === null ? null : new Date(lockedAt),
    dataPoints: dataPoints.read(doc).map((point, position) => ({ ...point, position })),
  };
}
