import type * as Y from 'yjs';
import {
  type CycleFields,
  type CycleMeasure,
  type CycleRecord,
  cycleFieldsSchema,
  readCycleFields,
} from '../../shared/plans/cycleDoc';
import type { LiveList } from '../collab/useOrderedList';

/** What every part of an open improvement cycle needs to know. */
export interface CycleContext {
  teamId: string;
  planId: string;
  cycleId: string;
  number: number;
  timeZone: string;
  /** Neither closed nor archived with an earlier year's plan. */
  isOpen: boolean;
  /** False for viewers, and once the cycle is closed or its plan's year has ended. */
  canWrite: boolean;
  /** Facilitators and the principal close an open cycle. */
  canClose: boolean;
  /** The co-written framing fields, live. */
  fields: CycleFields;
  changeFields: (changes: Partial<CycleFields>) => void;
  measures: LiveList<CycleMeasure>;
  /** The server-written prediction, data points and close, live. */
  record: CycleRecord;
}

/** Calls `onChange` with the cycle's fields whenever the co-written document changes. */
export function observeCycleFields(doc: Y.Doc, onChange: (fields: CycleFields | null) => void) {
  const handler = () => onChange(readCycleFields(doc));
  doc.on('update', handler);
  return () => doc.off('update', handler);
}

/**
 * The fields to show before the server's copy has arrived (a first visit): the row's
 * placement, and every framing field empty.
 */
export function emptyCycleFields(placement: {
  planId: string;
  goalId: string;
  number: number;
}): CycleFields {
  return cycleFieldsSchema.parse({ ...placement, createdAt: 0 });
}
