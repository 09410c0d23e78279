import type { Page } from '@playwright/test';
import { createTeam, inviteLink, joinByLink, newPerson, signUp } from './support/people';
import { createRun } from './support/runs';
import { expect, expectAccessible, test } from './support/test';

test.use({ viewport: { width: 1366, height: 768 } });

const firstStep = 'Step 1 of 5 · Silent noticing';

function stepHeading(page: Page) {
  return page.getByRole('heading', { name: firstStep });
}

function cardField(page: Page) {
  return page.getByRole('textbox', { name: 'Add a card to I notice' });
}

test('a decision drafted from a card reaches everyone live, and the facilitator brings everyone to it', async ({
  browser,
}) => {
  const fay = await newPerson(browser, 'Fay');
  const max = await newPerson(browser, 'Max');
  await signUp(fay);
  const teamUrl = await createTeam(fay, `Decisions ILT ${Date.now()}`);
  await joinByLink(max, await inviteLink(fay, 'member'));

  // Fay starts a run of Notice and Wonder; Max opens it.
  const runUrl = await createRun(fay, teamUrl, 'notice-and-wonder', 'Spring reading data');
  await fay.page.getByRole('button', { name: 'Start run' }).click();
  await expect(stepHeading(fay.page)).toBeVisible();
  await max.page.goto(runUrl);
  await expect(stepHeading(max.page)).toBeVisible();

  // Max posts a card and makes it a decision draft; Fay sees the draft without reloading.
  const text = `Inference questions are skipped most ${Date.now()}`;
  await cardField(max.page).fill(text);
  await cardField(max.page).press('Enter');
  const card = max.page.getByRole('article', { name: text });
  await card.getByRole('button', { name: 'More actions' }).click();
  await max.page.getByRole('menuitem', { name: 'Make a decision draft' }).click();
  const drafts = fay.page.getByRole('list', { name: 'Decision drafts' });
  await expect(drafts.getByRole('link', { name: text })).toBeVisible();
  await expect(drafts.getByRole('listitem').filter({ hasText: text })).toContainText('Proposed');
  await expectAccessible(fay.page);
  await expectAccessible(max.page);

  // Max is halfway through another card when Fay brings everyone to the decision: Fay's page
  // goes there, Max's offers the way and keeps the card he is writing.
  await cardField(max.page).fill('Half a thought about the');
  await fay.page.getByRole('button', { name: `Bring everyone to ${text}` }).click();
  await expect(fay.page.getByRole('heading', { level: 1, name: text })).toBeVisible();
  const decisionUrl = fay.page.url();
  expect(decisionUrl).toMatch(/\/decisions\//);
  const prompt = max.page
    .getByRole('status')
    .filter({ hasText: `Fay is bringing everyone to the decision “${text}”` });
  await expect(prompt).toBeVisible();
  await expect(cardField(max.page)).toHaveValue('Half a thought about the');
  await expectAccessible(max.page);
  await expectAccessible(fay.page);

  // He finishes his card, then follows.
  await cardField(max.page).fill('Half a thought about the passages');
  await cardField(max.page).press('Enter');
  await expect(
    max.page.getByRole('article', { name: 'Half a thought about the passages' }),
  ).toBeVisible();
  await prompt.getByRole('link', { name: 'Go to the decision' }).click();
  await expect(max.page.getByRole('heading', { level: 1, name: text })).toBeVisible();
  expect(max.page.url()).toBe(decisionUrl);
  await expectAccessible(max.page);

  // Back on the run with nothing half written, the next request takes Max there at once.
  await max.page.goBack();
  await expect(stepHeading(max.page)).toBeVisible();
  await fay.page.goBack();
  await fay.page.getByRole('button', { name: `Bring everyone to ${text}` }).click();
  await expect(max.page.getByRole('heading', { level: 1, name: text })).toBeVisible();
  expect(max.page.url()).toBe(decisionUrl);
  await expect(fay.page.getByRole('heading', { level: 1, name: text })).toBeVisible();
});
