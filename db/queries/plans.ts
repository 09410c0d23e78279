import type { Kysely, Transaction } from 'kysely';
import type {
  ActionRow,
  CheckpointRow,
  GoalRow,
  StrategyRow,
} from '../../shared/plans/planProjection';
import type { Database } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function listPlans(db: Db, teamId: string) {
  return db
    .selectFrom('workPlans')
    .selectAll()
    .where('teamId', '=', teamId)
    .orderBy('schoolYear', 'desc')
    .execute();
}

export async function findPlan(db: Db, teamId: string, planId: string) {
  return db
    .selectFrom('workPlans')
    .selectAll()
    .where('teamId', '=', teamId)
    .where('id', '=', planId)
    .executeTakeFirst();
}

/**
 * Creates a plan and archives the team's plans of earlier years, in one transaction; null
 * when the team already has a plan for that year or a later one (an earlier year cannot be
 * started once a later one exists: it would be read-only at once).
 */
export async function insertPlan(
  db: Kysely<Database>,
  plan: {
    id: string;
    teamId: string;
    schoolYear: number;
    copiedFrom: string | null;
    createdBy: string;
  },
): Promise<'created' | 'exists' | 'later-exists'> {
  return db.transaction().execute(async (trx) => {
    // Serialises plan creation per team, so two requests cannot both pass the checks.
    await trx.selectFrom('teams').select('id').where('id', '=', plan.teamId).forUpdate().execute();
    const latest = await trx
      .selectFrom('workPlans')
      .select(({ fn }) => fn.max('schoolYear').as('year'))
      .where('teamId', '=', plan.teamId)
      .executeTakeFirst();
    const latestYear = latest?.year ?? null;
    if (latestYear !== null && latestYear === plan.schoolYear) return 'exists';
    if (latestYear !== null && latestYear > plan.schoolYear) return 'later-exists';
    await trx
      .updateTable('workPlans')
      .set({ archivedAt: new Date() })
      .where('teamId', '=', plan.teamId)
      .where('archivedAt', 'is', null)
      .execute();
    // Their cycles are kept as they were too.
    await trx
      .updateTable('improvementCycles')
      .set({ archivedAt: new Date() })
      .where('teamId', '=', plan.teamId)
      .where('archivedAt', 'is', null)
      .execute();
    await trx.insertInto('workPlans').values(plan).execute();
    return 'created';
  });
}

/** Replaces a plan's projected goals, strategies and checkpoints. */
export async function projectPlanContent(
  trx: Transaction<Database>,
  rows: {
    planId: string;
    teamId: string;
    goals: GoalRow[];
    strategies: StrategyRow[];
    checkpoints: CheckpointRow[];
  },
): Promise<void> {
  if (!(await planOfTeam(trx, rows.planId, rows.teamId))) return;
  const { planId, teamId } = rows;
  await replace(
    trx,
    'planGoals',
    planId,
    rows.goals.map((goal) => ({
      planId,
      teamId,
      id: goal.id,
      position: goal.position,
      copied: goal.copied,
      indicator: goal.indicator,
      students: goal.students,
      measure: goal.measure,
      baselineValue: goal.baselineValue,
      baselineDate: goal.baselineDate,
      targetValue: goal.targetValue,
      targetDate: goal.targetDate,
      groupSize: goal.groupSize,
      why: goal.why,
      evidence: JSON.stringify(goal.evidence),
    })),
  );
  await replace(
    trx,
    'planStrategies',
    planId,
    rows.strategies.map(({ learningFor, learningWhen, ...strategy }) => ({
      planId,
      teamId,
      id: strategy.id,
      position: strategy.position,
      copied: strategy.copied,
      goalId: strategy.goalId,
      practiceIf: strategy.practiceIf,
      practiceThen: strategy.practiceThen,
      rootCause: strategy.rootCause,
      learning: strategy.learning,
      learningFor,
      learningWhen,
    })),
  );
  await replace(
    trx,
    'planCheckpoints',
    planId,
    rows.checkpoints.map((checkpoint) => ({
      planId,
      teamId,
      id: checkpoint.id,
      position: checkpoint.position,
      copied: checkpoint.copied,
      goalId: checkpoint.goalId,
      kind: checkpoint.kind,
      checkpointDate: checkpoint.date,
      description: checkpoint.description,
      value: checkpoint.value,
      met: checkpoint.met,
    })),
  );
}

/** Replaces a plan's projected action steps. */
export async function projectPlanActions(
  trx: Transaction<Database>,
  rows: { planId: string; teamId: string; actions: ActionRow[] },
): Promise<void> {
  if (!(await planOfTeam(trx, rows.planId, rows.teamId))) return;
  const { planId, teamId } = rows;
  await replace(
    trx,
    'planActions',
    planId,
    rows.actions.map((action) => ({
      planId,
      teamId,
      id: action.id,
      position: action.position,
      copied: action.copied,
      strategyId: action.strategyId,
      task: action.task,
      ownerId: action.ownerId,
      dueDate: action.dueDate,
      status: action.status,
      completionEvidence: action.completionEvidence,
    })),
  );
}

async function planOfTeam(trx: Transaction<Database>, planId: string, teamId: string) {
  const row = await trx
    .selectFrom('workPlans')
    .select('id')
    .where('id', '=', planId)
    .where('teamId', '=', teamId)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

type ItemTable = 'planGoals' | 'planStrategies' | 'planActions' | 'planCheckpoints';

/** Deletes a plan's rows of one table and inserts the fresh ones (plans are small). */
async function replace(
  trx: Transaction<Database>,
  table: ItemTable,
  planId: string,
  rows: readonly object[],
): Promise<void> {
  // One table at a time; the casts name one of the four, whose rows the callers build.
  await trx
    .deleteFrom(table as 'planGoals')
    .where('planId', '=', planId)
    .execute();
  if (rows.length > 0)
    await trx
      .insertInto(table as 'planGoals')
      .values(rows as never)
      .execute();
}

/** A plan's projected rows, for the plan's API and review screens. */
export async function readPlanRows(db: Db, planId: string) {
  const [goals, strategies, actions, checkpoints] = await Promise.all([
    db
      .selectFrom('planGoals')
      .selectAll()
      .where('planId', '=', planId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('planStrategies')
      .selectAll()
      .where('planId', '=', planId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('planActions')
      .leftJoin('users', 'users.id', 'planActions.ownerId')
      .selectAll('planActions')
      .select('users.name as ownerName')
      .where('planId', '=', planId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('planCheckpoints')
      .selectAll()
      .where('planId', '=', planId)
      .orderBy('position')
      .execute(),
  ]);
  return { goals, strategies, actions, checkpoints };
}
