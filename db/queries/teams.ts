import type { Kysely } from 'kysely';
import type { TeamRole } from '../../shared/access/roles';
import type { Database } from '../schema';

/** Creates a team whose creator is its principal. */
export async function insertTeamWithPrincipal(
  db: Kysely<Database>,
  team: { id: string; name: string },
  principalId: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('teams').values(team).execute();
    await trx
      .insertInto('memberships')
      .values({ teamId: team.id, userId: principalId, role: 'principal' })
      .execute();
  });
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
    .select(['teams.id', 'teams.name', 'memberships.role'])
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
    .select(['users.id as userId', 'users.name', 'memberships.role'])
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
