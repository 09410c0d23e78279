import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { type FollowUp, followUpStatuses } from '../../shared/decisions/decisionDoc';
import {
  decisionModels,
  decisionStatuses,
  type DecisionModel,
  type DecisionStatus,
} from '../../shared/decisions/decisionRules';

/**
 * A decision log of any size written straight into the relational rows, for review tests and
 * timings: varied statuses, models, owners, dates, students, meetings and follow-ups, made
 * from the index alone so a test can compute what every query should answer.
 */

export interface SeededDecision {
  id: string;
  title: string;
  status: DecisionStatus;
  model: DecisionModel | null;
  owner: string;
  decisionText: string;
  rationale: string;
  studentIds: string[];
  meetingId: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  followUps: FollowUp[];
}

export interface SeededMeeting {
  id: string;
  title: string;
  date: string;
}

const TOPICS = ['Attendance', 'Benchmarks', 'Coaching', 'Data walls', 'Exit tickets', 'Fractions'];
const VERBS = ['pilot', 'adopt', 'review', 'pause', 'extend'];
export const SEEDED_OWNERS = ['Ann Lee', 'Ann_Lee', 'Ben Okafor', 'Chen Wei', 'Dana Smith'];
const STUDENT_SETS = [[], ['s-a'], ['s-b'], ['s-a', 's-c']];
const HOUR = 3_600_000;
const DECIDED_STATUSES: DecisionStatus[] = ['decided', 'in-progress', 'done', 'superseded'];

/** A calendar date `days` after `date` (YYYY-MM-DD). */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The `i`th generated decision; `today` anchors follow-up due dates. */
export function generatedDecision(
  i: number,
  now: Date,
  today: string,
  meetings: SeededMeeting[],
): SeededDecision {
  const topic = TOPICS[i % TOPICS.length] ?? 'Attendance';
  const status = decisionStatuses[i % decisionStatuses.length] ?? 'proposed';
  const createdAt = new Date(now.getTime() - i * 5 * HOUR - 60_000);
  const followUps: FollowUp[] = [];
  if (i % 5 === 0) {
    followUps.push({
      id: `fu-${i}-a`,
      task: i % 97 === 0 ? 'Order manipulatives' : 'Collect exit tickets',
      owner: SEEDED_OWNERS[(i + 1) % SEEDED_OWNERS.length] ?? '',
      dueDate: shiftDate(today, (i % 81) - 40),
      status: followUpStatuses[i % followUpStatuses.length] ?? 'open',
    });
  }
  if (i % 10 === 0) {
    followUps.push({
      id: `fu-${i}-b`,
      task: 'Share results',
      owner: '',
      dueDate: i % 20 === 0 ? null : shiftDate(today, (i % 23) - 11),
      status: 'open',
    });
  }
  return {
    id: randomUUID(),
    title: `${topic} plan ${String(i).padStart(5, '0')}`,
    status,
    model: i % 7 === 6 ? null : (decisionModels[i % 7] ?? null),
    owner: SEEDED_OWNERS[i % SEEDED_OWNERS.length] ?? '',
    decisionText: `We will ${VERBS[i % VERBS.length]} ${topic.toLowerCase()} for grade ${(i % 12) + 1}.`,
    rationale:
      i % 50 === 0 ? 'Evidence from the photosynthesis unit.' : 'Exit ticket data showed gaps.',
    studentIds: STUDENT_SETS[i % STUDENT_SETS.length] ?? [],
    meetingId: i % 10 < meetings.length ? (meetings[i % 10]?.id ?? null) : null,
    createdAt,
    decidedAt: DECIDED_STATUSES.includes(status) ? new Date(createdAt.getTime() + HOUR) : null,
    followUps,
  };
}

/** Meetings for a seeded log: eight of them, a week apart. */
export function generatedMeetings(today: string): SeededMeeting[] {
  return Array.from({ length: 8 }, (_, i) => ({
    id: randomUUID(),
    title: `ILT meeting ${i + 1}`,
    date: shiftDate(today, -7 * i),
  }));
}

/** Extra columns a seeded decision may carry beyond what the generator makes. */
export interface SeedExtras {
  decidedBy?: string | null;
  supersededBy?: string | null;
  tally?: unknown;
  voters?: string[];
  evidence?: unknown[];
  focusAffects?: string | null;
  focusHow?: string;
}

