import type { Locator, Page } from '@playwright/test';
import { controlNetwork } from './support/network';
import {
  createTeam,
  expectSaved,
  newPerson,
  purposeEditor,
  signInOnNewDevice,
  signUp,
} from './support/people';
import { expect, expectAccessible, test } from './support/test';

/** The text of each paragraph of a rich-text field, in order (without others' caret labels). */
function paragraphs(editor: Locator): Promise<string[]> {
  return editor.locator('p').evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
      return copy.textContent ?? '';
    }),
  );
}

/** Clicks into a field, goes to its end and adds a paragraph, as a person appending does. */
async function appendParagraph(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

test.describe.configure({ timeout: 240_000 });

test('text appended after coming back to the purpose always lands at its end', async ({
  browser,
}) => {
  const pam = await newPerson(browser, 'Pam');
  const network = await controlNetwork(pam.page.context());
  await signUp(pam);
  const teamUrl = await createTeam(pam, `Append ILT ${Date.now()}`);
  const { page } = pam;
  const firstLine = 'Every student reads at grade level.';
  const secondLine = 'We look at evidence together.';
  const expected = [firstLine, secondLine];
  await purposeEditor(page).click();
  await page.keyboard.type(firstLine);
  await page.keyboard.press('Enter');
  await page.keyboard.type(secondLine);
  await expectSaved(page);

  // The ways of leaving and coming back: by link, by the browser's Back, by a reload, and
  // with the network cut (the socket drops; the text is appended offline and syncs after).
  const ways = ['link', 'back', 'reload', 'offline'] as const;
  for (let round = 1; round <= 20; round += 1) {
    const way = ways[(round - 1) % ways.length];
    if (way === 'link' || way === 'back') {
      await page.getByRole('link', { name: 'Meetings' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
      if (way === 'link') await page.getByRole('link', { name: /^Back to / }).click();
      else await page.goBack();
    } else if (way === 'reload') {
      await page.reload();
    } else {
      await network.goOffline();
      await expect(
        page.getByRole('status').filter({ hasText: 'Offline: changes kept on this device' }),
      ).toBeVisible();
    }
    await expect(purposeEditor(page)).toContainText(expected.at(-1) ?? '');
    const sentence = `Round ${round} (${way}) adds this sentence.`;
    await appendParagraph(page, purposeEditor(page), sentence);
    expected.push(sentence);
    await expect.poll(() => paragraphs(purposeEditor(page))).toEqual(expected);
    if (way === 'offline') await network.goOnline();
    await expectSaved(page);
  }
  await expectAccessible(page);

  // What was saved is what everyone sees: the same paragraphs, in the same order.
  const laptop = await signInOnNewDevice(browser, pam);
  await laptop.page.goto(teamUrl);
  await expect.poll(() => paragraphs(purposeEditor(laptop.page))).toEqual(expected);
});

test('meeting notes and decision text take appended text at their end too', async ({ browser }) => {
  const fay = await newPerson(browser, 'Fay');
  await signUp(fay);
  await createTeam(fay, `Append meeting ILT ${Date.now()}`);
  const { page } = fay;
  await page.getByRole('link', { name: 'Meetings' }).click();
  await page.getByLabel('Meeting title').fill('December ILT');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'December ILT' })).toBeVisible();
  const meetingUrl = page.url();
  const form = page.getByRole('form', { name: 'Add an agenda item' });
  await form.getByLabel('Agenda item').fill('Adopt exit tickets');
  await form.getByLabel('Kind').selectOption({ label: 'Decision' });
  await form.getByLabel('Minutes').fill('15');
  await form.getByRole('button', { name: 'Add agenda item' }).click();

  const notes = page.getByRole('textbox', { name: 'Meeting notes' });
  const firstNote = 'Fractions are the gap.';
  const expectedNotes = [firstNote];
  await notes.click();
  await page.keyboard.type(firstNote);
  await expectSaved(page);

  await page.getByRole('button', { name: 'Open decision for Adopt exit tickets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Adopt exit tickets' })).toBeVisible();
  const decisionUrl = page.url();
  const decisionText = page.getByRole('textbox', { name: 'Decision text' });
  const firstClause = 'Every class ends with an exit ticket.';
  const expectedText = [firstClause];
  await decisionText.click();
  await page.keyboard.type(firstClause);
  await expectSaved(page);

  // Back to the meeting and forward to the decision, as a facilitator moves between them.
  for (let round = 1; round <= 8; round += 1) {
    await page.goBack();
    await expect(page).toHaveURL(meetingUrl);
    await expect(notes).toContainText(expectedNotes.at(-1) ?? '');
    const note = `Note ${round}.`;
    await appendParagraph(page, notes, note);
    expectedNotes.push(note);
    await expect.poll(() => paragraphs(notes)).toEqual(expectedNotes);
    await expectSaved(page);

    await page.goForward();
    await expect(page).toHaveURL(decisionUrl);
    await expect(decisionText).toContainText(expectedText.at(-1) ?? '');
    const clause = `Clause ${round}.`;
    await appendParagraph(page, decisionText, clause);
    expectedText.push(clause);
    await expect.poll(() => paragraphs(decisionText)).toEqual(expectedText);
    await expectSaved(page);
  }
  await expectAccessible(page);
});
