import type { Kysely } from 'kysely';
import type { TeamRole } from '../../shared/access/roles';
import type { Database } from '../schema';

/** Creates a team whose creator is its principal. Run inside a transaction. */
export async function insertTeamWithPrincipal(
  trx: Kysely<Database>,
  team: { id: string; name: string },
  principalId: string,
): Promise<void> {
  await trx.insertInto('teams').values(team).execute();
  await trx
    .insertInto('memberships')
    .values({ teamId: team.id, userId: principalId, role: 'principal' })
    .execute();
}

/** The teams a user belongs to, with their role in each, by name. */
export async function listTeamsForUser(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('teams', 'teams.id', 'memberships.teamId')
    .select(['teams.id', 'teams.name', 'memberships.role'])
    .where('memberships.userId', '=', userId)
    .orderBy('teams.name')
    .orderBy('teams.id')
    .execute();
}

/** A team and the caller's role in it, or undefined when they are not a member. */
export async function findTeamForMember(db: Kysely<Database>, teamId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('teams', 'teams.id', 'memberships.teamId')
    .select(['teams.id', 'teams.name', 'teams.timeZone', 'memberships.role'])
    .where('memberships.teamId', '=', teamId)
    .where('memberships.userId', '=', userId)
    .executeTakeFirst();
}

/** A user's role in a team, or null when they are not a member. */
export async function findRole(
  db: Kysely<Database>,
  teamId: string,
  userId: string,
): Promise<TeamRole | null> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('teamId', '=', teamId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row?.role ?? null;
}

/** The team's members, by name. */
export async function listMembers(db: Kysely<Database>, teamId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(['users.id as userId', 'users.name', 'users.email', 'memberships.role'])
    .where('memberships.teamId', '=', teamId)
    .orderBy('users.name')
    .execute();
}

/** Adds a member; someone already in the team keeps the role they have. */
export async function insertMembershipIfAbsent(
  db: Kysely<Database>,
  membership: { teamId: string; userId: string; role: TeamRole },
): Promise<void> {
  await db
    .insertInto('memberships')
    .values(membership)
    .onConflict((oc) => oc.columns(['teamId', 'userId']).doNothing())
    .execute();
}

/** Renames a team. */
/** Sets the team's time zone (an IANA name checked by the caller). */
export async function setTeamTimeZone(db: Kysely<Database>, teamId: string, timeZone: string) {
  await db.updateTable('teams').set({ timeZone }).where('id', '=', teamId).execute();
}

/** The team's name, or undefined when there is no such team. */
export async function findTeamName(db: Kysely<Database>, teamId: string) {
  const row = await db
    .selectFrom('teams')
    .select('name')
    .where('id', '=', teamId)
    .executeTakeFirst();
  return row?.name;
}

export async function renameTeam(db: Kysely<Database>, teamId: string, name: string) {
  await db.updateTable('teams').set({ name }).where('id', '=', teamId).execute();
}

/** Deletes a team; everything it owns goes with it (foreign keys cascade). */
export async function deleteTeam(db: Kysely<Database>, teamId: string): Promise<void> {
  await db.deleteFrom('teams').where('id', '=', teamId).execute();
}

/** The outcome of a membership change that must leave the team a principal. */
export type MembershipChange =
  { ok: true; previousRole: TeamRole } | { ok: false; reason: 'not_member' | 'last_principal' };

/**
 * Locks the team's memberships for the rest of the transaction and returns them, so that
 * concurrent changes cannot leave a team without a principal.
 */
async function lockMemberships(trx: Kysely<Database>, teamId: string) {
  return trx
    .selectFrom('memberships')
    .select(['userId', 'role'])
    .where('teamId', '=', teamId)
    .forUpdate()
    .execute();
}

/** Sets a member's role, refusing to demote the last principal. Run inside a transaction. */
export async function changeRoleKeepingPrincipal(
  trx: Kysely<Database>,
  teamId: string,
  userId: string,
  role: TeamRole,
): Promise<MembershipChange> {
  const members = await lockMemberships(trx, teamId);
  const member = members.find((m) => m.userId === userId);
  if (!member) return { ok: false, reason: 'not_member' };
  const principals = members.filter((m) => m.role === 'principal').length;
  if (member.role === 'principal' && role !== 'principal' && principals <= 1) {
    return { ok: false, reason: 'last_principal' };
  }
  await trx
    .updateTable('memberships')
    .set({ role })
    .where('teamId', '=', teamId)
    .where('userId', '=', userId)
    .execute();
  return { ok: true, previousRole: member.role };
}

/** Removes a member, refusing to remove the last principal. Run inside a transaction. */
export async function removeMemberKeepingPrincipal(
  trx: Kysely<Database>,
  teamId: string,
  userId: string,
): Promise<MembershipChange> {
  const members = await lockMemberships(trx, teamId);
  const member = members.find((m) => m.userId === userId);
  if (!member) return { ok: false, reason: 'not_member' };
  const principals = members.filter((m) => m.role === 'principal').length;
  if (member.role === 'principal' && principals <= 1)
    return { ok: false, reason: 'last_principal' };
  await trx
    .deleteFrom('memberships')
    .where('teamId', '=', teamId)
    .where('userId', '=', userId)
    .execute();
  return { ok: true, previousRole: member.role };
}
