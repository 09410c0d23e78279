import { insertAuditEvent, listAuditEvents } from '../../db/queries/audit';
import { findTeamForMember } from '../../db/queries/teams';
import type { AuditLogPage } from '../../shared/api/teams';
import { apiError } from '../http/apiErrors';
import { type ApiRouter, teamRule } from '../http/ApiRouter';
import type { ApiDeps } from '../http/types';
import { buildTeamExport } from './exportTeam';

const PAGE_SIZE = 50;

/** The principal's audit log and the team export. */
export function registerAuditRoutes(router: ApiRouter, deps: ApiDeps): void {
  router.add('GET', '/api/teams/:teamId/audit', teamRule('team.audit'), async (c) => {
    const before = c.req.query('before');
    if (before !== undefined && !/^\d{1,18}$/.test(before)) {
      return apiError(c, 400, 'invalid_input', 'before: must be an event id');
    }
    const rows = await listAuditEvents(deps.db, c.get('teamId'), { before, limit: PAGE_SIZE });
    const body: AuditLogPage = {
      events: rows.map((r) => ({
        id: String(r.id),
        at: r.createdAt.toISOString(),
        actor: r.actorId && r.actorName ? { id: r.actorId, name: r.actorName } : null,
        action: r.action,
        subject: r.subjectId && r.subjectName ? { id: r.subjectId, name: r.subjectName } : null,
        details: r.details,
      })),
      nextBefore: rows.length === PAGE_SIZE ? String(rows.at(-1)?.id) : null,
    };
    return c.json(body);
  });

  router.add('GET', '/api/teams/:teamId/export', teamRule('team.export'), async (c) => {
    const teamId = c.get('teamId');
    const team = await findTeamForMember(deps.db, teamId, c.get('user').id);
    if (!team) return apiError(c, 404, 'not_found', 'No such team, or you are not a member');
    const zip = await buildTeamExport(deps.db, team, await deps.readTeamDocuments(teamId));
    await insertAuditEvent(deps.db, { teamId, actorId: c.get('user').id, action: 'team.exported' });
    const filename = `${team.name.replace(/[^\w -]+/g, '').trim() || 'team'} export.zip`;
    c.header('Content-Type', 'application/zip');
    c.header('Content-Disposition', `attachment; filename="${filename}"`);
    return c.body(zip.buffer as ArrayBuffer);
  });
}
