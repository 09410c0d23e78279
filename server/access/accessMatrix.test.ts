import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertMembershipIfAbsent, insertTeamWithPrincipal } from '../../db/queries/teams';
import type { TeamAction } from '../../shared/access/roles';
import {
  commentsDocumentName,
  cycleDocumentName,
  cycleRecordDocumentName,
  type DocumentKind,
  documentKinds,
  decisionDocumentName,
  decisionStatusDocumentName,
  meetingControlDocumentName,
  meetingDocumentName,
  purposeDocumentName,
  runBoardDocumentName,
  planActionsDocumentName,
  runControlDocumentName,
  workPlanDocumentName,
} from '../../shared/documents/documentName';
import { startSession } from '../auth/sessions';
import type { RouteRule, RouteSpec } from '../http/ApiRouter';
import { callApi } from '../testing/apiClient';
import { connectClient } from '../testing/collabClient';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';
import { captureServerLogs, serverRefusals } from '../testing/consoleCapture';

/**
 * The access matrix, written from the roles table in PRODUCT.md, on purpose not derived from
 * the policy module it checks. Every API route the server registers and every document kind
 * the name parser knows must appear here (TypeScript enforces the kinds; the first test
 * enforces the routes), so a new route or kind without a rule fails.
 */
const callers = ['principal', 'facilitator', 'member', 'viewer', 'outsider', 'signed-out'] as const;
type Caller = (typeof callers)[number];
const members: Caller[] = ['principal', 'facilitator', 'member', 'viewer'];
const editors: Caller[] = ['principal', 'facilitator', 'member'];

const teamActionCallers: Record<TeamAction, Caller[]> = {
  'team.view': members,
  'team.leave': members,
  'team.rename': ['principal'],
  'team.settings': ['principal'],
  'team.manage-members': ['principal'],
  'team.audit': ['principal'],
  'team.export': ['principal'],
  'team.delete': ['principal'],
  'run.facilitate': ['principal', 'facilitator'],
  'run.participate': editors,
  'meeting.facilitate': ['principal', 'facilitator'],
  'decision.participate': editors,
  'decision.facilitate': ['principal', 'facilitator'],
  'plan.manage': ['principal', 'facilitator'],
  'plan.edit': editors,
};

function allowedCallers(rule: RouteRule): Caller[] {
  switch (rule.kind) {
    case 'public':
      return [...callers];
    case 'signed-in':
      return callers.filter((c) => c !== 'signed-out');
    case 'team':
      return teamActionCallers[rule.action];
  }
}

/**
 * Run documents, decision status (votes, tallies), meeting signals and comment threads are
 * written by the server alone, on commands checked like any API route.
 */
const documentCallers: Record<DocumentKind, { read: Caller[]; write: Caller[] }> = {
  purpose: { read: members, write: editors },
  'run-board': { read: members, write: [] },
  'run-control': { read: members, write: [] },
  decision: { read: members, write: editors },
  'decision-status': { read: members, write: [] },
  meeting: { read: members, write: editors },
  'meeting-control': { read: members, write: [] },
  'work-plan': { read: members, write: editors },
  'plan-actions': { read: members, write: [] },
  cycle: { read: members, write: editors },
  'cycle-record': { read: members, write: [] },
  comments: { read: members, write: [] },
};

function sampleDocumentName(
  kind: DocumentKind,
  teamId: string,
  runId: string,
  decisionId: string,
  meetingId: string,
  planId: string,
  cycleId: string,
): string {
  switch (kind) {
    case 'purpose':
      return purposeDocumentName(teamId);
    case 'run-board':
      return runBoardDocumentName(teamId, runId);
    case 'run-control':
      return runControlDocumentName(teamId, runId);
    case 'decision':
      return decisionDocumentName(teamId, decisionId);
    case 'decision-status':
      return decisionStatusDocumentName(teamId, decisionId);
    case 'meeting':
      return meetingDocumentName(teamId, meetingId);
    case 'meeting-control':
      return meetingControlDocumentName(teamId, meetingId);
    case 'work-plan':
      return workPlanDocumentName(teamId, planId);
    case 'plan-actions':
      return planActionsDocumentName(teamId, planId);
    case 'cycle':
      return cycleDocumentName(teamId, cycleId);
    case 'cycle-record':
      return cycleRecordDocumentName(teamId, cycleId);
    case 'comments':
      return commentsDocumentName({ kind: 'decision', teamId, decisionId });
  }
}

const unknownId = '00000000-0000-4000-8000-000000000000';

/** A route's path with its parameters filled for one team. */
function concretePath(spec: RouteSpec, teamId: string, runId: string): string {
  return spec.path
    .replace(':teamId', teamId)
    .replace(':runId', runId)
    .replace(
      /:(userId|inviteId|cardId|protocolId|artifactId|decisionId|meetingId|threadId|planId|actionId|cycleId|pointId)/g,
      unknownId,
    )
    .replace(':code', 'no-such-code');
}

/** Whether a response is the access layer refusing (rather than the handler answering). */
function isRefusal(status: number, body: unknown): boolean {
  const code = (body as { error?: { code?: string } } | null)?.error?.code;
  return (
    (status === 401 && code === 'unauthorized') ||
    (status === 403 && code === 'forbidden') ||
    (status === 404 && code === 'not_found')
  );
}

