import type { Page } from '@playwright/test';
import {
  createTeam,
  inviteLink,
  joinByLink,
  newPerson,
  type Person,
  signInOnNewDevice,
  signUp,
} from './support/people';
import { createRun } from './support/runs';
import { expect, expectAccessible, test } from './support/test';

/** Seconds shown by a page's countdown ("4:57", "Overtime +1:05", with hidden prefixes). */
async function shownSeconds(page: Page): Promise<number> {
  const text = (
    await page.getByRole('timer', { name: 'Time left in this step' }).innerText()
  ).trim();
  const match = /(\+?)(\d+):(\d{2})/.exec(text);
  if (!match) throw new Error(`no time in "${text}"`);
  const seconds = Number(match[2]) * 60 + Number(match[3]);
  return match[1] ? -seconds : seconds;
}

function stepHeading(page: Page, text: string) {
  return page.getByRole('heading', { name: text });
}

test('a facilitator runs Notice and Wonder with two participants and a projector', async ({
  browser,
}) => {
  const facilitator = await newPerson(browser, 'Fiona');
  const bob = await newPerson(browser, 'Bob');
  const carla = await newPerson(browser, 'Carla');
  await signUp(facilitator);
  const teamUrl = await createTeam(facilitator, `Run ILT ${Date.now()}`);
  await joinByLink(bob, await inviteLink(facilitator, 'member'));
  await joinByLink(carla, await inviteLink(facilitator, 'member'));

  // The facilitator creates a run of Notice and Wonder.
  const runUrl = await createRun(
    facilitator,
    teamUrl,
    'notice-and-wonder',
    '8th grade reading data',
  );
  await expectAccessible(facilitator.page);

  // Participants open it; the projector opens the presentation view.
  await bob.page.goto(runUrl);
  await carla.page.goto(runUrl);
  const projector = await signInOnNewDevice(browser, facilitator);
  await projector.page.goto(`${runUrl}/present`);
  await expect(projector.page.getByText('Starting soon')).toBeVisible();
  await expectAccessible(projector.page);

  await facilitator.page.getByRole('button', { name: 'Start run' }).click();
  const first = 'Step 1 of 5 · Silent noticing';
  for (const page of [facilitator.page, bob.page, carla.page]) {
    await expect(stepHeading(page, first)).toBeVisible();
  }
  await expect(
    projector.page.getByRole('heading', { level: 1, name: 'Silent noticing' }),
  ).toBeVisible();

  // Participants add cards; the projector shows them live.
  const addCard = async (person: Person, text: string, anonymous: boolean) => {
    const cardForm = person.page.getByRole('form', { name: 'Add a card to I notice' });
    await cardForm.getByRole('textbox', { name: 'Add a card to I notice' }).fill(text);
    if (anonymous) await cardForm.getByRole('checkbox', { name: 'Post anonymously' }).check();
    await cardForm.getByRole('button', { name: 'Add card' }).click();
  };
  await addCard(bob, 'Most students scored below 60% on inference', false);
  await addCard(carla, 'Boys in focus group skipped the long passage', true);
  for (const text of [
    'Most students scored below 60% on inference',
    'Boys in focus group skipped the long passage',
  ]) {
    await expect(projector.page.getByText(text)).toBeVisible();
    await expect(facilitator.page.getByRole('article', { name: text })).toBeVisible();
  }
  await expect(
    bob.page.getByRole('article', { name: 'Boys in focus group skipped the long passage' }),
  ).toContainText('Anonymous');
  await expectAccessible(bob.page);
  await expectAccessible(projector.page);

  // Every screen shows the same time, to the second.
  const times = await Promise.all([projector.page, bob.page, carla.page].map(shownSeconds));
  expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(1);
  expect(times[0]).toBeGreaterThan(4 * 60);

  // The facilitator moves on; a participant reloads mid-step and is on the same step and time.
  await facilitator.page.getByRole('button', { name: 'Next step', exact: true }).click();
  const second = 'Step 2 of 5 · Share what we noticed';
  await expect(stepHeading(carla.page, second)).toBeVisible();
  // The sharing step shows the cards its first step collected, on everyone's board.
  await expect(
    carla.page.getByRole('region', { name: /^I notice/ }).getByRole('article'),
  ).toHaveCount(2);
  await bob.page.reload();
  await expect(stepHeading(bob.page, second)).toBeVisible();
  const [afterReload, reference] = await Promise.all([
    shownSeconds(bob.page),
    shownSeconds(facilitator.page),
  ]);
  expect(Math.abs(afterReload - reference)).toBeLessThanOrEqual(1);
  await expect(
    projector.page.getByRole('heading', { level: 1, name: 'Share what we noticed' }),
  ).toBeVisible();

  // Next steps become a decision draft and a follow-up action, each in one step.
  await bob.page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /1\. Silent noticing/ })
    .click();
  const promote = async (cardText: string, item: string | RegExp) => {
    await bob.page
      .getByRole('article', { name: cardText })
      .getByRole('button', { name: 'More actions' })
      .click();
    await bob.page.getByRole('menuitem', { name: item }).click();
  };
  await promote('Most students scored below 60% on inference', 'Make a decision draft');
  const drafts = bob.page.getByRole('list', { name: 'Decision drafts' });
  await expect(drafts).toContainText('Most students scored below 60% on inference');
  await promote(
    'Boys in focus group skipped the long passage',
    /Add as a follow-up to Most students/,
  );
  await expect(
    bob.page.getByRole('list', {
      name: 'Follow-ups of Most students scored below 60% on inference',
    }),
  ).toContainText('Boys in focus group skipped the long passage');
  await expectAccessible(bob.page);

  // The run ends; the summary lists every card.
  await facilitator.page.getByRole('button', { name: 'End run' }).click();
  await facilitator.page
    .getByRole('dialog', { name: 'End the run?' })
    .getByRole('button', { name: 'End run' })
    .click();
  for (const page of [facilitator.page, bob.page]) {
    await expect(page.getByRole('table', { name: 'Planned and actual minutes' })).toBeVisible();
    const cards = page.getByRole('list', { name: 'Cards of Silent noticing: I notice' });
    await expect(cards).toContainText('Most students scored below 60% on inference');
    await expect(cards).toContainText('Boys in focus group skipped the long passage');
    await expect(cards).not.toContainText('Carla');
  }
  await expectAccessible(facilitator.page);
});
