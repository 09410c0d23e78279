import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_ARTIFACT_BYTES } from '../../shared/api/runs';
import { readStoredDocument } from '../util/storedDocument';
import { callApi } from '../testing/apiClient';
import { recordReliability } from '../testing/reliabilityRecord';
import { availableBackends } from '../testing/testDatabase';
import type { RouteSpec } from './ApiRouter';
import { useTestServer } from '../testing/useTestServer';

/**
 * Mutating routes that read no body. They still refuse malformed and non-object bodies (see
 * requireJsonObjectBody); the fields of an object body are ignored, so the unknown-field and
 * wrong-field cases do not apply. Every other mutating route must validate its body strictly;
 * a new route is checked as such unless it is listed here.
 */
const routesWithoutBody = new Set([
  'POST /api/auth/logout',
  'POST /api/auth/logout-all',
  'POST /api/teams/:teamId/leave',
  'POST /api/invites/:code/accept',
  'DELETE /api/teams/:teamId/members/:userId',
  'DELETE /api/teams/:teamId/invites/:inviteId',
  'DELETE /api/teams/:teamId/protocols/:protocolId',
  'POST /api/account/verify-email',
  'POST /api/email-verifications/:code',
  'POST /api/teams/:teamId/decisions/:decisionId/vote/open',
  'POST /api/teams/:teamId/decisions/:decisionId/vote/close',
  'POST /api/teams/:teamId/meetings/:meetingId/close',
  'POST /api/teams/:teamId/versions/:versionId/restore',
  'DELETE /api/teams/:teamId/runs/:runId/cards/:cardId',
  'DELETE /api/teams/:teamId/runs/:runId/votes/:cardId',
  'DELETE /api/teams/:teamId/runs/:runId/groups/:groupId',
  'DELETE /api/teams/:teamId/runs/:runId/cards/:cardId/group',
  'POST /api/teams/:teamId/runs/:runId/decisions/:decisionId/show',
  'DELETE /api/teams/:teamId/plans/:planId/actions/:actionId',
  'DELETE /api/teams/:teamId/cycles/:cycleId/data/:pointId',
]);

/** Valid bodies for a few routes, to show that one unknown field alone is refused. */
const validBodies: Record<string, Record<string, unknown>> = {
  'POST /api/teams': { name: 'Valid ILT' },
  'PATCH /api/teams/:teamId': { name: 'Renamed ILT' },
  'POST /api/teams/:teamId/invites': { role: 'member' },
  'POST /api/teams/:teamId/meetings': { title: 'Weekly', date: '2026-11-23' },
  'PATCH /api/account': { name: 'New Name' },
};

const persistenceTables = new Set(['documents', 'document_updates']);

const unknownId = '00000000-0000-4000-8000-000000000000';
/** Over the API's 64 KiB JSON limit; uploads of student work get the artifact limit. */
const HUGE_JSON_BYTES = 256 * 1024;
const HUGE_UPLOAD_BYTES = MAX_ARTIFACT_BYTES + 256 * 1024;

interface Case {
  name: string;
  body: string;
  /** Codes the answer may carry. */
  codes: string[];
}

const malformed: Case[] = [
  { name: 'malformed JSON', body: '{"name": "x",', codes: ['invalid_json'] },
  { name: 'trailing garbage', body: '{} {}', codes: ['invalid_json'] },
  { name: 'array body', body: '[1, 2]', codes: ['invalid_input'] },
  { name: 'number body', body: '42', codes: ['invalid_input'] },
  { name: 'string body', body: '"text"', codes: ['invalid_input'] },
  { name: 'null body', body: 'null', codes: ['invalid_input'] },
];
const fieldCases: Case[] = [
  { name: 'unknown field', body: '{"__unknownField": true}', codes: ['invalid_input'] },
  {
    name: 'wrong field types',
    body: JSON.stringify({
      name: 42,
      title: [],
      text: { nested: true },
      role: 7,
      email: false,
      password: 1,
      date: 20261123,
      protocolId: null,
    }),
    codes: ['invalid_input'],
  },
];

