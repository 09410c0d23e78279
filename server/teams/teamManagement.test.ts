import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AuditLogPage, InviteResponse, PendingInviteList } from '../../shared/api/teams';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments, studentsOfFocus } from '../../shared/purpose/purposeDoc';
import { callApi, signUp, type TestUser } from '../testing/apiClient';
import { connectClient } from '../testing/collabClient';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';

describe.each(availableBackends())('team management on %s', (backend) => {
  const fixture = useTestServer({ backend, teamName: 'Escuela Núñez, "Norte" ILT' });

  const api = (method: string, path: string, user?: TestUser, body?: unknown) =>
    callApi(fixture.app.url, method, path, { ...(user ? { token: user.token } : {}), body });
  const invite = async (body: Record<string, unknown>) => {
    const response = await api(
      'POST',
      `/api/teams/${fixture.team.teamId}/invites`,
      fixture.team.principal,
      body,
    );
    expect(response.status).toBe(201);
    return response.body as InviteResponse;
  };
  const roleOf = async (user: TestUser) => {
    const detail = await api('GET', `/api/teams/${fixture.team.teamId}`, fixture.team.principal);
    const members = (detail.body as { members: { userId: string; role: string }[] }).members;
    return members.find((m) => m.userId === user.id)?.role ?? null;
  };

  it('invites by single-use link and by email, lists pending invites and revokes them', async () => {
    const once = await invite({ role: 'viewer', singleUse: true });
    const first = await signUp(fixture.app.url, 'First');
    const second = await signUp(fixture.app.url, 'Second');
    expect((await api('POST', `/api/invites/${once.code}/accept`, first)).status).toBe(200);
    const reused = await api('POST', `/api/invites/${once.code}/accept`, second);
    expect(reused).toMatchObject({ status: 404, body: { error: { code: 'invite_invalid' } } });

    const forJo = await invite({ role: 'member', email: 'Jo@Example.org' });
    expect(forJo).toMatchObject({ email: 'jo@example.org', singleUse: true });
    const wrong = await api('POST', `/api/invites/${forJo.code}/accept`, second);
    expect(wrong).toMatchObject({ status: 403, body: { error: { code: 'invite_wrong_account' } } });

    const link = await invite({ role: 'member' });
    const pending = (
      await api('GET', `/api/teams/${fixture.team.teamId}/invites`, fixture.team.principal)
    ).body as PendingInviteList;
    expect(pending.invites.map((i) => i.id)).toEqual(expect.arrayContaining([forJo.id, link.id]));
    expect(pending.invites.map((i) => i.id)).not.toContain(once.id);

    expect(
      (
        await api(
          'DELETE',
          `/api/teams/${fixture.team.teamId}/invites/${link.id}`,
          fixture.team.principal,
        )
      ).status,
    ).toBe(200);
    expect((await api('GET', `/api/invites/${link.code}`)).status).toBe(404);
    expect((await api('POST', `/api/invites/${link.code}/accept`, second)).status).toBe(404);
  });

  it('keeps at least one principal and transfers the role', async () => {
    const self = `/api/teams/${fixture.team.teamId}/members/${fixture.team.principal.id}`;
    const demote = await api('PATCH', self, fixture.team.principal, { role: 'member' });
    expect(demote).toMatchObject({ status: 409, body: { error: { code: 'last_principal' } } });
    expect((await api('DELETE', self, fixture.team.principal)).status).toBe(409);
    expect(
      (await api('POST', `/api/teams/${fixture.team.teamId}/leave`, fixture.team.principal)).status,
    ).toBe(409);
    const bogus = await api('PATCH', self, fixture.team.principal, { role: 'owner' });
    expect(bogus).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
    const viewerPath = `/api/teams/${fixture.team.teamId}/members/${fixture.team.viewer.id}`;
    expect(
      (await api('PATCH', viewerPath, fixture.team.principal, { role: 'member' })).status,
    ).toBe(200);
    expect(await roleOf(fixture.team.viewer)).toBe('member');
    expect(
      (await api('PATCH', viewerPath, fixture.team.principal, { role: 'viewer' })).status,
    ).toBe(200);

    const transfer = await api(
      'POST',
      `/api/teams/${fixture.team.teamId}/transfer`,
      fixture.team.principal,
      {
        userId: fixture.team.facilitator.id,
      },
    );
    expect(transfer.status).toBe(200);
    expect(await roleOf(fixture.team.facilitator)).toBe('principal');
    expect(await roleOf(fixture.team.principal)).toBe('facilitator');
    // Hand it back, so the rest of the file keeps its roles.
    const back = await api(
      'POST',
      `/api/teams/${fixture.team.teamId}/transfer`,
      fixture.team.facilitator,
      {
        userId: fixture.team.principal.id,
      },
    );
    expect(back.status).toBe(200);
    expect(await roleOf(fixture.team.principal)).toBe('principal');
    expect(await roleOf(fixture.team.facilitator)).toBe('facilitator');
  });

  it("gives no team role a way to reset a member's password", async () => {
    const path = `/api/teams/${fixture.team.teamId}/members/${fixture.team.member.id}/password-reset`;
    for (const caller of [fixture.team.principal, fixture.team.facilitator]) {
      expect(await api('POST', path, caller, {})).toMatchObject({
        status: 404,
        body: { error: { code: 'not_found' } },
      });
    }
    expect(fixture.app.registeredApiRoutes.filter((route) => /password|reset/.test(route))).toEqual(
      [
        'POST /api/account/password',
        'POST /api/password-resets',
        'GET /api/password-resets/:code',
        'POST /api/password-resets/:code',
      ],
    );
    expect((await api('GET', '/api/auth/me', fixture.team.member)).status).toBe(200);
  });

  it('lets people change their name and password, signing out their other sessions', async () => {
    const user = await signUp(fixture.app.url, 'Renamer');
    const renamed = await api('PATCH', '/api/account', user, { name: 'Ms. Ramírez' });
    expect(renamed).toMatchObject({ status: 200, body: { user: { name: 'Ms. Ramírez' } } });
    const other = await api('POST', '/api/auth/login', undefined, {
      email: user.email,
      password: 'correct horse battery',
    });
    const otherToken = (other.body as { token: string }).token;
    const wrong = await api('POST', '/api/account/password', user, {
      currentPassword: 'not it',
      newPassword: 'a new passphrase',
    });
    expect(wrong.status).toBe(400);
    const changed = await api('POST', '/api/account/password', user, {
      currentPassword: 'correct horse battery',
      newPassword: 'a new passphrase',
    });
    expect(changed.status).toBe(200);
    expect((await api('GET', '/api/auth/me', user)).status).toBe(200);
    expect(
      (await callApi(fixture.app.url, 'GET', '/api/auth/me', { token: otherToken })).status,
    ).toBe(401);
  });

  it('rate-limits failed sign-ins per account without telling whether the email exists', async () => {
    const victim = await signUp(fixture.app.url, 'Victim');
    const attempt = (email: string, password: string) =>
      api('POST', '/api/auth/login', undefined, { email, password });
    for (let i = 0; i < 10; i++) expect((await attempt(victim.email, 'guess')).status).toBe(401);
    const blocked = await attempt(victim.email, 'correct horse battery');
    expect(blocked).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    for (let i = 0; i < 10; i++) await attempt('nobody-here@example.org', 'guess');
    expect((await attempt('nobody-here@example.org', 'guess')).status).toBe(429);
    const bystander = await signUp(fixture.app.url, 'Bystander');
    expect((await attempt(bystander.email, 'correct horse battery')).status).toBe(200);
  });

  it('records every membership and role change in the audit log, for the principal only', async () => {
    expect(
      (await api('GET', `/api/teams/${fixture.team.teamId}/audit`, fixture.team.member)).status,
    ).toBe(403);
    const page = (
      await api('GET', `/api/teams/${fixture.team.teamId}/audit`, fixture.team.principal)
    ).body as AuditLogPage;
    const actions = page.events.map((e) => e.action);
    for (const action of [
      'team.created',
      'member.joined',
      'invite.created',
      'invite.revoked',
      'principal.transferred',
      'member.role_changed',
    ]) {
      expect(actions).toContain(action);
    }
    const transfers = page.events
      .filter((e) => e.action === 'principal.transferred')
      .map((e) => `${e.actor?.name} -> ${e.subject?.name}`);
    // Newest first: the hand-back, then the transfer.
    expect(transfers).toEqual([
      'Facilitator Fay -> Principal Pat',
      'Principal Pat -> Facilitator Fay',
    ]);
    expect(Date.parse(page.events[0]?.at ?? '')).toBeGreaterThan(
      Date.parse(page.events.at(-1)?.at ?? ''),
    );
  });

  it('exports documents as JSON and rows as CSV, then deletes the team and everything in it', async () => {
    const name = purposeDocumentName(fixture.team.teamId);
    const writer = await connectClient(fixture.app.url, name, fixture.team.principal.token);
    writer.doc
      .getXmlFragment('statement')
      .insert(0, [new (await import('yjs')).XmlElement('paragraph')]);
    commitments.add(writer.doc, { text: 'Evidence, not opinion, drives what we change' });
    studentsOfFocus.add(writer.doc, {
      label: 'J.M.',
      why: 'Reading, "two years" below',
      hearFrom: '',
    });
    await writer.acknowledged();

    expect(
      (await api('GET', `/api/teams/${fixture.team.teamId}/export`, fixture.team.facilitator))
        .status,
    ).toBe(403);
    const response = await fetch(`${fixture.app.url}/api/teams/${fixture.team.teamId}/export`, {
      headers: { authorization: `Bearer ${fixture.team.principal.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'audit-log.csv',
      'decision-history.csv',
      'decisions.csv',
      'documents/purpose.json',
      'follow-ups.csv',
      'meetings.csv',
      'members.csv',
      'pending-invites.csv',
      'team.json',
    ]);
    const purpose = JSON.parse(strFromU8(files['documents/purpose.json'] ?? new Uint8Array()));
    expect(purpose.commitments).toEqual([
      expect.objectContaining({ text: 'Evidence, not opinion, drives what we change' }),
    ]);
    expect(purpose.studentsOfFocus[0]).toMatchObject({
      label: 'J.M.',
      why: 'Reading, "two years" below',
    });
    expect(purpose.statement).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [] }],
    });
    const team = JSON.parse(strFromU8(files['team.json'] ?? new Uint8Array()));
    expect(team.name).toBe('Escuela Núñez, "Norte" ILT');
    const membersCsv = files['members.csv'] ?? new Uint8Array();
    // A byte-order mark first, so spreadsheets read the file as UTF-8.
    expect([...membersCsv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const members = strFromU8(membersCsv);
    expect(members.startsWith('user_id,name,email,role,joined_at')).toBe(true);
    expect(members).toContain('Principal Pat');

    const closed = new Promise<string>((resolve) =>
      writer.provider.on('close', ({ event }: { event: { reason: string } }) =>
        resolve(event.reason),
      ),
    );
    const mismatch = await api(
      'DELETE',
      `/api/teams/${fixture.team.teamId}`,
      fixture.team.principal,
      {
        confirmName: 'Escuela',
      },
    );
    expect(mismatch).toMatchObject({
      status: 400,
      body: { error: { code: 'confirmation_mismatch' } },
    });
    expect(
      (
        await api('DELETE', `/api/teams/${fixture.team.teamId}`, fixture.team.member, {
          confirmName: team.name,
        })
      ).status,
    ).toBe(403);
    const deleted = await api(
      'DELETE',
      `/api/teams/${fixture.team.teamId}`,
      fixture.team.principal,
      {
        confirmName: team.name,
      },
    );
    expect(deleted.status).toBe(200);
    expect(await closed).toBe('forbidden');
    writer.destroy();
    expect(
      (await api('GET', `/api/teams/${fixture.team.teamId}`, fixture.team.principal)).status,
    ).toBe(404);
    const db = fixture.app.database.db;
    for (const table of [
      'documents',
      'documentUpdates',
      'memberships',
      'invites',
      'auditEvents',
    ] as const) {
      const row = await db
        .selectFrom(table)
        .select(db.fn.countAll<string>().as('n'))
        .where('teamId', '=', fixture.team.teamId)
        .executeTakeFirstOrThrow();
      expect(Number(row.n), table).toBe(0);
    }
  });
});
