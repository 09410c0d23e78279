import { randomUUID } from 'node:crypto';
import { insertAuditEvent } from '../../db/queries/audit';
import {
  deleteTeam,
  findTeamForMember,
  insertTeamWithPrincipal,
  listMembers,
  listTeamsForUser,
  renameTeam,
  setTeamTimeZone,
} from '../../db/queries/teams';
import {
  createTeamInput,
  deleteTeamInput,
  renameTeamInput,
  setTimeZoneInput,
  type TeamDetail,
  type TeamListResponse,
  type TeamSummary,
} from '../../shared/api/teams';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, signedIn, teamRule } from '../http/ApiRouter';
import type { ApiDeps } from '../http/types';

/** `/api/teams`: a person's teams; create, view, rename, set the time zone, delete a team. */
export function registerTeamRoutes(router: ApiRouter, deps: ApiDeps): void {
  router.add('GET', '/api/teams', signedIn, async (c) => {
    const teams = await listTeamsForUser(deps.db, c.get('user').id);
    const body: TeamListResponse = { teams };
    return c.json(body);
  });

  router.add('POST', '/api/teams', signedIn, async (c) => {
    const body = await readJsonBody(c, createTeamInput);
    if (!body.ok) return body.response;
    const team: TeamSummary = { id: randomUUID(), name: body.value.name, role: 'principal' };
    const userId = c.get('user').id;
    await deps.db.transaction().execute(async (trx) => {
      await insertTeamWithPrincipal(trx, { id: team.id, name: team.name }, userId);
      await insertAuditEvent(trx, { teamId: team.id, actorId: userId, action: 'team.created' });
    });
    return c.json(team, 201);
  });

  router.add('GET', '/api/teams/:teamId', teamRule('team.view'), async (c) => {
    const teamId = c.get('teamId');
    const team = await findTeamForMember(deps.db, teamId, c.get('user').id);
    if (!team) return apiError(c, 404, 'not_found', 'No such team, or you are not a member');
    const body: TeamDetail = { ...team, members: await listMembers(deps.db, teamId) };
    return c.json(body);
  });

  router.add('PATCH', '/api/teams/:teamId', teamRule('team.rename'), async (c) => {
    const body = await readJsonBody(c, renameTeamInput);
    if (!body.ok) return body.response;
    const teamId = c.get('teamId');
    await deps.db.transaction().execute(async (trx) => {
      await renameTeam(trx, teamId, body.value.name);
      await insertAuditEvent(trx, {
        teamId,
        actorId: c.get('user').id,
        action: 'team.renamed',
        details: { name: body.value.name },
      });
    });
    const summary: TeamSummary = { id: teamId, name: body.value.name, role: c.get('teamRole') };
    return c.json(summary);
  });

  router.add('PUT', '/api/teams/:teamId/time-zone', teamRule('team.settings'), async (c) => {
    const body = await readJsonBody(c, setTimeZoneInput);
    if (!body.ok) return body.response;
    const teamId = c.get('teamId');
    const { timeZone } = body.value;
    await deps.db.transaction().execute(async (trx) => {
      await setTeamTimeZone(trx, teamId, timeZone);
      await insertAuditEvent(trx, {
        teamId,
        actorId: c.get('user').id,
        action: 'team.time_zone_changed',
        details: { timeZone },
      });
    });
    return c.json({ timeZone });
  });

  router.add('DELETE', '/api/teams/:teamId', teamRule('team.delete'), async (c) => {
    const body = await readJsonBody(c, deleteTeamInput);
    if (!body.ok) return body.response;
    const teamId = c.get('teamId');
    const team = await findTeamForMember(deps.db, teamId, c.get('user').id);
    if (!team || body.value.confirmName !== team.name) {
      return apiError(c, 400, 'confirmation_mismatch', 'Type the exact team name to confirm');
    }
    // Disconnect first so that no open socket writes into the team while it is deleted.
    deps.liveAccess.teamDeleted(teamId);
    await deleteTeam(deps.db, teamId);
    deps.logger.info({ teamId, by: c.get('user').id }, 'team deleted');
    return c.json({ ok: true });
  });
}
