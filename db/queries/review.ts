import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
} from 'kysely';
import type { ReviewQuery } from '../../shared/api/review';
import { decisionStatuses } from '../../shared/decisions/decisionRules';
import type { Database, DecisionsTable } from '../schema';

/**
 * The principal's review of the decision log: filtering, full-text search, sorting, paging
 * and counting, all in SQL so that a log of thousands of decisions answers in milliseconds.
 */

/** What a person typed into the search box, prepared for `tsquery` (see server/decisions/review). */
export interface SearchTerms {
  /** The whole text, read with web-search syntax ("quoted phrase", or, -not). */
  text: string;
  /** The same text with its last word taken off, and that word (letters and digits only). */
  prefix: { head: string; word: string } | null;
}

/** The review filters: the team, its time zone and the query's filters. */
export type ReviewFilters = Pick<
  ReviewQuery,
  'from' | 'to' | 'status' | 'model' | 'owner' | 'student' | 'meetingId'
> & {
  teamId: string;
  /** The team's IANA time zone: `from` and `to` are calendar dates there. */
  timeZone: string;
  search: SearchTerms | null;
};

/** How the review sorts: by which key, in which direction (ties always by id). */
export type ReviewOrder = Pick<ReviewQuery, 'sort' | 'order'>;

type DecisionEb = ExpressionBuilder<Database & { d: DecisionsTable }, 'd'>;

/**
 * The search as one tsquery: the text with web-search syntax, or the text with its last word
 * as a prefix (people type partial words). The prefix word holds only letters and digits, so
 * `to_tsquery` never sees an operator from the user; every value is a bound parameter.
 */
function searchTsQuery(terms: SearchTerms) {
  const full = sql`websearch_to_tsquery('simple', ${terms.text})`;
  if (!terms.prefix) return full;
  const { head, word } = terms.prefix;
  return sql`(${full} || (websearch_to_tsquery('simple', ${head}) && to_tsquery('simple', ${`${word}:*`})))`;
}

/** Escapes LIKE wildcards so that `%` and `_` match themselves. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function reviewWhere(eb: DecisionEb, f: ReviewFilters) {
  const conditions: Expression<SqlBool>[] = [eb('d.teamId', '=', f.teamId)];
  if (f.status) conditions.push(eb('d.status', '=', f.status));
  if (f.model) conditions.push(eb('d.model', '=', f.model));
  if (f.meetingId) conditions.push(eb('d.meetingId', '=', f.meetingId));
  if (f.owner) conditions.push(sql<boolean>`d.owner ilike ${`%${escapeLike(f.owner)}%`}`);
  if (f.student) {
    conditions.push(sql<boolean>`d.focus_student_ids @> jsonb_build_array(${f.student}::text)`);
  }
  // Midnight at the start of `from` and after `to`, in the team's zone, as instants.
  if (f.from) {
    conditions.push(
      sql<boolean>`d.created_at >= (${f.from}::date::timestamp at time zone ${f.timeZone})`,
    );
  }
  if (f.to) {
    conditions.push(
      sql<boolean>`d.created_at < ((${f.to}::date + 1)::timestamp at time zone ${f.timeZone})`,
    );
  }
  if (f.search) {
    const query = searchTsQuery(f.search);
    // search_vector is generated from title, text, rationale and owner (migration 0007). The
    // task expression must stay that of `follow_ups_search_idx`, or the index is unused.
    conditions.push(
      sql<boolean>`(d.search_vector @@ ${query} or exists (
        select 1 from follow_ups f
        where f.decision_id = d.id and to_tsvector('simple', f.task) @@ ${query}))`,
    );
  }
  return eb.and(conditions);
}

/** Where each status comes in the decision's life, for sorting by status. */
const statusRank = (table: string) =>
  sql`array_position(array[${sql.join(decisionStatuses.map((s) => sql.lit(s)))}]::text[], ${sql.ref(`${table}.status`)})`;

/** The order items of a sort over `table` (the decisions, or a page of them); ties by id. */
function orderItems(table: string, { sort, order }: ReviewOrder) {
  const ref = (column: string) => sql.ref(`${table}.${column}`);
  const items: { expr: Expression<unknown>; desc: boolean; nullsLast?: boolean }[] = [];
  const desc = order === 'desc';
  if (sort === 'created') items.push({ expr: ref('createdAt'), desc });
  if (sort === 'decided') items.push({ expr: ref('decidedAt'), desc, nullsLast: true });
  if (sort === 'title') items.push({ expr: sql`lower(${ref('title')})`, desc });
  if (sort === 'status') {
    // Within a status, newest first.
    items.push({ expr: statusRank(table), desc }, { expr: ref('createdAt'), desc: true });
  }
  items.push({ expr: ref('id'), desc });
  return items;
}

/** Sorts a query over `table` (the decisions, or a page of them) as the review asks. */
function ordered<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  table: string,
  order: ReviewOrder,
) {
  for (const item of orderItems(table, order)) {
    query = query.orderBy(item.expr, (ob) => {
      const directed = item.desc ? ob.desc() : ob.asc();
      return item.nullsLast ? directed.nullsLast() : directed;
    });
  }
  return query;
}

