import type { Kysely } from 'kysely';
import { listDecisionHistory } from '../../../db/queries/decisions';
import {
  countDecisionsByMonth,
  countDecisionsByStatus,
  countFollowUps,
  countReviewDecisions,
  findReviewDecision,
  findReviewTeam,
  listDecisionFollowUps,
  listDueFollowUps,
  listReviewDecisions,
  listReviewDecisionsForExport,
  type ReviewFilters,
} from '../../../db/queries/review';
import type { Database } from '../../../db/schema';
import type {
  DueFollowUp,
  DueFollowUps,
  ReviewDecisionDetail,
  ReviewOverview,
  ReviewPage,
  ReviewQuery,
} from '../../../shared/api/review';
import { decisionStatuses } from '../../../shared/decisions/decisionRules';
import type { Tally } from '../../../shared/decisions/tally';
import { todayIn } from '../../../shared/time/teamTime';
import { buildDecisionLogCsv, decisionLogFilename } from './decisionLogCsv';
import {
  asEvidence,
  asFollowUpStatus,
  asStrings,
  EXCERPT_CHARS,
  toReviewDecision,
} from './reviewRows';
import { toSearchTerms } from './searchTerms';
import { readTeamStudents } from './teamStudents';

/** Most rows one CSV export holds. */
export const MAX_EXPORT_ROWS = 10_000;
/** Most follow-ups each list (overdue, due soon) of the due follow-ups holds. */
export const MAX_DUE_FOLLOW_UPS = 500;
/** Months the overview counts, this one included. */
const OVERVIEW_MONTHS = 12;

const DAY_MS = 86_400_000;

/** A calendar date `days` after `date` (both YYYY-MM-DD). */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Days from `today` to `date` (calendar dates), as teamTime's daysUntil counts them, without
 * building a time-zone formatter for each of hundreds of rows.
 */
function daysFrom(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** The `count` months up to and including the month of `today`, oldest first (YYYY-MM). */
function lastMonths(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(year, month - (count - 1 - i), 1));
    return at.toISOString().slice(0, 7);
  });
}