describe.each(availableBackends().slice(0, 1))('the HTTP API under bad input on %s', (backend) => {
  const fixture = useTestServer({ backend });
  const params: Record<string, string> = {};

  /** A fingerprint of every table's rows: any insert, update or delete changes it. */
  async function fingerprint(): Promise<Map<string, string>> {
    const db = fixture.app.database.db;
    const tables = await db.introspection.getTables();
    const prints = new Map<string, string>();
    for (const table of tables) {
      // Compaction moves log rows into `documents` in the background without changing any
      // document: those two tables are compared by the documents they hold instead.
      if (persistenceTables.has(table.name)) continue;
      const { rows } = await sql<{ print: string | null }>`
        select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as print
        from ${sql.table(table.name)} t`.execute(db);
      prints.set(table.name, rows[0]?.print ?? '');
    }
    const names = await sql<{ name: string }>`
      select name from documents union select document_name from document_updates`.execute(db);
    for (const { name } of names.rows) {
      const doc = await readStoredDocument(db, name);
      // Its state vector changes with every insert, the delete set with every deletion.
      const content = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc));
      prints.set(`document ${name}`, `${Y.encodeStateVector(doc).join()}:${content.join()}`);
    }
    return prints;
  }

  function concretePath(spec: RouteSpec): string {
    return spec.path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? unknownId);
  }

  async function send(spec: RouteSpec, body: string) {
    const response = await fetch(`${fixture.app.url}${concretePath(spec)}`, {
      method: spec.method,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${fixture.team.principal.token}`,
      },
      body,
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    const error = (json as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    return {
      status: response.status,
      isJson: response.headers.get('content-type')?.includes('application/json') ?? false,
      code: typeof error?.code === 'string' ? error.code : null,
      message: typeof error?.message === 'string' ? error.message : null,
    };
  }

  beforeAll(async () => {
    const teamId = fixture.team.teamId;
    const auth = { token: fixture.team.principal.token };
    const run = await callApi(fixture.app.url, 'POST', `/api/teams/${teamId}/runs`, {
      ...auth,
      body: { protocolId: 'notice-and-wonder', title: 'Bad input run' },
    });
    const meeting = await callApi(fixture.app.url, 'POST', `/api/teams/${teamId}/meetings`, {
      ...auth,
      body: { title: 'Bad input meeting', date: '2026-11-23' },
    });
    const invite = await callApi(fixture.app.url, 'POST', `/api/teams/${teamId}/invites`, {
      ...auth,
      body: { role: 'viewer' },
    });
    const decision = await callApi(fixture.app.url, 'POST', `/api/teams/${teamId}/decisions`, {
      ...auth,
      body: { title: 'Bad input decision' },
    });
    const plan = await callApi(fixture.app.url, 'POST', `/api/teams/${teamId}/plans`, {
      ...auth,
      body: { schoolYear: 2026 },
    });
    const planId = (plan.body as { planId: string }).planId;
    // A cycle row of its own: every cycle route refuses a bad body before it reads documents.
    const cycleId = crypto.randomUUID();
    await fixture.app.database.db
      .insertInto('improvementCycles')
      .values({ id: cycleId, teamId, planId, goalId: 'goal', number: 1, previousCycleId: null })
      .execute();
    Object.assign(params, {
      teamId,
      planId,
      cycleId,
      runId: (run.body as { id: string }).id,
      meetingId: (meeting.body as { meetingId: string }).meetingId,
      decisionId: (decision.body as { decisionId: string }).decisionId,
      inviteId: (invite.body as { id: string }).id,
      code: (invite.body as { code: string }).code,
      userId: fixture.team.member.id,
      protocolId: 'notice-and-wonder',
    });
  }, 30_000);

  it('answers every malformed, mistyped, oversized or over-specified body with a JSON 4xx and writes nothing', async () => {
    const mutating = fixture.app.routes.filter((spec) => spec.method !== 'GET');
    expect(mutating.length).toBeGreaterThan(20);
    const failures: string[] = [];
    let requests = 0;
    let rejected = 0;
    const statuses = new Map<number, number>();
    const hugeBody = (bytes: number) => `{"name": "${'x'.repeat(bytes)}"}`;
    const hugeJson = hugeBody(HUGE_JSON_BYTES);
    const hugeUpload = hugeBody(HUGE_UPLOAD_BYTES);
    const before = await fingerprint();

    for (const spec of mutating) {
      const key = `${spec.method} ${spec.path}`;
      // The upload route takes multipart only: any JSON is refused as the wrong media type.
      const isUpload = spec.path.endsWith('/artifacts');
      const cases: Case[] = [
        ...(isUpload
          ? malformed.map((c) => ({ ...c, codes: ['unsupported_media_type'] }))
          : malformed),
        {
          name: 'huge body',
          body: isUpload ? hugeUpload : hugeJson,
          codes: ['payload_too_large'],
        },
        ...(routesWithoutBody.has(key)
          ? []
          : isUpload
            ? fieldCases.map((c) => ({ ...c, codes: ['unsupported_media_type'] }))
            : fieldCases),
      ];
      const valid = validBodies[key];
      if (valid) {
        cases.push({
          name: 'valid body plus one unknown field',
          body: JSON.stringify({ ...valid, extraField: 'x' }),
          codes: ['invalid_input'],
        });
      }
      for (const testCase of cases) {
        requests += 1;
        const answer = await send(spec, testCase.body);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const ok =
          answer.status >= 400 &&
          answer.status < 500 &&
          answer.isJson &&
          answer.code !== null &&
          answer.message !== null &&
          testCase.codes.includes(answer.code) &&
          (testCase.name !== 'valid body plus one unknown field' ||
            (answer.message ?? '').includes('extraField'));
        if (ok) rejected += 1;
        else
          failures.push(
            `${key} ${testCase.name}: ${answer.status} ${answer.code} ${answer.message}`,
          );
      }
    }

    const after = await fingerprint();
    const changedTables = [...before].filter(([table, print]) => after.get(table) !== print);
    const summary = [...statuses].map(([status, n]) => `${status}×${n}`).join(', ');
    recordReliability({
      id: 'bad-input-http-api',
      area: 'Bad input',
      fault:
        'Malformed JSON, non-object bodies, wrong field types, bodies over the limit, unknown fields',
      method: `Every mutating API route (${mutating.length}) as the principal with real ids; every table fingerprinted (md5 of its rows) before and after`,
      trials: requests,
      outcome: `${rejected}/${requests} answered 4xx with a JSON error naming the problem (${summary}); tables changed: ${changedTables.map(([t]) => t).join(', ') || 'none'}`,
      passed: failures.length === 0 && changedTables.length === 0,
      command: 'npx vitest run server/http/badInput.test.ts',
    });

    expect(failures).toEqual([]);
    expect(changedTables).toEqual([]);
  }, 60_000);
});
