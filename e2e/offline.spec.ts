import {
  createTeam,
  expectSaved,
  newPerson,
  purposeEditor,
  signInOnNewDevice,
  signUp,
} from './support/people';
import { controlNetwork } from './support/network';
import { expect, expectAccessible, test } from './support/test';

test('edits made offline survive closing the tab and merge when next opened online', async ({
  browser,
}) => {
  const alice = await newPerson(browser, 'Alice');
  const network = await controlNetwork(alice.page.context());
  await signUp(alice);
  const teamName = `Offline ILT ${Date.now()}`;
  const teamUrl = await createTeam(alice, teamName);
  await purposeEditor(alice.page).click();
  await alice.page.keyboard.type('Written online. ');
  await expectSaved(alice.page);

  const context = alice.page.context();
  await network.goOffline();
  await expect(
    alice.page.getByRole('status').filter({ hasText: 'Offline: changes kept on this device' }),
  ).toBeVisible();
  await expectAccessible(alice.page);
  await purposeEditor(alice.page).press('End');
  await alice.page.keyboard.type('Written on the bus with no Wi-Fi.');
  await expect(purposeEditor(alice.page)).toContainText('Written on the bus with no Wi-Fi.');
  await alice.page.close();

  // Another device sees only what reached the server.
  const laptop = await signInOnNewDevice(browser, alice);
  await laptop.page.goto(teamUrl);
  await expect(purposeEditor(laptop.page)).toContainText('Written online.');
  await expect(purposeEditor(laptop.page)).not.toContainText('Written on the bus');

  // Back online, the same browser opens the page again: the offline words merge and sync.
  await network.goOnline();
  const reopened = await context.newPage();
  await reopened.goto(teamUrl);
  await expect(purposeEditor(reopened)).toContainText('Written on the bus with no Wi-Fi.');
  await expectSaved(reopened);
  await expect(purposeEditor(laptop.page)).toContainText('Written on the bus with no Wi-Fi.');
});