/** The principal's review of the decision log, read from the relational rows. */
export class ReviewService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async team(teamId: string) {
    const team = await findReviewTeam(this.db, teamId);
    const timeZone = team?.timeZone ?? 'UTC';
    return { name: team?.name ?? '', timeZone, today: todayIn(timeZone, this.now()) };
  }

  private filters(teamId: string, timeZone: string, query: ReviewQuery): ReviewFilters {
    const { from, to, status, model, owner, student, meetingId } = query;
    const search = toSearchTerms(query.q);
    return { teamId, timeZone, search, from, to, status, model, owner, student, meetingId };
  }

  /** One page of the filtered, searched and sorted log, with the total that matches. */
  async page(teamId: string, query: ReviewQuery): Promise<ReviewPage> {
    const { timeZone, today } = await this.team(teamId);
    const filters = this.filters(teamId, timeZone, query);
    const [rows, total, students] = await Promise.all([
      listReviewDecisions(this.db, filters, {
        sort: query.sort,
        order: query.order,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
        today,
        excerptChars: EXCERPT_CHARS,
      }),
      countReviewDecisions(this.db, filters),
      readTeamStudents(this.db, teamId),
    ]);
    return {
      decisions: rows.map(toReviewDecision),
      total,
      page: query.page,
      pageSize: query.pageSize,
      students,
      timeZone,
    };
  }

  /** Everything about one decision of the team; null when the team has no such decision. */
  async detail(teamId: string, decisionId: string): Promise<ReviewDecisionDetail | null> {
    const row = await findReviewDecision(this.db, teamId, decisionId);
    if (!row) return null;
    const { today } = await this.team(teamId);
    const [items, history] = await Promise.all([
      listDecisionFollowUps(this.db, decisionId),
      listDecisionHistory(this.db, decisionId),
    ]);
    const followUpItems = items.map((item) => ({ ...item, status: asFollowUpStatus(item.status) }));
    const open = followUpItems.filter((item) => item.status !== 'done');
    const overdue = open.filter((item) => item.dueDate !== null && item.dueDate < today);
    const affects = row.focusAffects;
    return {
      ...toReviewDecision({
        ...row,
        excerpt: row.decisionText,
        followUpsOpen: open.length,
        followUpsOverdue: overdue.length,
        followUpsTotal: followUpItems.length,
      }),
      decisionText: row.decisionText,
      rationale: row.rationale,
      evidence: asEvidence(row.evidence),
      focusCheck: {
        affects: affects === 'yes' || affects === 'no' || affects === 'unknown' ? affects : null,
        studentIds: asStrings(row.focusStudentIds),
        how: row.focusHow,
      },
      tally: (row.tally as Tally | null) ?? null,
      voters: asStrings(row.voters),
      decidedByName: row.decidedByName,
      supersededBy:
        row.supersededBy && row.supersededByTitle !== null
          ? { id: row.supersededBy, title: row.supersededByTitle }
          : null,
      followUpItems,
      history: history.map((change) => ({
        id: Number(change.id),
        field: change.field,
        before: change.before,
        after: change.after,
        byName: change.byName,
        at: change.changedAt.toISOString(),
      })),
    };
  }

  /** Follow-ups not done: overdue, and due within `within` days (today included). */
  async dueFollowUps(teamId: string, within: number): Promise<DueFollowUps> {
    const { timeZone, today } = await this.team(teamId);
    const limit = MAX_DUE_FOLLOW_UPS;
    const [overdue, dueSoon] = await Promise.all([
      listDueFollowUps(this.db, teamId, { dueFrom: null, dueBefore: today, limit }),
      listDueFollowUps(this.db, teamId, {
        dueFrom: today,
        dueBefore: addDays(today, within + 1),
        limit,
      }),
    ]);
    const toDue = (row: (typeof overdue)[number]): DueFollowUp => ({
      id: row.id,
      task: row.task,
      owner: row.owner,
      dueDate: row.dueDate,
      status: asFollowUpStatus(row.status),
      decisionId: row.decisionId,
      decisionTitle: row.decisionTitle,
      daysLeft: daysFrom(today, row.dueDate ?? today),
    });
    return { overdue: overdue.map(toDue), dueSoon: dueSoon.map(toDue), timeZone };
  }

  /**
   * Counts for charts. Every status and each of the last 12 months appear, with 0 when there
   * are none, so a chart's axis never has gaps.
   */
  async overview(teamId: string): Promise<ReviewOverview> {
    const { timeZone, today } = await this.team(teamId);
    const months = lastMonths(today, OVERVIEW_MONTHS);
    const [byStatus, byMonth, followUps] = await Promise.all([
      countDecisionsByStatus(this.db, teamId),
      countDecisionsByMonth(this.db, teamId, timeZone, months[0] ?? today.slice(0, 7)),
      countFollowUps(this.db, teamId, today),
    ]);
    const statusCount = new Map(byStatus.map((row) => [row.status, row.count]));
    const monthCount = new Map(byMonth.map((row) => [row.month, row.count]));
    return {
      byStatus: decisionStatuses.map((status) => ({ status, count: statusCount.get(status) ?? 0 })),
      byMonth: months.map((month) => ({ month, count: monthCount.get(month) ?? 0 })),
      followUps,
    };
  }

  /**
   * The filtered log as CSV in the chosen order, without paging, up to MAX_EXPORT_ROWS
   * (`truncated` says when more matched).
   */
  async exportCsv(teamId: string, query: ReviewQuery) {
    const { name, timeZone, today } = await this.team(teamId);
    const filters = this.filters(teamId, timeZone, query);
    const [rows, students] = await Promise.all([
      listReviewDecisionsForExport(this.db, filters, {
        sort: query.sort,
        order: query.order,
        limit: MAX_EXPORT_ROWS + 1,
      }),
      readTeamStudents(this.db, teamId),
    ]);
    const truncated = rows.length > MAX_EXPORT_ROWS;
    const labels = new Map(students.map((s) => [s.id, s.label]));
    return {
      csv: buildDecisionLogCsv(rows.slice(0, MAX_EXPORT_ROWS), labels, timeZone),
      filename: decisionLogFilename(name, today),
      truncated,
    };
  }
}
