import { addToTeam, createTeam, signUp, type TestUser } from './apiClient';

/** A team with one person in each role, plus someone from another team. */
export interface TeamWithRoles {
  teamId: string;
  principal: TestUser;
  facilitator: TestUser;
  member: TestUser;
  viewer: TestUser;
  outsider: TestUser;
}

/** Signs up five people and builds a team with every role through the real API. */
export async function createTeamWithRoles(
  baseUrl: string,
  name = 'Fixture ILT',
): Promise<TeamWithRoles> {
  const [principal, facilitator, member, viewer, outsider] = await Promise.all([
    signUp(baseUrl, 'Principal Pat'),
    signUp(baseUrl, 'Facilitator Fay'),
    signUp(baseUrl, 'Member Max'),
    signUp(baseUrl, 'Viewer Val'),
    signUp(baseUrl, 'Outsider Olu'),
  ]);
  const teamId = await createTeam(baseUrl, principal, name);
  await addToTeam(baseUrl, principal, teamId, facilitator, 'facilitator');
  await addToTeam(baseUrl, principal, teamId, member, 'member');
  await addToTeam(baseUrl, principal, teamId, viewer, 'viewer');
  await createTeam(baseUrl, outsider, 'Another school');
  return { teamId, principal, facilitator, member, viewer, outsider };
}
