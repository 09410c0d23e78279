import { insertAuditEvent } from '../../db/queries/audit';
import {
  changeRoleKeepingPrincipal,
  type MembershipChange,
  removeMemberKeepingPrincipal,
} from '../../db/queries/teams';
import { changeRoleInput, transferPrincipalInput } from '../../shared/api/teams';
import { isUuid } from '../../shared/documents/documentName';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, teamRule } from '../http/ApiRouter';
import type { ApiContext, ApiDeps } from '../http/types';

/** The answer for a refused membership change. */
function refusal(c: ApiContext, change: Extract<MembershipChange, { ok: false }>) {
  return change.reason === 'not_member'
    ? apiError(c, 404, 'member_not_found', 'That person is not a member of this team')
    : apiError(c, 409, 'last_principal', 'A team must keep at least one principal');
}

/** `/api/teams/:teamId/members/*`, transfer and leave: every change is audited and live. */
export function registerMemberRoutes(router: ApiRouter, deps: ApiDeps): void {
  const manage = teamRule('team.manage-members');

  router.add('PATCH', '/api/teams/:teamId/members/:userId', manage, async (c) => {
    const body = await readJsonBody(c, changeRoleInput);
    if (!body.ok) return body.response;
    const teamId = c.get('teamId');
    const userId = c.req.param('userId') ?? '';
    if (!isUuid(userId)) return refusal(c, { ok: false, reason: 'not_member' });
    const change = await deps.db.transaction().execute(async (trx) => {
      const result = await changeRoleKeepingPrincipal(trx, teamId, userId, body.value.role);
      if (result.ok && result.previousRole !== body.value.role) {
        await insertAuditEvent(trx, {
          teamId,
          actorId: c.get('user').id,
          action: 'member.role_changed',
          subjectId: userId,
          details: { from: result.previousRole, to: body.value.role },
        });
      }
      return result;
    });
    if (!change.ok) return refusal(c, change);
    await deps.liveAccess.membershipChanged(teamId, userId);
    return c.json({ ok: true });
  });

  router.add('DELETE', '/api/teams/:teamId/members/:userId', manage, async (c) => {
    const userId = c.req.param('userId') ?? '';
    if (!isUuid(userId)) return refusal(c, { ok: false, reason: 'not_member' });
    return removeMember(c, userId, 'member.removed');
  });

  router.add('POST', '/api/teams/:teamId/leave', teamRule('team.leave'), async (c) =>
    removeMember(c, c.get('user').id, 'member.left'),
  );

  async function removeMember(
    c: ApiContext,
    userId: string,
    action: 'member.removed' | 'member.left',
  ) {
    const teamId = c.get('teamId');
    const change = await deps.db.transaction().execute(async (trx) => {
      const result = await removeMemberKeepingPrincipal(trx, teamId, userId);
      if (result.ok) {
        await insertAuditEvent(trx, {
          teamId,
          actorId: c.get('user').id,
          action,
          subjectId: userId,
          details: { role: result.previousRole },
        });
      }
      return result;
    });
    if (!change.ok) return refusal(c, change);
    await deps.liveAccess.membershipChanged(teamId, userId);
    return c.json({ ok: true });
  }

  router.add('POST', '/api/teams/:teamId/transfer', manage, async (c) => {
    const body = await readJsonBody(c, transferPrincipalInput);
    if (!body.ok) return body.response;
    const teamId = c.get('teamId');
    const from = c.get('user').id;
    const to = body.value.userId;
    if (to === from) return apiError(c, 400, 'invalid_input', 'You are already the principal');
    const change = await deps.db.transaction().execute(async (trx) => {
      const promoted = await changeRoleKeepingPrincipal(trx, teamId, to, 'principal');
      if (!promoted.ok) return promoted;
      const demoted = await changeRoleKeepingPrincipal(trx, teamId, from, 'facilitator');
      if (!demoted.ok) throw new Error('transfer could not demote the principal');
      await insertAuditEvent(trx, {
        teamId,
        actorId: from,
        action: 'principal.transferred',
        subjectId: to,
        details: { previousRole: promoted.previousRole },
      });
      return promoted;
    });
    if (!change.ok) return refusal(c, change);
    await deps.liveAccess.membershipChanged(teamId, to);
    await deps.liveAccess.membershipChanged(teamId, from);
    return c.json({ ok: true });
  });
}
