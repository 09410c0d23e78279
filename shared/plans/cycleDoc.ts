import { z } from 'zod';
import type * as Y from 'yjs';
import { defineOrderedList } from '../collab/orderedList';
import { calendarDate } from '../meetings/meetingDoc';
import { cycleOutcomes, keyQuestions, measureKinds } from './cycleRules';
import { optionalDate, optionalNumber, text } from './planDoc';

/**
 * The Yjs layout of an improvement cycle, in two documents:
 * - `team/<id>/cycle/<cycleId>`, co-written by the team's editors: the map `cycle` (its
 *   framing, change idea, dates and study notes) and the ordered list `measures`;
 * - `team/<id>/cycle/<cycleId>/record`, written by the server on commands it checks: the map
 *   `prediction` (locked, with the time, once the first data point is entered), the ordered
 *   list `dataPoints`, the ordered list `studies` (protocol runs on its data) and the map `close`
 *   (adopt, adapt or abandon, and the decision it wrote).
 * Which plan and goal a cycle is under, and its number, are the `improvement_cycles` row's:
 * the server writes them into `cycle` for reading, and never trusts them back from there.
 */
const CYCLE_FIELDS = 'cycle';
const PREDICTION = 'prediction';
const CLOSE = 'close';

export const cycleFieldsSchema = z.object({
  planId: z.string(),
  goalId: z.string(),
  number: z.number().int().min(1),
  previousCycleId: z.string().nullable().catch(null).default(null),
  createdAt: z.number(),
  keyQuestion: z.enum(keyQuestions).nullable().catch(null).default(null),
  /** The learner-centred problem: what students are not yet doing. */
  learnerProblem: text(1000),
  /** The problem of practice: what in our teaching contributes to it. */
  problemOfPractice: text(1000),
  /** Students of focus, as a group or by initials or pseudonym. */
  studentsOfFocus: text(300),
  /** The strategy of the plan the change idea carries out (its id in the plan). */
  strategyId: z.string().nullable().catch(null).default(null),
  changeIdea: text(500),
  /** How often data are collected ("every Friday"). */
  cadence: text(200),
  startDate: optionalDate,
  endDate: optionalDate,
  studyNotes: text(5000),
});
export type CycleFields = z.infer<typeof cycleFieldsSchema>;

/** The fields of `cycle` the team writes (the rest are the server's). */
export type CycleFramingField = Exclude<
  keyof CycleFields,
  'planId' | 'goalId' | 'number' | 'previousCycleId' | 'createdAt'
>;

/** A measure of the cycle: what is counted, of which kind, from where to where. */
export const measureSchema = z.object({
  id: z.string().min(1),
  name: text(200),
  kind: z.enum(measureKinds).catch('outcome').default('outcome'),
  unit: text(40),
  baselineValue: optionalNumber,
  targetValue: optionalNumber,
  /** How many students the measure is about: under 10, its figures are not shown in shared views. */
  groupSize: optionalNumber,
});
export type CycleMeasure = z.infer<typeof measureSchema>;

/** The prediction: what the team expects the change to do, locked once data arrive. */
export const predictionSchema = z.object({
  text: z.string().max(2000),
  /** When the first data point locked it (epoch ms); null while it can still change. */
  lockedAt: z.number().nullable().default(null),
});
export type Prediction = z.infer<typeof predictionSchema>;

/** One value of one measure on a date. */
export const dataPointSchema = z.object({
  id: z.string().min(1),
  measureId: z.string().min(1),
  date: calendarDate,
  value: z.number().finite(),
  note: z.string().max(500).default(''),
});
export type DataPoint = z.infer<typeof dataPointSchema>;

/** How the cycle closed, and what the close wrote. */
export const cycleCloseSchema = z.object({
  outcome: z.enum(cycleOutcomes),
  summary: z.string().max(2000),
  closedAt: z.number(),
  closedBy: z.string(),
  decisionId: z.string(),
  /** The next cycle an adapted cycle started. */
  nextCycleId: z.string().nullable().default(null),
});
export type CycleClose = z.infer<typeof cycleCloseSchema>;

/** A protocol run that studied the cycle's data (its id is the run's). */
export const studySchema = z.object({
  id: z.string().min(1),
  title: z.string().max(300),
  createdAt: z.number(),
});
export type CycleStudy = z.infer<typeof studySchema>;

export const measures = defineOrderedList('measures', measureSchema);
export const studies = defineOrderedList('studies', studySchema);
export const dataPoints = defineOrderedList('dataPoints', dataPointSchema);

/** Reads the cycle's fields; null while the document is empty. */
export function readCycleFields(doc: Y.Doc): CycleFields | null {
  const parsed = cycleFieldsSchema.safeParse(doc.getMap(CYCLE_FIELDS).toJSON());
  return parsed.success ? parsed.data : null;
}

export function writeCycleFields(doc: Y.Doc, fields: Partial<CycleFields>): void {
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) doc.getMap(CYCLE_FIELDS).set(key, value);
    }
  });
}

/** The prediction as written so far (an empty, unlocked one before anyone wrote it). */
export function readPrediction(doc: Y.Doc): Prediction {
  const parsed = predictionSchema.safeParse(doc.getMap(PREDICTION).toJSON());
  return parsed.success ? parsed.data : { text: '', lockedAt: null };
}

export function writePrediction(doc: Y.Doc, prediction: Prediction): void {
  doc.transact(() => {
    const map = doc.getMap(PREDICTION);
    map.set('text', prediction.text);
    map.set('lockedAt', prediction.lockedAt);
  });
}

export function readCycleClose(doc: Y.Doc): CycleClose | null {
  const parsed = cycleCloseSchema.safeParse(doc.getMap(CLOSE).toJSON());
  return parsed.success ? parsed.data : null;
}

export function writeCycleClose(doc: Y.Doc, close: CycleClose): void {
  doc.transact(() => {
    for (const [key, value] of Object.entries(close)) doc.getMap(CLOSE).set(key, value);
  });
}

/** The server-written record of a cycle, read whole. */
export interface CycleRecord {
  prediction: Prediction;
  dataPoints: DataPoint[];
  close: CycleClose | null;
  studies: CycleStudy[];
}

export function readCycleRecord(doc: Y.Doc): CycleRecord {
  return {
    prediction: readPrediction(doc),
    dataPoints: dataPoints.read(doc),
    close: readCycleClose(doc),
    studies: studies.read(doc),
  };
}

/** Calls `onChange` whenever anything in the record changes. */
export function observeCycleRecord(doc: Y.Doc, onChange: (record: CycleRecord) => void) {
  const handler = () => onChange(readCycleRecord(doc));
  doc.on('update', handler);
  return () => doc.off('update', handler);
}

/** The cycle's fields and measures, read whole (what an adapted cycle starts from). */
export interface CycleContent {
  fields: CycleFields | null;
  measures: CycleMeasure[];
}

export function readCycleContent(doc: Y.Doc): CycleContent {
  return { fields: readCycleFields(doc), measures: measures.read(doc) };
}