/** Writes meetings, decisions and follow-ups in a few multi-row inserts. */
export async function insertSeededLog(
  db: Kysely<Database>,
  teamId: string,
  log: { meetings: SeededMeeting[]; decisions: (SeededDecision & SeedExtras)[] },
  chunkSize = 500,
): Promise<void> {
  if (log.meetings.length > 0) {
    await db
      .insertInto('meetings')
      .values(log.meetings.map((m) => ({ id: m.id, teamId, title: m.title, meetingDate: m.date })))
      .execute();
  }
  for (let start = 0; start < log.decisions.length; start += chunkSize) {
    const chunk = log.decisions.slice(start, start + chunkSize);
    await db
      .insertInto('decisions')
      .values(
        chunk.map((d) => ({
          id: d.id,
          teamId,
          meetingId: d.meetingId,
          runId: null,
          title: d.title,
          status: d.status,
          createdBy: null,
          createdAt: d.createdAt,
          model: d.model,
          owner: d.owner,
          decisionText: d.decisionText,
          rationale: d.rationale,
          evidence: JSON.stringify(d.evidence ?? []),
          focusAffects: d.focusAffects ?? (d.studentIds.length > 0 ? 'yes' : 'no'),
          focusStudentIds: JSON.stringify(d.studentIds),
          focusHow: d.focusHow ?? '',
          supersededBy: d.supersededBy ?? null,
          tally: d.tally === undefined ? null : JSON.stringify(d.tally),
          voters: JSON.stringify(d.voters ?? []),
          decidedAt: d.decidedAt,
          decidedBy: d.decidedBy ?? null,
        })),
      )
      .execute();
    const followUpRows = chunk.flatMap((d) =>
      d.followUps.map((f, position) => ({ ...f, decisionId: d.id, teamId, position })),
    );
    if (followUpRows.length > 0) await db.insertInto('followUps').values(followUpRows).execute();
  }
}

/** Text with everything a CSV file or a search can trip on. */
export const AWKWARD = {
  title: 'Núñez, "Norte"\nline 🎉',
  text: 'Décision: "quotes", commas, and\nnewlines — ✅ ok',
  rationale: 'Because “smart quotes” & <b>not html</b>',
  owner: 'José "Pepe" O\'Brien, Jr.',
};

/**
 * Decisions a generated log lacks: one with awkward text in every field, created at 23:30 on
 * 28 February in Chicago (already 1 March in UTC) and superseded by `supersededBy`; one at
 * 00:30 on 1 March in Chicago; one whose title a spreadsheet would run as a formula.
 */
export function edgeCaseDecisions(
  now: Date,
  today: string,
  meetings: SeededMeeting[],
  links: { decidedBy: string; supersededBy: string },
) {
  const base = generatedDecision(1, now, today, meetings);
  const awkward: SeededDecision & SeedExtras = {
    ...base,
    id: randomUUID(),
    title: AWKWARD.title,
    status: 'superseded',
    model: 'consensus',
    owner: AWKWARD.owner,
    decisionText: AWKWARD.text,
    rationale: AWKWARD.rationale,
    studentIds: ['s-b', 's-c', 's-gone'],
    meetingId: meetings[0]?.id ?? null,
    createdAt: new Date('2026-03-01T05:30:00Z'),
    decidedAt: new Date('2026-03-02T15:00:00Z'),
    ...links,
    tally: {
      model: 'consensus',
      counts: { agree: 3, 'stand-aside': 1 },
      voters: 4,
      passes: true,
      reason: '3 agree, 1 stand aside',
    },
    voters: ['Member Max', 'Principal Pat'],
    evidence: [{ kind: 'url', url: 'https://example.org/data', label: 'Data, "2026"' }],
    focusAffects: 'yes',
    focusHow: 'Exit tickets, "weekly"',
    followUps: [
      {
        id: 'call',
        task: 'Call "Norte", then\nreport 🎉',
        owner: 'Zoë',
        dueDate: shiftDate(today, -3),
        status: 'open',
      },
      { id: 'done', task: 'Done thing', owner: 'Ann Lee', dueDate: null, status: 'done' },
    ],
  };
  const plain = (title: string, at: string): SeededDecision => ({
    ...base,
    id: randomUUID(),
    title,
    owner: 'Dana Smith',
    decisionText: 'A boundary case.',
    createdAt: new Date(at),
    decidedAt: null,
    followUps: [],
  });
  return {
    awkward,
    afterMidnight: plain('Boundary after midnight', '2026-03-01T06:30:00Z'),
    formula: plain('=HYPERLINK("https://example.org")', '2026-01-10T12:00:00Z'),
  };
}

/** Adds a decision to the first team `userId` belongs to (another team than the one tested). */
export async function insertDecisionInTeamOf(db: Kysely<Database>, userId: string, title: string) {
  const { teamId } = await db
    .selectFrom('memberships')
    .select('teamId')
    .where('userId', '=', userId)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await db
    .insertInto('decisions')
    .values({ id, teamId, meetingId: null, runId: null, title, createdBy: null })
    .execute();
  return id;
}