/** The decisions that match (the columns the page and the export show), in order. */
function matchingDecisions(
  db: Kysely<Database>,
  f: ReviewFilters,
  order: ReviewOrder,
  limit: number,
  offset: number,
) {
  return db
    .selectFrom('decisions as d')
    .where((eb) => reviewWhere(eb, f))
    .select([
      'd.id',
      'd.title',
      'd.status',
      'd.model',
      'd.owner',
      'd.decisionText',
      'd.rationale',
      'd.meetingId',
      'd.focusStudentIds',
      'd.tally',
      'd.createdAt',
      'd.decidedAt',
      'd.decidedBy',
    ])
    .$call((query) => ordered(query, 'd', order))
    .limit(limit)
    .offset(offset);
}

/**
 * One page of matching decisions, with their meeting and follow-up counts (open = not done;
 * overdue = not done and due before `today`, a calendar date in the team's zone). The text
 * comes back shortened to `excerptChars`.
 */
export async function listReviewDecisions(
  db: Kysely<Database>,
  f: ReviewFilters,
  options: ReviewOrder & { limit: number; offset: number; today: string; excerptChars: number },
) {
  return db
    .with('page', () => matchingDecisions(db, f, options, options.limit, options.offset))
    .selectFrom('page')
    .leftJoin('meetings as m', (join) =>
      join.onRef('m.id', '=', 'page.meetingId').on('m.teamId', '=', f.teamId),
    )
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('followUps')
          .select((fb) => [
            'followUps.decisionId',
            fb.fn.countAll<string>().as('total'),
            fb.fn.countAll<string>().filterWhere('followUps.status', '<>', 'done').as('open'),
            fb.fn
              .countAll<string>()
              .filterWhere('followUps.status', '<>', 'done')
              .filterWhere('followUps.dueDate', '<', options.today)
              .as('overdue'),
          ])
          .where('followUps.teamId', '=', f.teamId)
          .where('followUps.decisionId', 'in', eb.selectFrom('page').select('page.id'))
          .groupBy('followUps.decisionId')
          .as('f'),
      (join) => join.onRef('f.decisionId', '=', 'page.id'),
    )
    .select([
      'page.id',
      'page.title',
      'page.status',
      'page.model',
      'page.owner',
      sql<string>`left(page.decision_text, ${options.excerptChars * 2})`.as('excerpt'),
      'page.meetingId',
      'm.title as meetingTitle',
      'm.meetingDate',
      'page.focusStudentIds',
      'page.createdAt',
      'page.decidedAt',
      'f.total as followUpsTotal',
      'f.open as followUpsOpen',
      'f.overdue as followUpsOverdue',
    ])
    .$call((query) => ordered(query, 'page', options))
    .execute();
}

/** How many decisions match the filters. */
export async function countReviewDecisions(db: Kysely<Database>, f: ReviewFilters) {
  const row = await db
    .selectFrom('decisions as d')
    .where((eb) => reviewWhere(eb, f))
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Matching decisions for the CSV export, in order, up to `limit`: every column people read,
 * times as `YYYY-MM-DD HH:MM` in the team's zone, and the follow-ups as a JSON array.
 */
export async function listReviewDecisionsForExport(
  db: Kysely<Database>,
  f: ReviewFilters,
  order: ReviewOrder & { limit: number },
) {
  const local = (column: string) =>
    sql<
      string | null
    >`to_char(${sql.ref(`page.${column}`)} at time zone ${f.timeZone}, 'YYYY-MM-DD HH24:MI')`;
  return db
    .with('page', () => matchingDecisions(db, f, order, order.limit, 0))
    .selectFrom('page')
    .leftJoin('meetings as m', (join) =>
      join.onRef('m.id', '=', 'page.meetingId').on('m.teamId', '=', f.teamId),
    )
    .leftJoin('users as u', 'u.id', 'page.decidedBy')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('followUps')
          .select([
            'followUps.decisionId',
            sql<FollowUpJson[]>`jsonb_agg(jsonb_build_object(
              'task', follow_ups.task, 'owner', follow_ups.owner,
              'dueDate', follow_ups.due_date, 'status', follow_ups.status
            ) order by follow_ups.position)`.as('items'),
          ])
          .where('followUps.teamId', '=', f.teamId)
          .where('followUps.decisionId', 'in', eb.selectFrom('page').select('page.id'))
          .groupBy('followUps.decisionId')
          .as('f'),
      (join) => join.onRef('f.decisionId', '=', 'page.id'),
    )
    .select([
      'page.title',
      'page.status',
      'page.model',
      'page.decisionText',
      'page.rationale',
      'page.owner',
      'page.focusStudentIds',
      'm.title as meetingTitle',
      'm.meetingDate',
      local('createdAt').as('createdAtLocal'),
      local('decidedAt').as('decidedAtLocal'),
      'u.name as decidedByName',
      'page.tally',
      'f.items as followUps',
    ])
    .$call((query) => ordered(query, 'page', order))
    .execute();
}

