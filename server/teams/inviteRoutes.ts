import { insertAuditEvent } from '../../db/queries/audit';
import {
  claimSingleUseInvite,
  findValidInvite,
  insertInvite,
  listPendingInvites,
  revokeInvite,
} from '../../db/queries/invites';
import { findRole, findTeamName, insertMembershipIfAbsent } from '../../db/queries/teams';
import {
  createInviteInput,
  INVITE_DAYS,
  type InvitePreview,
  type InviteResponse,
  type PendingInviteList,
} from '../../shared/api/teams';
import { isUuid } from '../../shared/documents/documentName';
import { hashSecret, newSecret } from '../auth/tokens';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, publicRoute, signedIn, teamRule } from '../http/ApiRouter';
import type { ApiContext, ApiDeps } from '../http/types';

const invalid = (c: ApiContext) =>
  apiError(c, 404, 'invite_invalid', 'This invite link is not valid, has been used or has expired');

/** Invites: the principal makes and revokes them; anyone with the code may look and join. */
export function registerInviteRoutes(router: ApiRouter, deps: ApiDeps): void {
  const manage = teamRule('team.manage-members');

  router.add('POST', '/api/teams/:teamId/invites', manage, async (c) => {
    const body = await readJsonBody(c, createInviteInput);
    if (!body.ok) return body.response;
    const teamId = c.get('teamId');
    const { role, email = null } = body.value;
    const singleUse = body.value.singleUse || email !== null;
    const code = newSecret();
    const expiresAt = new Date(Date.now() + INVITE_DAYS * 24 * 60 * 60 * 1000);
    const id = await deps.db.transaction().execute(async (trx) => {
      const inviteId = await insertInvite(trx, {
        codeHash: hashSecret(code),
        teamId,
        role,
        email,
        singleUse,
        createdBy: c.get('user').id,
        expiresAt,
      });
      await insertAuditEvent(trx, {
        teamId,
        actorId: c.get('user').id,
        action: 'invite.created',
        details: { role, email, singleUse },
      });
      return inviteId;
    });
    if (email !== null) {
      const team = await findTeamName(deps.db, teamId);
      deps.outbox.invite(email, {
        teamName: team ?? 'a team',
        invitedBy: c.get('user').name,
        role,
        code,
      });
    }
    const invite: InviteResponse = {
      id,
      code,
      role,
      email,
      singleUse,
      expiresAt: expiresAt.toISOString(),
    };
    return c.json(invite, 201);
  });

  router.add('GET', '/api/teams/:teamId/invites', manage, async (c) => {
    const rows = await listPendingInvites(deps.db, c.get('teamId'));
    const body: PendingInviteList = {
      invites: rows.map((r) => ({
        ...r,
        createdAt: r.createdAt.toISOString(),
        expiresAt: r.expiresAt.toISOString(),
      })),
    };
    return c.json(body);
  });

  router.add('DELETE', '/api/teams/:teamId/invites/:inviteId', manage, async (c) => {
    const teamId = c.get('teamId');
    const inviteId = c.req.param('inviteId') ?? '';
    const revoked = await deps.db.transaction().execute(async (trx) => {
      const row = isUuid(inviteId) ? await revokeInvite(trx, teamId, inviteId) : undefined;
      if (row) {
        await insertAuditEvent(trx, {
          teamId,
          actorId: c.get('user').id,
          action: 'invite.revoked',
          details: { role: row.role, email: row.email },
        });
      }
      return row;
    });
    if (!revoked) return apiError(c, 404, 'invite_not_found', 'No such pending invite');
    return c.json({ ok: true });
  });

  router.add('GET', '/api/invites/:code', publicRoute, async (c) => {
    const invite = await findValidInvite(deps.db, hashSecret(c.req.param('code') ?? ''));
    if (!invite) return invalid(c);
    const body: InvitePreview = {
      teamId: invite.teamId,
      teamName: invite.teamName,
      role: invite.role,
    };
    return c.json(body);
  });

  router.add('POST', '/api/invites/:code/accept', signedIn, async (c) => {
    const user = c.get('user');
    const invite = await findValidInvite(deps.db, hashSecret(c.req.param('code') ?? ''));
    if (!invite) return invalid(c);
    if (invite.email !== null && invite.email !== user.email) {
      return apiError(c, 403, 'invite_wrong_account', 'This invite is for another email address');
    }
    // Anyone can sign up with any address: only its confirmed owner takes an invite bound to it.
    if (invite.email !== null && !user.emailVerified) {
      return apiError(
        c,
        403,
        'email_not_verified',
        'Confirm your email address first: open the link we sent to it, then accept the invite',
      );
    }
    // Someone already in the team keeps their role and leaves a single-use invite unused.
    if (await findRole(deps.db, invite.teamId, user.id)) return c.json({ teamId: invite.teamId });
    const joined = await deps.db.transaction().execute(async (trx) => {
      if (invite.singleUse && !(await claimSingleUseInvite(trx, invite.id))) return false;
      await insertMembershipIfAbsent(trx, {
        teamId: invite.teamId,
        userId: user.id,
        role: invite.role,
      });
      await insertAuditEvent(trx, {
        teamId: invite.teamId,
        actorId: user.id,
        action: 'member.joined',
        subjectId: user.id,
        details: { role: invite.role, inviteId: invite.id },
      });
      return true;
    });
    if (!joined) return invalid(c);
    return c.json({ teamId: invite.teamId });
  });
}
