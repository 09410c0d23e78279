import type { Locator, Page } from '@playwright/test';
import { createTeam, inviteLink, joinByLink, newPerson, signUp } from './support/people';
import { createRun } from './support/runs';
import { expect, expectAccessible, test } from './support/test';

test.use({ viewport: { width: 1366, height: 768 } });

/** Drags with the mouse, in small moves, as a person does: from one element onto another. */
async function dragOnto(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('drag: an element is not on screen');
  await page.mouse.move(start.x + 12, start.y + 10);
  await page.mouse.down();
  await page.mouse.move(start.x + 30, start.y + 30, { steps: 4 });
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Whether an element lies wholly inside the viewport, without any scrolling. */
async function isInFirstScreen(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize();
  const scrolled = await page.evaluate(() => window.scrollY);
  return (
    box !== null &&
    viewport !== null &&
    scrolled === 0 &&
    box.y >= 0 &&
    box.y + box.height <= viewport.height &&
    box.x + box.width <= viewport.width
  );
}

test('a board of 40 cards in two columns, grouped by drag and by keyboard, with dots', async ({
  browser,
}) => {
  const fiona = await newPerson(browser, 'Fiona');
  const bob = await newPerson(browser, 'Bob');
  await signUp(fiona);
  const teamUrl = await createTeam(fiona, `Board ILT ${Date.now()}`);
  await joinByLink(bob, await inviteLink(fiona, 'member'));

  // A run of ATLAS, on its "Interpret" step: two columns.
  const runUrl = await createRun(fiona, teamUrl, 'atlas-looking-at-data', 'Fractions exit tickets');
  await fiona.page.getByRole('button', { name: 'Start run' }).click();
  for (const title of ['Describe the work', 'Interpret']) {
    await fiona.page.getByRole('button', { name: 'Next step', exact: true }).click();
    await expect(
      fiona.page.getByRole('heading', { name: new RegExp(`· ${title}$`) }),
    ).toBeVisible();
  }
  await bob.page.goto(runUrl);
  const { page } = bob;
  const suggests = page.getByRole('region', { name: /^What it suggests/ });
  const assumptions = page.getByRole('region', { name: /^Assumptions we make/ });

  // On a Chromebook screen the add field and the step's controls are there without scrolling.
  const quickAdd = page.getByRole('textbox', { name: 'Add a card to What it suggests' });
  await expect(quickAdd).toBeVisible();
  expect(await isInFirstScreen(page, quickAdd)).toBe(true);
  expect(
    await isInFirstScreen(
      fiona.page,
      fiona.page.getByRole('button', { name: 'Next step', exact: true }),
    ),
  ).toBe(true);
  expect(
    await isInFirstScreen(
      fiona.page,
      fiona.page.getByRole('textbox', { name: 'Add a card to Assumptions we make' }),
    ),
  ).toBe(true);
  // The columns sit side by side.
  const [left, right] = [await suggests.boundingBox(), await assumptions.boundingBox()];
  expect(left && right && right.x > left.x + left.width - 1 && Math.abs(right.y - left.y) < 2).toBe(
    true,
  );

  // Quick add: Enter adds, Shift+Enter is a new line; your own cards are marked.
  await quickAdd.fill('Students add numerators');
  await quickAdd.press('Enter');
  await expect(quickAdd).toHaveValue('');
  await expect(quickAdd).toBeFocused();
  await quickAdd.type('They compare the tops');
  await quickAdd.press('Shift+Enter');
  await quickAdd.type('not the sizes');
  await quickAdd.press('Enter');
  const own = page.getByRole('article', { name: 'Students add numerators' });
  await expect(own).toContainText('You');
  await expect(
    page.getByRole('article', { name: /They compare the tops\s+not the sizes/ }),
  ).toBeVisible();

  // The rest of the 40 cards come from the facilitator, through the same API the page uses.
  const texts = Array.from({ length: 38 }, (_, i) =>
    i % 2 === 0 ? `Suggestion ${i + 1}` : `Assumption ${i + 1}`,
  );
  await fiona.page.evaluate(
    async ({ url, texts }) => {
      const [, teamId, runId] = /\/teams\/([^/]+)\/runs\/([^/?#]+)/.exec(url) ?? [];
      for (const text of texts) {
        const column = text.startsWith('Suggestion') ? 'What it suggests' : 'Assumptions we make';
        const response = await fetch(`/api/teams/${teamId}/runs/${runId}/cards`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ stepId: 'step-3', column, text, anonymous: false }),
        });
        if (!response.ok) throw new Error(`card: ${response.status}`);
      }
    },
    { url: runUrl, texts },
  );
  await expect(
    page.getByRole('status').filter({ hasText: '40 cards on this step' }),
  ).toBeAttached();
  await expect(suggests.getByRole('article')).toHaveCount(21);
  await expect(assumptions.getByRole('article')).toHaveCount(19);
  await expect(page.getByRole('article', { name: 'Suggestion 1', exact: true })).not.toContainText(
    'You',
  );
  await expectAccessible(page);

  // Dragging a card onto another makes a group of the two; its name field opens at once.
  await dragOnto(
    page,
    page.getByRole('article', { name: 'Suggestion 3', exact: true }),
    page.getByRole('article', { name: 'Students add numerators' }),
  );
  const name = page.getByRole('textbox', { name: 'Group name' });
  await expect(name).toBeFocused();
  await name.fill('Adding parts');
  await name.press('Enter');
  const group = page.getByRole('region', { name: 'Adding parts' });
  await expect(group.getByRole('article')).toHaveCount(2);
  await expect(
    fiona.page.getByRole('region', { name: 'Adding parts' }).getByRole('article'),
  ).toHaveCount(2);

  // Dragging a card onto the group puts it in; the group can take cards of both columns.
  await dragOnto(page, page.getByRole('article', { name: 'Assumption 2', exact: true }), group);
  await expect(group.getByRole('article')).toHaveCount(3);
  await expect(assumptions.getByRole('article')).toHaveCount(18);

  // By keyboard: a card's "More actions" moves it to a group, and says so.
  const keyboardCard = page.getByRole('article', { name: 'Suggestion 5', exact: true });
  await keyboardCard.getByRole('button', { name: 'More actions' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Move to group Adding parts' }).focus();
  await page.keyboard.press('Enter');
  await expect(group.getByRole('article')).toHaveCount(4);
  await expect(
    page.getByRole('status').filter({ hasText: '“Suggestion 5” moved to the group Adding parts.' }),
  ).toBeAttached();

  // A second group by keyboard, renamed by keyboard; then a card out, and an ungroup.
  await page
    .getByRole('article', { name: 'Assumption 4', exact: true })
    .getByRole('button', { name: 'More actions' })
    .click();
  await page.getByRole('menuitem', { name: 'Start a new group' }).click();
  await expect(name).toBeFocused();
  await name.fill('Size of parts');
  await name.press('Enter');
  const second = page.getByRole('region', { name: 'Size of parts' });
  await expect(second.getByRole('article')).toHaveCount(1);
  await second.getByRole('button', { name: 'Rename the group Size of parts' }).click();
  await name.fill('Whole and parts');
  await name.press('Enter');
  await expect(fiona.page.getByRole('region', { name: 'Whole and parts' })).toBeVisible();
  await page
    .getByRole('article', { name: 'Suggestion 5', exact: true })
    .getByRole('button', { name: 'More actions' })
    .click();
  await page.getByRole('menuitem', { name: 'Take out of group' }).click();
  await expect(suggests.getByRole('article', { name: 'Suggestion 5', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Ungroup Whole and parts' }).click();
  await expect(page.getByRole('region', { name: 'Whole and parts' })).toHaveCount(0);
  await expect(
    assumptions.getByRole('article', { name: 'Assumption 4', exact: true }),
  ).toBeVisible();
  await expectAccessible(page);

  // Dots: the count of those left, one per card; sorting puts the most dotted first.
  await expect(page.getByText(/^3 votes left/)).toBeVisible();
  const last = page.getByRole('article', { name: 'Assumption 38', exact: true });
  await last.getByRole('button', { name: /^Vote for this card/ }).click();
  await expect(page.getByText(/^2 votes left/)).toBeVisible();
  await expect(last.getByRole('button', { name: 'Remove your vote (1 vote)' })).toBeVisible();
  await fiona.page
    .getByRole('article', { name: 'Assumption 38', exact: true })
    .getByRole('button', { name: /^Vote for this card/ })
    .click();
  await expect(last.getByRole('button', { name: 'Remove your vote (2 votes)' })).toBeVisible();
  await page.getByRole('button', { name: 'Sort by votes' }).click();
  await expect(page.getByRole('button', { name: 'Sort by votes' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(assumptions.getByRole('article').first()).toHaveAccessibleName('Assumption 38');
  await expectAccessible(page);
  await expectAccessible(fiona.page);
});
