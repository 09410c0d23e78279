import {
  createTeam,
  inviteLink,
  joinByLink,
  newPerson,
  type Person,
  purposeEditor,
  signUp,
} from './support/people';
import { expect, expectAccessible, test } from './support/test';

/** Follows an invite link as a new person: create the account on the way, then join. */
async function joinAndLand(person: Person, link: string, teamUrl: string): Promise<void> {
  await joinByLink(person, link);
  await expect(person.page).toHaveURL(teamUrl);
}

test('a viewer watches the purpose live without editing, and a removed member loses access at once', async ({
  browser,
}) => {
  const principal = await newPerson(browser, 'Paula');
  const member = await newPerson(browser, 'Marcus');
  const viewer = await newPerson(browser, 'Vera');
  await signUp(principal);
  const teamName = `Access ILT ${Date.now()}`;
  const teamUrl = await createTeam(principal, teamName);

  await joinAndLand(member, await inviteLink(principal, 'member'), teamUrl);
  await joinAndLand(viewer, await inviteLink(principal, 'viewer'), teamUrl);

  // The viewer sees the purpose statement change live, but cannot type in it.
  await expect(viewer.page.getByText(/Read-only/)).toBeVisible();
  await expect(purposeEditor(viewer.page)).toHaveAttribute('aria-readonly', 'true');
  await expect(viewer.page.getByRole('button', { name: 'Add student of focus' })).toHaveCount(0);
  await expectAccessible(viewer.page);
  await purposeEditor(member.page).click();
  await member.page.keyboard.type('We keep students at the centre.');
  await expect(purposeEditor(viewer.page)).toContainText('We keep students at the centre.');
  await purposeEditor(viewer.page).click({ force: true });
  await viewer.page.keyboard.type('viewer was here');
  await expect(purposeEditor(principal.page)).toContainText('We keep students at the centre.');
  await expect(purposeEditor(viewer.page)).not.toContainText('viewer was here');

  // The principal sees both in the member list and removes the member.
  await principal.page.reload();
  const members = principal.page.getByRole('table').filter({ hasText: 'Vera' });
  await expect(members).toContainText('Marcus');
  await expectAccessible(principal.page);
  await principal.page.getByRole('button', { name: 'Remove Marcus', exact: true }).click();
  const dialog = principal.page.getByRole('dialog', { name: `Remove Marcus from ${teamName}?` });
  await expectAccessible(principal.page);
  await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(members).not.toContainText('Marcus');

  // The member's open page shows that access ended, without a reload.
  await expect(member.page.getByText('You no longer have access to this team')).toBeVisible();
  await expect(purposeEditor(member.page)).toHaveCount(0);
  await expectAccessible(member.page);
  await member.page.reload();
  await expect(member.page.getByRole('heading', { level: 1 })).not.toHaveText(teamName);
});
