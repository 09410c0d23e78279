import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { insertAuditEvent } from '../../db/queries/audit';
import { closeCycleRow, findCycle, insertCycle } from '../../db/queries/cycles';
import type { Database } from '../../db/schema';
import type { CurrentUser } from '../../shared/api/auth';
import type { CloseCycleResult } from '../../shared/api/cycles';
import { appendPlainParagraphs } from '../../shared/collab/richText';
import {
  addEvidence,
  DECISION_RATIONALE_FIELD,
  DECISION_TEXT_FIELD,
  writeDecisionFields,
} from '../../shared/decisions/decisionDoc';
import type { DecisionModel } from '../../shared/decisions/decisionRules';
import {
  cycleDocumentName,
  cycleRecordDocumentName,
  decisionDocumentName,
  workPlanDocumentName,
} from '../../shared/documents/documentName';
import {
  type CycleContent,
  type CycleRecord,
  dataPoints,
  measures,
  readCycleContent,
  readCycleRecord,
  writeCycleClose,
  writeCycleFields,
  writePrediction,
} from '../../shared/plans/cycleDoc';
import { closeDecisionTitle, type CycleOutcome, cycleTitle } from '../../shared/plans/cycleRules';
import { cycleRationale } from '../../shared/plans/cycleSummary';
import { goals, strategies } from '../../shared/plans/planDoc';
import type { LiveAccess } from '../access/LiveAccess';
import type { EditDocument } from '../collab/contracts';
import { DecisionService } from '../decisions/DecisionService';
import { PlanError } from './PlanError';
import { type ClusterLock, clusterLockFor } from '../scale-out/ClusterLock';
import { catchUpDocument } from '../scale-out/catchUpDocument';

type CycleRow = NonNullable<Awaited<ReturnType<typeof findCycle>>>;

/**
 * Improvement cycles on the server: starting them, the prediction, data points and the
 * close. The cycle's record document is written here alone, so the prediction stays as it
 * was once the first data point is in, and a close writes its decision exactly once.
 * Commands on one cycle run one at a time, across every server instance.
 */
