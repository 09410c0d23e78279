import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { findValidInvite, insertInvite } from '../../db/queries/invites';
import {
  findTeamForMember,
  insertMembershipIfAbsent,
  insertTeamWithPrincipal,
  listMembers,
  listTeamsForUser,
} from '../../db/queries/teams';
import { canManageTeam } from '../../shared/access/roles';
import {
  createInviteInput,
  createTeamInput,
  type InvitePreview,
  type InviteResponse,
  type TeamDetail,
  type TeamListResponse,
  type TeamSummary,
} from '../../shared/api/teams';
import { isUuid } from '../../shared/documents/documentName';
import { hashSecret, newSecret } from '../auth/tokens';
import { apiError, readJsonBody } from '../http/apiErrors';
import { requireUser } from '../http/requireUser';
import type { ApiDeps, ApiEnv } from '../http/types';

/** How long an invite link works. */
const INVITE_DAYS = 7;

/** `/api/teams/*` and `/api/invites/*`. */
export function teamRoutes(deps: ApiDeps) {
  const routes = new Hono<ApiEnv>();
  routes.use('*', requireUser(deps));

  routes.get('/teams', async (c) => {
    const teams = await listTeamsForUser(deps.db, c.get('user').id);
    const body: TeamListResponse = { teams };
    return c.json(body);
  });

  routes.post('/teams', async (c) => {
    const body = await readJsonBody(c, createTeamInput);
    if (!body.ok) return body.response;
    const team: TeamSummary = { id: randomUUID(), name: body.value.name, role: 'principal' };
    await insertTeamWithPrincipal(deps.db, { id: team.id, name: team.name }, c.get('user').id);
    return c.json(team, 201);
  });

  routes.get('/teams/:teamId', async (c) => {
    const teamId = c.req.param('teamId');
    const team = isUuid(teamId) ? await findTeamForMember(deps.db, teamId, c.get('user').id) : null;
    if (!team) return apiError(c, 404, 'not_found', 'No such team, or you are not a member');
    const body: TeamDetail = { ...team, members: await listMembers(deps.db, teamId) };
    return c.json(body);
  });

  routes.post('/teams/:teamId/invites', async (c) => {
    const teamId = c.req.param('teamId');
    const team = isUuid(teamId) ? await findTeamForMember(deps.db, teamId, c.get('user').id) : null;
    if (!team) return apiError(c, 404, 'not_found', 'No such team, or you are not a member');
    if (!canManageTeam(team.role)) {
      return apiError(c, 403, 'forbidden', 'Only the principal can invite people');
    }
    const body = await readJsonBody(c, createInviteInput);
    if (!body.ok) return body.response;
    const code = newSecret();
    const expiresAt = new Date(Date.now() + INVITE_DAYS * 24 * 60 * 60 * 1000);
    await insertInvite(deps.db, {
      codeHash: hashSecret(code),
      teamId,
      role: body.value.role,
      createdBy: c.get('user').id,
      expiresAt,
    });
    const invite: InviteResponse = {
      code,
      role: body.value.role,
      expiresAt: expiresAt.toISOString(),
    };
    return c.json(invite, 201);
  });

  routes.get('/invites/:code', async (c) => {
    const invite = await findValidInvite(deps.db, hashSecret(c.req.param('code')));
    if (!invite)
      return apiError(c, 404, 'invite_invalid', 'This invite link is not valid or has expired');
    const body: InvitePreview = {
      teamId: invite.teamId,
      teamName: invite.teamName,
      role: invite.role,
    };
    return c.json(body);
  });

  routes.post('/invites/:code/accept', async (c) => {
    const invite = await findValidInvite(deps.db, hashSecret(c.req.param('code')));
    if (!invite)
      return apiError(c, 404, 'invite_invalid', 'This invite link is not valid or has expired');
    await insertMembershipIfAbsent(deps.db, {
      teamId: invite.teamId,
      userId: c.get('user').id,
      role: invite.role,
    });
    return c.json({ teamId: invite.teamId });
  });

  return routes;
}
