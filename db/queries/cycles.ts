import type { Kysely, Transaction } from 'kysely';
import type { CycleColumns, DataPointRow, MeasureRow } from '../../shared/plans/cycleProjection';
import type { CycleOutcome } from '../../shared/plans/cycleRules';
import type { Database } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function findCycle(db: Db, teamId: string, cycleId: string) {
  return db
    .selectFrom('improvementCycles')
    .selectAll()
    .where('teamId', '=', teamId)
    .where('id', '=', cycleId)
    .executeTakeFirst();
}

/** A plan's cycles, goal by goal in the order they were started. */
export async function listCycles(db: Db, planId: string) {
  return db
    .selectFrom('improvementCycles')
    .selectAll()
    .where('planId', '=', planId)
    .orderBy('goalId')
    .orderBy('number')
    .execute();
}

/**
 * Creates a cycle under a goal with the next number for that goal. The plan's row is locked
 * so that two cycles started at once get different numbers.
 */
export async function insertCycle(
  db: Kysely<Database>,
  cycle: {
    id: string;
    teamId: string;
    planId: string;
    goalId: string;
    previousCycleId: string | null;
    createdBy: string;
  },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx
      .selectFrom('workPlans')
      .select('id')
      .where('id', '=', cycle.planId)
      .forUpdate()
      .execute();
    const last = await trx
      .selectFrom('improvementCycles')
      .select(({ fn }) => fn.max('number').as('number'))
      .where('planId', '=', cycle.planId)
      .where('goalId', '=', cycle.goalId)
      .executeTakeFirst();
    const number = (last?.number ?? 0) + 1;
    await trx
      .insertInto('improvementCycles')
      .values({ ...cycle, number })
      .execute();
    return number;
  });
}

/**
 * Marks a cycle closed, and read-only from then on; false when it was already closed (so
 * two closes at once write one decision between them).
 */
export async function closeCycleRow(
  db: Db,
  cycleId: string,
  close: { outcome: CycleOutcome; decisionId: string | null },
): Promise<boolean> {
  const now = new Date();
  const result = await db
    .updateTable('improvementCycles')
    .set({ outcome: close.outcome, decisionId: close.decisionId, closedAt: now, archivedAt: now })
    .where('id', '=', cycleId)
    .where('closedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Writes the cycle's framing columns and replaces its measures. */
export async function projectCycleFields(
  trx: Transaction<Database>,
  rows: { cycleId: string; teamId: string; columns: CycleColumns; measures: MeasureRow[] },
): Promise<void> {
  const { cycleId, teamId } = rows;
  const updated = await trx
    .updateTable('improvementCycles')
    .set(rows.columns)
    .where('id', '=', cycleId)
    .where('teamId', '=', teamId)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) return;
  await trx.deleteFrom('cycleMeasures').where('cycleId', '=', cycleId).execute();
  if (rows.measures.length > 0) {
    await trx
      .insertInto('cycleMeasures')
      .values(rows.measures.map((measure) => ({ ...measure, cycleId, teamId })))
      .execute();
  }
}

/** Writes when the prediction was locked and replaces the cycle's data points. */
export async function projectCycleRecord(
  trx: Transaction<Database>,
  rows: {
    cycleId: string;
    teamId: string;
    predictionLockedAt: Date | null;
    dataPoints: DataPointRow[];
  },
): Promise<void> {
  const { cycleId, teamId } = rows;
  const updated = await trx
    .updateTable('improvementCycles')
    .set({ predictionLockedAt: rows.predictionLockedAt })
    .where('id', '=', cycleId)
    .where('teamId', '=', teamId)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) return;
  await trx.deleteFrom('cycleDataPoints').where('cycleId', '=', cycleId).execute();
  if (rows.dataPoints.length > 0) {
    await trx
      .insertInto('cycleDataPoints')
      .values(
        rows.dataPoints.map(({ date, ...point }) => ({
          ...point,
          pointDate: date,
          cycleId,
          teamId,
        })),
      )
      .execute();
  }
}

/** The measures and data points of a plan's cycles, for the target tracker. */
export async function readCycleMeasureRows(db: Db, planId: string) {
  const [measures, points] = await Promise.all([
    db
      .selectFrom('cycleMeasures')
      .innerJoin('improvementCycles', 'improvementCycles.id', 'cycleMeasures.cycleId')
      .selectAll('cycleMeasures')
      .where('improvementCycles.planId', '=', planId)
      .orderBy('cycleMeasures.cycleId')
      .orderBy('cycleMeasures.position')
      .execute(),
    db
      .selectFrom('cycleDataPoints')
      .innerJoin('improvementCycles', 'improvementCycles.id', 'cycleDataPoints.cycleId')
      .selectAll('cycleDataPoints')
      .where('improvementCycles.planId', '=', planId)
      .orderBy('cycleDataPoints.pointDate')
      .execute(),
  ]);
  return { measures, points };
}