export class CycleService {
  private readonly lock: ClusterLock;
  private readonly decisions: DecisionService;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly editDocument: EditDocument,
    private readonly liveAccess: LiveAccess,
    private readonly now: () => number = Date.now,
  ) {
    this.lock = clusterLockFor(db);
    this.decisions = new DecisionService(db, editDocument, now);
  }

  /**
   * Starts a cycle under a goal of the plan, optionally linked to one of its strategies;
   * `from` is the content of the cycle an adapted one continues.
   */
  async start(
    teamId: string,
    planId: string,
    user: CurrentUser,
    link: { goalId: string; strategyId: string | null },
    from?: { cycleId: string; content: CycleContent },
  ): Promise<string> {
    const found = await this.editDocument(workPlanDocumentName(teamId, planId), (doc) => ({
      goal: goals.read(doc).some((goal) => goal.id === link.goalId),
      strategy: strategies
        .read(doc)
        .some((strategy) => strategy.id === link.strategyId && strategy.goalId === link.goalId),
    }));
    if (!found.goal) throw new PlanError(404, 'goal_not_found', 'No such goal in this plan');
    if (link.strategyId !== null && !found.strategy) {
      throw new PlanError(404, 'strategy_not_found', 'No such strategy under this goal');
    }
    const cycleId = randomUUID();
    const number = await insertCycle(this.db, {
      id: cycleId,
      teamId,
      planId,
      goalId: link.goalId,
      previousCycleId: from?.cycleId ?? null,
      createdBy: user.id,
    });
    const carried = from?.content.fields;
    await this.editDocument(
      cycleDocumentName(teamId, cycleId),
      (doc) =>
        doc.transact(() => {
          writeCycleFields(doc, {
            planId,
            goalId: link.goalId,
            number,
            previousCycleId: from?.cycleId ?? null,
            createdAt: this.now(),
            strategyId: link.strategyId,
            ...(carried && {
              keyQuestion: carried.keyQuestion,
              learnerProblem: carried.learnerProblem,
              problemOfPractice: carried.problemOfPractice,
              studentsOfFocus: carried.studentsOfFocus,
              changeIdea: carried.changeIdea,
              cadence: carried.cadence,
            }),
          });
          for (const { id: _id, ...measure } of from?.content.measures ?? []) {
            measures.add(doc, measure);
          }
        }),
      user.id,
    );
    await this.editDocument(
      cycleRecordDocumentName(teamId, cycleId),
      (doc) => writePrediction(doc, { text: '', lockedAt: null }),
      user.id,
    );
    return cycleId;
  }

  /** Writes the prediction; refused once the first data point locked it. */
  async predict(teamId: string, cycleId: string, user: CurrentUser, text: string): Promise<void> {
    await this.serialize(teamId, cycleId, async () => {
      await this.openCycle(teamId, cycleId);
      const record = await this.record(teamId, cycleId);
      if (record.prediction.lockedAt !== null) {
        throw new PlanError(
          409,
          'prediction_locked',
          'The prediction was locked when the first data point was entered',
        );
      }
      await this.editDocument(
        cycleRecordDocumentName(teamId, cycleId),
        (doc) => writePrediction(doc, { text, lockedAt: null }),
        user.id,
      );
    });
  }

  /**
   * Adds data points, all or none. The first one locks the prediction, with the time; there
   * must be a prediction to lock (a cycle predicts before it measures).
   */
  async addPoints(
    teamId: string,
    cycleId: string,
    user: CurrentUser,
    points: { measureId: string; date: string; value: number; note: string }[],
  ): Promise<string[]> {
    return this.serialize(teamId, cycleId, async () => {
      await this.openCycle(teamId, cycleId);
      const { measures: known } = await this.content(teamId, cycleId);
      const ids = new Set(known.map((measure) => measure.id));
      if (points.some((point) => !ids.has(point.measureId))) {
        throw new PlanError(404, 'measure_not_found', 'No such measure in this cycle');
      }
      const record = await this.record(teamId, cycleId);
      if (record.prediction.text.trim() === '') {
        throw new PlanError(
          409,
          'prediction_missing',
          'Write the prediction before entering data: the first data point locks it',
        );
      }
      return this.editDocument(
        cycleRecordDocumentName(teamId, cycleId),
        (doc) =>
          doc.transact(() => {
            if (record.prediction.lockedAt === null) {
              writePrediction(doc, { text: record.prediction.text, lockedAt: this.now() });
            }
            return points.map((point) => dataPoints.add(doc, point));
          }),
        user.id,
      );
    });
  }

  /** Removes a data point entered by mistake (the prediction stays locked). */
  async removePoint(
    teamId: string,
    cycleId: string,
    user: CurrentUser,
    pointId: string,
  ): Promise<void> {
    await this.serialize(teamId, cycleId, async () => {
      await this.openCycle(teamId, cycleId);
      const removed = await this.editDocument(
        cycleRecordDocumentName(teamId, cycleId),
        (doc) => dataPoints.remove(doc, pointId),
        user.id,
      );
      if (!removed) throw new PlanError(404, 'point_not_found', 'No such data point');
    });
  }

  /** The cycle's measures, for reading a CSV file against. */
  async measuresOf(teamId: string, cycleId: string) {
    return (await this.content(teamId, cycleId)).measures;
  }

  /**
   * Closes the cycle: adopt, adapt or abandon. Writes a proposed decision into the log (the
   * team's model, what it learned, the prediction against the data, the cycle as evidence),
   * starts the next cycle when adapting, and leaves both of the cycle's documents read-only.
   */
  async close(
    teamId: string,
    cycleId: string,
    user: CurrentUser,
    input: { outcome: CycleOutcome; summary: string; model: DecisionModel },
  ): Promise<CloseCycleResult> {
    const result = await this.serialize(teamId, cycleId, async () => {
      const cycle = await this.openCycle(teamId, cycleId);
      const content = await this.content(teamId, cycleId);
      const record = await this.record(teamId, cycleId);
      if (input.outcome !== 'abandon' && record.dataPoints.length === 0) {
        throw new PlanError(
          409,
          'no_data',
          'Enter the data first: adopting or adapting a change rests on what it did',
        );
      }
      const changeIdea = content.fields?.changeIdea ?? '';
      const decisionId = await this.decisions.create(teamId, user, {
        title: closeDecisionTitle(input.outcome, changeIdea),
        meetingId: null,
      });
      await this.editDocument(
        decisionDocumentName(teamId, decisionId),
        (doc) =>
          doc.transact(() => {
            writeDecisionFields(doc, {
              model: input.model,
              planLink: {
                planId: cycle.planId,
                goalId: cycle.goalId,
                strategyId: content.fields?.strategyId ?? null,
              },
            });
            appendPlainParagraphs(doc.getXmlFragment(DECISION_TEXT_FIELD), input.summary);
            appendPlainParagraphs(
              doc.getXmlFragment(DECISION_RATIONALE_FIELD),
              cycleRationale(content, record),
            );
            addEvidence(doc, {
              kind: 'cycle',
              cycleId,
              planId: cycle.planId,
              title: cycleTitle(cycle.number, changeIdea),
            });
          }),
        user.id,
      );
      const nextCycleId =
        input.outcome === 'adapt'
          ? await this.start(
              teamId,
              cycle.planId,
              user,
              { goalId: cycle.goalId, strategyId: content.fields?.strategyId ?? null },
              { cycleId, content },
            )
          : null;
      await closeCycleRow(this.db, cycleId, { outcome: input.outcome, decisionId });
      await this.editDocument(
        cycleRecordDocumentName(teamId, cycleId),
        (doc) =>
          writeCycleClose(doc, {
            outcome: input.outcome,
            summary: input.summary,
            closedAt: this.now(),
            closedBy: user.name,
            decisionId,
            nextCycleId,
          }),
        user.id,
      );
      await insertAuditEvent(this.db, {
        teamId,
        actorId: user.id,
        action: 'cycle.closed',
        details: { cycleId, outcome: input.outcome, changeIdea, decisionId },
      });
      return { decisionId, nextCycleId };
    });
    // Whoever has the cycle open now holds a read-only copy.
    await this.liveAccess.documentsArchived(teamId);
    return result;
  }

  /** The cycle, if it can still change; refused once closed or its plan's year ended. */
  private async openCycle(teamId: string, cycleId: string): Promise<CycleRow> {
    const cycle = await findCycle(this.db, teamId, cycleId);
    if (!cycle) throw new PlanError(404, 'cycle_not_found', 'No such cycle in this team');
    if (cycle.closedAt) {
      throw new PlanError(409, 'cycle_closed', 'This cycle is closed: it is kept as it was');
    }
    if (cycle.archivedAt) {
      throw new PlanError(
        409,
        'plan_archived',
        "This cycle belongs to an earlier year's plan: it is kept as it was",
      );
    }
    return cycle;
  }

  private content(teamId: string, cycleId: string): Promise<CycleContent> {
    return this.editDocument(cycleDocumentName(teamId, cycleId), readCycleContent);
  }

  private record(teamId: string, cycleId: string): Promise<CycleRecord> {
    return this.editDocument(cycleRecordDocumentName(teamId, cycleId), readCycleRecord);
  }

  /**
   * Runs a command alone for this cycle, on whichever instance it arrives; with other
   * instances, this one's copy of the record first catches up with Postgres.
   */
  private serialize<T>(teamId: string, cycleId: string, command: () => Promise<T>) {
    return this.lock.run(`cycle:${cycleId}`, async () => {
      if (this.lock.shared) {
        await catchUpDocument(this.db, this.editDocument, cycleRecordDocumentName(teamId, cycleId));
      }
      return command();
    });
  }
}