/** A follow-up as the export query returns it. */
export interface FollowUpJson {
  task: string;
  owner: string;
  dueDate: string | null;
  status: string;
}

/** A team's name and time zone, or undefined. */
export async function findReviewTeam(db: Kysely<Database>, teamId: string) {
  return db
    .selectFrom('teams')
    .select(['name', 'timeZone'])
    .where('id', '=', teamId)
    .executeTakeFirst();
}

/** One decision of the team with its meeting, who decided it and what superseded it. */
export async function findReviewDecision(db: Kysely<Database>, teamId: string, id: string) {
  return db
    .selectFrom('decisions as d')
    .leftJoin('meetings as m', (join) =>
      join.onRef('m.id', '=', 'd.meetingId').on('m.teamId', '=', teamId),
    )
    .leftJoin('users as u', 'u.id', 'd.decidedBy')
    .leftJoin('decisions as s', (join) =>
      join.onRef('s.id', '=', 'd.supersededBy').on('s.teamId', '=', teamId),
    )
    .selectAll('d')
    .select([
      'm.title as meetingTitle',
      'm.meetingDate',
      'u.name as decidedByName',
      's.title as supersededByTitle',
    ])
    .where('d.teamId', '=', teamId)
    .where('d.id', '=', id)
    .executeTakeFirst();
}

/** A decision's follow-ups, in list order. */
export async function listDecisionFollowUps(db: Kysely<Database>, decisionId: string) {
  return db
    .selectFrom('followUps')
    .select(['id', 'task', 'owner', 'dueDate', 'status'])
    .where('decisionId', '=', decisionId)
    .orderBy('position')
    .execute();
}

/**
 * The team's follow-ups that are not done and due in `[dueFrom, dueBefore)` (calendar dates;
 * either end open when null), earliest due first, with their decision's title.
 */
export async function listDueFollowUps(
  db: Kysely<Database>,
  teamId: string,
  range: { dueFrom: string | null; dueBefore: string | null; limit: number },
) {
  let query = db
    .selectFrom('followUps as f')
    .innerJoin('decisions as d', 'd.id', 'f.decisionId')
    .select([
      'f.id',
      'f.task',
      'f.owner',
      'f.dueDate',
      'f.status',
      'd.id as decisionId',
      'd.title as decisionTitle',
    ])
    .where('f.teamId', '=', teamId)
    .where('d.teamId', '=', teamId)
    .where('f.status', '<>', 'done')
    .where('f.dueDate', 'is not', null);
  if (range.dueFrom) query = query.where('f.dueDate', '>=', range.dueFrom);
  if (range.dueBefore) query = query.where('f.dueDate', '<', range.dueBefore);
  return query
    .orderBy('f.dueDate')
    .orderBy('d.createdAt')
    .orderBy('f.position')
    .orderBy('f.decisionId')
    .limit(range.limit)
    .execute();
}

/** How many of the team's decisions have each status (statuses with none are absent). */
export async function countDecisionsByStatus(db: Kysely<Database>, teamId: string) {
  const rows = await db
    .selectFrom('decisions')
    .select((eb) => ['status', eb.fn.countAll<string>().as('count')])
    .where('teamId', '=', teamId)
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ status: r.status, count: Number(r.count) }));
}

/**
 * Decisions created per month (`YYYY-MM` in the team's zone) since the first day of
 * `sinceMonth`; months with none are absent.
 */
export async function countDecisionsByMonth(
  db: Kysely<Database>,
  teamId: string,
  timeZone: string,
  sinceMonth: string,
) {
  const month = sql<string>`to_char(created_at at time zone ${timeZone}, 'YYYY-MM')`;
  const rows = await db
    .selectFrom('decisions')
    .select((eb) => [month.as('month'), eb.fn.countAll<string>().as('count')])
    .where('teamId', '=', teamId)
    .where(
      'createdAt',
      '>=',
      sql<Date>`(${`${sinceMonth}-01`}::date::timestamp at time zone ${timeZone})`,
    )
    // By position: the zone is a parameter, so a repeated expression would not match the select.
    .groupBy(sql`1`)
    .execute();
  return rows.map((r) => ({ month: r.month, count: Number(r.count) }));
}

/** The team's follow-ups: open (not done), overdue (not done, due before `today`) and done. */
export async function countFollowUps(db: Kysely<Database>, teamId: string, today: string) {
  const row = await db
    .selectFrom('followUps')
    .select((eb) => [
      eb.fn.countAll<string>().filterWhere('status', '<>', 'done').as('open'),
      eb.fn
        .countAll<string>()
        .filterWhere('status', '<>', 'done')
        .filterWhere('dueDate', '<', today)
        .as('overdue'),
      eb.fn.countAll<string>().filterWhere('status', '=', 'done').as('done'),
    ])
    .where('teamId', '=', teamId)
    .executeTakeFirstOrThrow();
  return { open: Number(row.open), overdue: Number(row.overdue), done: Number(row.done) };
}
