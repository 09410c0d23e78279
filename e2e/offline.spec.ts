import {
  createTeam,
  expectSaved,
  newPerson,
  purposeEditor,
  signInOnNewDevice,
  signUp,
} from './support/people';
import type { Page } from '@playwright/test';
import { controlNetwork } from './support/network';
import { expect, expectAccessible, test } from './support/test';

/** Updates kept in the browser's IndexedDB for the purpose documents open in this page. */
function storedUpdateCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let count = 0;
    for (const { name } of await indexedDB.databases()) {
      if (!name?.endsWith('/purpose')) continue;
      count += await new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('updates').objectStore('updates').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      });
    }
    return count;
  });
}

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
  const offlineWords = 'Written on the bus with no Wi-Fi.';
  const storedBefore = await storedUpdateCount(alice.page);
  await purposeEditor(alice.page).press('End');
  await alice.page.keyboard.type(offlineWords);
  await expect(purposeEditor(alice.page)).toContainText(offlineWords);
  // Each keystroke is one stored update: wait until the browser has kept them all.
  await expect
    .poll(() => storedUpdateCount(alice.page))
    .toBeGreaterThanOrEqual(storedBefore + offlineWords.length);
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