describe.each(availableBackends())('access matrix on %s', (backend) => {
  const serverLogs = captureServerLogs([serverRefusals.signIn, serverRefusals.readOnly]);
  const fixture = useTestServer({ backend });

  /** A fresh team with the fixture's people in their roles and fresh sessions for each. */
  async function freshTeam() {
    const db = fixture.app.database.db;
    const teamId = crypto.randomUUID();
    await db.transaction().execute(async (trx) => {
      await insertTeamWithPrincipal(
        trx,
        { id: teamId, name: 'Matrix ILT' },
        fixture.team.principal.id,
      );
      for (const role of ['facilitator', 'member', 'viewer'] as const) {
        await insertMembershipIfAbsent(trx, { teamId, userId: fixture.team[role].id, role });
      }
    });
    const tokens = {} as Record<Caller, string>;
    for (const caller of callers) {
      tokens[caller] =
        caller === 'signed-out' ? '' : (await startSession(db, fixture.team[caller].id, 1)).token;
    }
    const run = await callApi(fixture.app.url, 'POST', `/api/teams/${teamId}/runs`, {
      token: tokens.principal,
      body: { protocolId: 'notice-and-wonder', title: 'Matrix run' },
    });
    if (run.status !== 201) throw new Error(`run not created: ${JSON.stringify(run.body)}`);
    const runId = (run.body as { id: string }).id;
    const decisionId = crypto.randomUUID();
    await db
      .insertInto('decisions')
      .values({
        id: decisionId,
        teamId,
        meetingId: null,
        runId,
        title: 'Matrix decision',
        createdBy: fixture.team.principal.id,
      })
      .execute();
    const meetingId = crypto.randomUUID();
    await db
      .insertInto('meetings')
      .values({ id: meetingId, teamId, title: 'Matrix meeting', meetingDate: '2026-11-22' })
      .execute();
    const planId = crypto.randomUUID();
    await db.insertInto('workPlans').values({ id: planId, teamId, schoolYear: 2026 }).execute();
    const cycleId = crypto.randomUUID();
    await db
      .insertInto('improvementCycles')
      .values({ id: cycleId, teamId, planId, goalId: 'goal', number: 1, previousCycleId: null })
      .execute();
    return { teamId, tokens, runId, decisionId, meetingId, planId, cycleId };
  }

  it('has a rule for every API route the server answers', () => {
    const ruled = new Set(fixture.app.routes.map((r) => `${r.method} ${r.path}`));
    expect(fixture.app.registeredApiRoutes.filter((route) => !ruled.has(route))).toEqual([]);
    expect(fixture.app.routes.length).toBeGreaterThan(20);
  });

  it('allows and refuses every API route exactly as the roles table says', async () => {
    const mismatches: string[] = [];
    for (const spec of fixture.app.routes) {
      const allowed = allowedCallers(spec.rule);
      const { teamId, tokens, runId } = await freshTeam();
      for (const caller of callers) {
        const method = spec.method;
        const response = await callApi(fixture.app.url, method, concretePath(spec, teamId, runId), {
          token: tokens[caller],
          ...(method === 'GET' ? {} : { body: {} }),
        });
        const refused = isRefusal(response.status, response.body);
        if (refused === allowed.includes(caller) || response.status >= 500) {
          const body = JSON.stringify(response.body).slice(0, 200);
          mismatches.push(`${method} ${spec.path} as ${caller}: ${response.status} ${body}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each(documentKinds)(
    'allows reading and writing %s documents exactly as the roles table says',
    async (kind) => {
      const { teamId, tokens, runId, decisionId, meetingId, planId, cycleId } = await freshTeam();
      const name = sampleDocumentName(kind, teamId, runId, decisionId, meetingId, planId, cycleId);
      const watcher = await connectClient(fixture.app.url, name, tokens.principal);
      for (const caller of callers) {
        const doc = new Y.Doc();
        const attempt = connectClient(fixture.app.url, name, tokens[caller], { doc });
        if (!documentCallers[kind].read.includes(caller)) {
          await expect(attempt, `${caller} reads ${kind}`).rejects.toThrow(/refused/);
          expect(serverLogs.take().some((line) => serverRefusals.signIn.test(line))).toBe(true);
          expect(doc.share.size, `${caller} received content of ${kind}`).toBe(0);
          continue;
        }
        const client = await attempt;
        if (kind === 'run-control')
          expect(client.doc.getMap('run').get('title')).toBe('Matrix run');
        client.doc.getMap('matrix').set('probe', caller);
        if (documentCallers[kind].write.includes(caller)) {
          await client.acknowledged();
        } else {
          // The refused update was handled before this later message from the same socket.
          client.provider.setAwarenessField('probe', caller);
          await watcher.seesAwareness((state) => state.probe === caller);
        }
        const inServer = fixture.app.hocuspocus.documents.get(name)?.getMap('matrix').get('probe');
        expect(inServer === caller, `${caller} writes ${kind}`).toBe(
          documentCallers[kind].write.includes(caller),
        );
        client.destroy();
      }
      watcher.destroy();
    },
  );
});
