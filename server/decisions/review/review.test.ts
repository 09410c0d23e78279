import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  DueFollowUps,
  ReviewDecisionDetail,
  ReviewOverview,
  ReviewPage,
} from '../../../shared/api/review';
import { decisionStatuses } from '../../../shared/decisions/decisionRules';
import { purposeDocumentName } from '../../../shared/documents/documentName';
import { studentsOfFocus } from '../../../shared/purpose/purposeDoc';
import { todayIn } from '../../../shared/time/teamTime';
import { callApi, type TestUser } from '../../testing/apiClient';
import { connectClient } from '../../testing/collabClient';
import { availableBackends } from '../../testing/testDatabase';
import {
  AWKWARD,
  edgeCaseDecisions,
  generatedDecision,
  generatedMeetings,
  insertDecisionInTeamOf,
  insertSeededLog,
  type SeedExtras,
  type SeededDecision,
  shiftDate,
} from '../../testing/reviewFixture';
import { useTestServer } from '../../testing/useTestServer';

const LOG_SIZE = 3_000;
const ZONE = 'America/Chicago';

describe.each(availableBackends())('the decision-log review on %s', (backend) => {
  const fixture = useTestServer({ backend, teamName: 'Escuela Núñez "Norte" ILT' });
  let log: (SeededDecision & SeedExtras)[];
  let awkward: SeededDecision & SeedExtras;
  let foreignDecisionId: string;
  const today = () => todayIn(ZONE);
  // One formatter for thousands of dates (todayIn builds a new one per call).
  const zoneDates = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const localDate = (at: Date) => zoneDates.format(at);

  const get = async <T>(path: string, user: TestUser = fixture.team.viewer) => {
    const response = await callApi(
      fixture.app.url,
      'GET',
      `/api/teams/${fixture.team.teamId}/review${path}`,
      {
        token: user.token,
      },
    );
    return response as { status: number; body: T };
  };
  const page = async (query: string) => {
    const response = await get<ReviewPage>(`/decisions?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  };
  const csv = async (query: string) => {
    const response = await fetch(
      `${fixture.app.url}/api/teams/${fixture.team.teamId}/review/decisions.csv?${query}`,
      {
        headers: { authorization: `Bearer ${fixture.team.viewer.token}` },
      },
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    const rows: string[][] = parse(Buffer.from(bytes).toString('utf8'), { bom: true });
    return { response, bytes, header: rows[0] ?? [], rows: rows.slice(1) };
  };
  const count = (predicate: (d: SeededDecision) => boolean) => log.filter(predicate).length;
  const byNewest = (a: SeededDecision, b: SeededDecision) =>
    b.createdAt.getTime() - a.createdAt.getTime();

  beforeAll(async () => {
    const timeZone = await callApi(
      fixture.app.url,
      'PUT',
      `/api/teams/${fixture.team.teamId}/time-zone`,
      {
        token: fixture.team.principal.token,
        body: { timeZone: ZONE },
      },
    );
    expect(timeZone.status).toBe(200);

    // Students of focus live in the purpose document, written the way the client writes them.
    const purpose = await connectClient(
      fixture.app.url,
      purposeDocumentName(fixture.team.teamId),
      fixture.team.member.token,
    );
    const student = (id: string, label: string) =>
      studentsOfFocus.add(purpose.doc, { id, label, why: '', hearFrom: '' });
    student('s-a', 'J.M.');
    student('s-b', '8th grade boys, "chronic" absences');
    student('s-c', 'Zoë 🌟 group');
    await purpose.acknowledged();
    purpose.destroy();

    const now = new Date();
    const seededOn = today();
    const meetings = generatedMeetings(seededOn);
    log = Array.from({ length: LOG_SIZE }, (_, i) => generatedDecision(i, now, seededOn, meetings));
    const edges = edgeCaseDecisions(now, seededOn, meetings, {
      decidedBy: fixture.team.principal.id,
      supersededBy: log[1]?.id ?? '',
    });
    awkward = edges.awkward;
    log.push(awkward, edges.afterMidnight, edges.formula);
    await insertSeededLog(fixture.app.database.db, fixture.team.teamId, {
      meetings,
      decisions: log,
    });
    await fixture.app.database.db
      .insertInto('decisionChanges')
      .values([
        {
          decisionId: awkward.id,
          teamId: fixture.team.teamId,
          field: 'title',
          before: JSON.stringify('Old title'),
          after: JSON.stringify(AWKWARD.title),
          changedBy: fixture.team.member.id,
          changedAt: new Date('2026-03-01T06:00:00Z'),
        },
        {
          decisionId: awkward.id,
          teamId: fixture.team.teamId,
          field: 'status',
          before: JSON.stringify('decided'),
          after: JSON.stringify('superseded'),
          changedBy: fixture.team.principal.id,
          changedAt: new Date('2026-03-03T06:00:00Z'),
        },
      ])
      .execute();

    // Another team's decision, which no query of this team may find.
    foreignDecisionId = await insertDecisionInTeamOf(
      fixture.app.database.db,
      fixture.team.outsider.id,
      'Foreign photosynthesis plan',
    );
  });

  it('pages through thousands of decisions, newest first, with totals and stable pages', async () => {
    const first = await page('');
    const newest = [...log].sort(byNewest);
    expect(first.total).toBe(log.length);
    expect(first).toMatchObject({ page: 1, pageSize: 25, timeZone: ZONE });
    expect(first.decisions.map((d) => d.id)).toEqual(newest.slice(0, 25).map((d) => d.id));
    expect(first.students).toEqual([
      { id: 's-a', label: 'J.M.' },
      { id: 's-b', label: '8th grade boys, "chronic" absences' },
      { id: 's-c', label: 'Zoë 🌟 group' },
    ]);

    const lastPage = Math.ceil(log.length / 200);
    const last = await page(`pageSize=200&page=${lastPage}`);
    expect(last.decisions).toHaveLength(log.length - 200 * (lastPage - 1));
    expect(last.decisions.at(-1)?.id).toBe(newest.at(-1)?.id);
    expect((await page(`pageSize=200&page=${lastPage + 1}`)).decisions).toEqual([]);

    // Many decisions share a status: ties are broken the same way on every page.
    const pages = await Promise.all(
      [1, 2, 3].map((n) => page(`sort=status&pageSize=50&page=${n}`)),
    );
    const joined = pages.flatMap((p) => p.decisions.map((d) => d.id));
    expect(new Set(joined).size).toBe(150);
    const whole = await page('sort=status&pageSize=150');
    expect(whole.decisions.map((d) => d.id)).toEqual(joined);
  });

  it('filters by status, model, owner, student of focus and meeting', async () => {
    expect((await page('status=in-progress')).total).toBe(count((d) => d.status === 'in-progress'));
    expect((await page('model=fist-to-five&status=done')).total).toBe(
      count((d) => d.model === 'fist-to-five' && d.status === 'done'),
    );
    // Owner: a case-insensitive substring, where % and _ are plain characters.
    const ownerTotal = async (owner: string) =>
      (await page(`owner=${encodeURIComponent(owner)}`)).total;
    expect(await ownerTotal('ANN')).toBe(count((d) => d.owner.startsWith('Ann')));
    expect(await ownerTotal('ann_lee')).toBe(count((d) => d.owner === 'Ann_Lee'));
    expect(await ownerTotal('%')).toBe(0);
    expect(await ownerTotal("o'brien, jr")).toBe(1);

    const withC = await page('student=s-c&pageSize=200');
    expect(withC.total).toBe(count((d) => d.studentIds.includes('s-c')));
    expect(withC.decisions.every((d) => d.studentIds.includes('s-c'))).toBe(true);
    expect((await page('student=s-gone')).total).toBe(1);

    const meetingId = awkward.meetingId ?? '';
    const inMeeting = await page(`meetingId=${meetingId}&pageSize=200`);
    expect(inMeeting.total).toBe(count((d) => d.meetingId === meetingId));
    expect(inMeeting.decisions[0]?.meeting).toMatchObject({
      id: meetingId,
      title: 'ILT meeting 1',
    });
  });

  it('searches text, owners and follow-up tasks, with partial last words', async () => {
    const total = async (q: string, more = '') =>
      (await page(`q=${encodeURIComponent(q)}${more}`)).total;
    const photosynthesis = count((d) => d.rationale.includes('photosynthesis'));
    expect(photosynthesis).toBeGreaterThan(10);
    expect(await total('photosynthesis')).toBe(photosynthesis);
    expect(await total('PHOTOSYNTH')).toBe(photosynthesis);
    expect(await total('photosynthesis', '&status=in-progress')).toBe(
      count((d) => d.rationale.includes('photosynthesis') && d.status === 'in-progress'),
    );
    const manipulatives = count((d) => d.followUps.some((f) => f.task.includes('manipulatives')));
    expect(manipulatives).toBeGreaterThan(1);
    expect(await total('manipul')).toBe(manipulatives);
    expect(await total('Núñez')).toBe(1);
    expect(await total('núñ')).toBe(1);
    expect(await total('pepe')).toBe(1);
    // Web-search syntax: a quoted phrase, and a word that must not appear.
    expect(await total('"exit ticket data" -photosynthesis')).toBe(
      count((d) => d.rationale.startsWith('Exit ticket data')),
    );
    // tsquery operators typed by a person are text, never syntax.
    const operators = await get<ReviewPage>(
      `/decisions?q=${encodeURIComponent(`foo:* & | ! ( ) ' " bar\\`)}`,
    );
    expect(operators.status).toBe(200);
    expect(operators.body.total).toBe(0);
    // Nothing to search for: the whole log.
    expect(await total('!!! :*')).toBe(log.length);
  });

  it('reads from and to as calendar dates in the team time zone', async () => {
    const from = '2026-02-20';
    const to = '2026-02-28';
    const expected = count((d) => localDate(d.createdAt) >= from && localDate(d.createdAt) <= to);
    const utc = (at: Date) => at.toISOString().slice(0, 10);
    // The range means something else in UTC: the log's last decision of February in the team's
    // zone was made on 1 March in UTC, so reading the range in UTC would miss it. (Fixed
    // timestamps: the generated log moves with the clock and cannot tell the two apart daily.)
    const lastOfFebruaryAt = new Date(awkward.createdAt);
    expect([localDate(lastOfFebruaryAt), utc(lastOfFebruaryAt)]).toEqual([
      '2026-02-28',
      '2026-03-01',
    ]);
    expect((await page(`from=${from}&to=${to}`)).total).toBe(expected);

    const firstOfMarch = await page('q=boundary&from=2026-03-01&to=2026-03-01');
    expect(firstOfMarch.decisions.map((d) => d.title)).toEqual(['Boundary after midnight']);
    const lastOfFebruary = await page(`q=${encodeURIComponent('núñez')}&to=2026-02-28`);
    expect(lastOfFebruary.total).toBe(1);
  });

  it('sorts by created, decided, title and status', async () => {
    const oldest = await page('order=asc');
    expect(oldest.decisions.map((d) => d.id)).toEqual(
      [...log]
        .sort(byNewest)
        .reverse()
        .slice(0, 25)
        .map((d) => d.id),
    );

    const decided = log.filter((d) => d.decidedAt !== null);
    const earliestDecided = await page('sort=decided&order=asc');
    expect(earliestDecided.decisions.map((d) => d.id)).toEqual(
      [...decided]
        .sort((a, b) => (a.decidedAt?.getTime() ?? 0) - (b.decidedAt?.getTime() ?? 0))
        .slice(0, 25)
        .map((d) => d.id),
    );
    // Undecided ones come last in either direction.
    const lastPage = Math.ceil(log.length / 200);
    const tail = await page(`sort=decided&order=desc&pageSize=200&page=${lastPage}`);
    expect(tail.decisions.every((d) => d.decidedAt === null)).toBe(true);

    // Only seeded titles ("Topic plan 00042"), which sort alike under any collation.
    const byTitle = await page('sort=title&order=asc&owner=lee&pageSize=200');
    const titles = byTitle.decisions.map((d) => d.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    expect(titles[0]).toMatch(/^attendance plan/);

    const byStatus = await page('sort=status&order=desc&pageSize=200&page=2');
    const ranks = byStatus.decisions.map((d) => decisionStatuses.indexOf(d.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect((await page('sort=status&order=desc')).decisions[0]?.status).toBe('superseded');
  });

  it('counts follow-ups per decision and lists those overdue or due soon', async () => {
    const row = (await page(`q=${encodeURIComponent('núñez')}`)).decisions[0];
    expect(row).toMatchObject({
      title: AWKWARD.title,
      excerpt: 'Décision: "quotes", commas, and newlines — ✅ ok',
      followUps: { open: 1, overdue: 1, total: 2 },
    });

    const due = await get<DueFollowUps>('/follow-ups');
    expect(due.status).toBe(200);
    const open = log.flatMap((d) => d.followUps.filter((f) => f.status !== 'done' && f.dueDate));
    const overdue = open.filter((f) => (f.dueDate ?? '') < today());
    const soon = open.filter((f) => {
      const date = f.dueDate ?? '';
      return date >= today() && date <= shiftDate(today(), 14);
    });
    expect(due.body.timeZone).toBe(ZONE);
    expect(due.body.overdue.map((f) => f.id).sort()).toEqual(overdue.map((f) => f.id).sort());
    expect(due.body.dueSoon.map((f) => f.id).sort()).toEqual(soon.map((f) => f.id).sort());
    const days = due.body.overdue.map((f) => f.daysLeft);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(days[0]).toBe(-40);
    expect(days.every((d) => d < 0)).toBe(true);
    expect(due.body.dueSoon.every((f) => f.daysLeft >= 0 && f.daysLeft <= 14)).toBe(true);
    expect(due.body.overdue.find((f) => f.id === 'call')).toMatchObject({
      decisionId: awkward.id,
      decisionTitle: AWKWARD.title,
      daysLeft: -3,
      owner: 'Zoë',
    });

    const week = await get<DueFollowUps>('/follow-ups?within=7');
    expect(week.body.dueSoon.every((f) => f.daysLeft <= 7)).toBe(true);
    expect(week.body.dueSoon.length).toBeLessThan(due.body.dueSoon.length);
  });

  it('gives an overview by status, by month in the team zone and of follow-ups', async () => {
    const { status, body } = await get<ReviewOverview>('/overview');
    expect(status).toBe(200);
    expect(body.byStatus).toEqual(
      decisionStatuses.map((s) => ({ status: s, count: count((d) => d.status === s) })),
    );
    expect(body.byMonth).toHaveLength(12);
    expect(body.byMonth.at(-1)?.month).toBe(today().slice(0, 7));
    for (const { month, count: n } of body.byMonth) {
      expect(n, month).toBe(count((d) => localDate(d.createdAt).startsWith(month)));
    }
    const followUps = log.flatMap((d) => d.followUps);
    const notDone = followUps.filter((f) => f.status !== 'done');
    expect(body.followUps).toEqual({
      open: notDone.length,
      overdue: notDone.filter((f) => f.dueDate !== null && f.dueDate < today()).length,
      done: followUps.length - notDone.length,
    });
  });

  it('shows everything about one decision, and nothing of another team', async () => {
    const { status, body } = await get<ReviewDecisionDetail>(`/decisions/${awkward.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: awkward.id,
      title: AWKWARD.title,
      status: 'superseded',
      model: 'consensus',
      owner: AWKWARD.owner,
      decisionText: AWKWARD.text,
      rationale: awkward.rationale,
      evidence: awkward.evidence,
      focusCheck: { affects: 'yes', studentIds: ['s-b', 's-c', 's-gone'], how: awkward.focusHow },
      tally: awkward.tally,
      voters: ['Member Max', 'Principal Pat'],
      decidedByName: 'Principal Pat',
      decidedAt: '2026-03-02T15:00:00.000Z',
      createdAt: '2026-03-01T05:30:00.000Z',
      supersededBy: { id: log[1]?.id, title: log[1]?.title },
      meeting: { id: awkward.meetingId, title: 'ILT meeting 1', date: today() },
      followUps: { open: 1, overdue: 1, total: 2 },
      followUpItems: awkward.followUps,
    });
    expect(body.history.map((c) => [c.field, c.byName, c.after])).toEqual([
      ['status', 'Principal Pat', 'superseded'],
      ['title', 'Member Max', AWKWARD.title],
    ]);

    for (const id of [foreignDecisionId, randomUUID(), 'not-a-uuid']) {
      const missing = await get(`/decisions/${id}`);
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ error: { code: 'decision_not_found' } });
    }
    expect((await page('q=foreign')).total).toBe(0);
    const outsider = await get('/decisions', fixture.team.outsider);
    expect(outsider.status).toBe(404);
  });

  it('answers 400 with the reason for bad queries', async () => {
    const bad = async (path: string, field: string) => {
      const response = await get<{ error: { code: string; message: string } }>(path);
      expect(response.status, path).toBe(400);
      expect(response.body.error.code).toBe('invalid_input');
      expect(response.body.error.message, path).toContain(field);
    };
    await bad('/decisions?status=maybe', 'status');
    await bad('/decisions?pageSize=500', 'pageSize');
    await bad('/decisions?page=0', 'page');
    await bad('/decisions?from=yesterday', 'from');
    await bad('/decisions?from=2026-03-02&to=2026-03-01', 'to');
    await bad('/decisions?meetingId=12', 'meetingId');
    await bad('/decisions?color=red', 'color');
    await bad(`/decisions?q=${'x'.repeat(201)}`, 'q');
    await bad('/decisions.csv?sort=random', 'sort');
    await bad('/follow-ups?within=0', 'within');
    await bad('/follow-ups?within=91', 'within');
    await bad('/follow-ups?within=soon', 'within');
    // An empty parameter is no filter.
    expect((await page('status=&q=')).total).toBe(log.length);
  });

  it('exports the filtered log as CSV that round-trips awkward text', async () => {
    const { response, bytes, header, rows } = await csv(`q=${encodeURIComponent('núñez')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="decision-log-escuela-nunez-norte-ilt-${today()}.csv"`,
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header).toEqual([
      'title',
      'status',
      'model',
      'decision',
      'rationale',
      'owner',
      'students of focus',
      'meeting',
      'meeting date',
      `created at (${ZONE})`,
      `decided at (${ZONE})`,
      'decided by',
      'result',
      'follow-ups',
    ]);
    expect(rows).toEqual([
      [
        AWKWARD.title,
        'superseded',
        'consensus',
        AWKWARD.text,
        awkward.rationale,
        AWKWARD.owner,
        '8th grade boys, "chronic" absences; Zoë 🌟 group; s-gone',
        'ILT meeting 1',
        today(),
        '2026-02-28 23:30',
        '2026-03-02 09:00',
        'Principal Pat',
        'passes: 3 agree, 1 stand aside (4 voters)',
        `Call "Norte", then\nreport 🎉 (Zoë, due ${shiftDate(today(), -3)}, open)\nDone thing (Ann Lee, done)`,
      ],
    ]);

    const decided = await csv('status=decided&sort=title&order=asc');
    expect(decided.rows).toHaveLength(count((d) => d.status === 'decided'));
    expect(decided.rows.every((r) => r[1] === 'decided')).toBe(true);
    const everything = await csv('page=3&pageSize=10');
    expect(everything.rows).toHaveLength(log.length);
    // A cell a spreadsheet would run as a formula is kept as text.
    const formula = await csv('q=hyperlink');
    expect(formula.rows[0]?.[0]).toBe('\'=HYPERLINK("https://example.org")');
  });
});
