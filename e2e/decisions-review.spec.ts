import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import {
  createTeam,
  expectSaved,
  inviteLink,
  joinByLink,
  newPerson,
  purposeEditor,
  signUp,
} from './support/people';
import { expect, expectAccessible, test } from './support/test';

/** Creates a decision through the API, as the signed-in person of `page`. */
async function createDecision(page: Page, teamId: string, title: string): Promise<string> {
  const response = await page.request.post(`/api/teams/${teamId}/decisions`, {
    data: { title },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { decisionId: string }).decisionId;
}

/** Answers a decision's focus check on its page: which student it affects, or none. */
async function answerFocusCheck(page: Page, student: string | null): Promise<void> {
  const question = page.getByRole('radiogroup', {
    name: 'Does this decision affect our students of focus?',
  });
  if (student) {
    await question.getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.getByRole('checkbox', { name: student }).check();
  } else {
    await question.getByRole('radio', { name: 'No', exact: true }).check();
  }
  await page.getByRole('textbox', { name: 'How will we know?' }).fill('Monthly exit data');
  await page.keyboard.press('Tab');
  await expect(page.getByText('Focus check complete.')).toBeVisible();
  await expectSaved(page);
}

test('a principal reviews the decision log and restores an earlier purpose', async ({
  browser,
}) => {
  test.setTimeout(360_000);
  const pam = await newPerson(browser, 'Pam');
  const max = await newPerson(browser, 'Max');
  await signUp(pam);
  const teamUrl = await createTeam(pam, `Review ILT ${Date.now()}`);
  const teamId = teamUrl.split('/').at(-1) ?? '';
  const addStudent = pam.page.getByRole('form', { name: 'Add a student of focus' });
  for (const label of ['J.M.', 'Grade 8 boys']) {
    await addStudent.getByLabel('Initials or group').fill(label);
    await addStudent.getByRole('button', { name: 'Add student of focus' }).click();
    await expect(pam.page.getByRole('button', { name: `Edit ${label}` })).toBeVisible();
  }
  await expectSaved(pam.page);
  await joinByLink(max, await inviteLink(pam, 'member'));

  // Two decisions in the log: one for J.M., one for nobody in focus.
  const forJm = 'Reading conferences every Friday, "small groups", with notes';
  const other = 'Move the staff meeting to Tuesdays';
  const jmId = await createDecision(pam.page, teamId, forJm);
  const otherId = await createDecision(pam.page, teamId, other);
  await pam.page.goto(`${teamUrl}/decisions/${jmId}`);
  await answerFocusCheck(pam.page, 'J.M.');
  await pam.page.goto(`${teamUrl}/decisions/${otherId}`);
  await answerFocusCheck(pam.page, null);

  // The principal opens the log and filters to one student of focus.
  await pam.page.goto(teamUrl);
  await pam.page.getByRole('link', { name: 'Decision log' }).click();
  await expect(pam.page.getByRole('heading', { level: 1, name: 'Decision log' })).toBeVisible();
  const results = pam.page.getByRole('region', { name: 'Decisions' });
  await expect(results.getByRole('status')).toHaveText('2 decisions');
  await expectAccessible(pam.page);
  const filters = pam.page.getByRole('search', { name: 'Filter decisions' });
  await filters.getByRole('combobox', { name: 'Student of focus' }).selectOption({ label: 'J.M.' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(results.getByRole('status')).toHaveText('1 decision');
  await expect(results.getByRole('link', { name: forJm })).toBeVisible();
  await expect(results.getByRole('link', { name: other })).toHaveCount(0);

  // The CSV of the filtered log opens correctly: quotes and commas survive.
  const [download] = await Promise.all([
    pam.page.waitForEvent('download'),
    pam.page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  const text = (await readFile(await download.path())).toString('utf8');
  const rows = parse(text.replace(/^\ufeff/, ''), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(1);
  expect(rows[0]?.title).toBe(forJm);

  // The printable report and the follow-ups view of the same log.
  await pam.page.getByRole('link', { name: 'Printable report' }).click();
  await expect(
    pam.page.getByRole('heading', { level: 1, name: 'Decision log report' }),
  ).toBeVisible();
  await expect(pam.page.getByRole('article', { name: forJm })).toContainText('Monthly exit data');
  await expect(pam.page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectAccessible(pam.page);
  await pam.page.getByRole('link', { name: 'Back to the decision log' }).click();
  await pam.page.getByRole('link', { name: 'Overdue and due soon' }).click();
  await expect(
    pam.page.getByRole('heading', { level: 1, name: 'Overdue and due soon' }),
  ).toBeVisible();
  await expectAccessible(pam.page);
  await pam.page.getByRole('link', { name: 'Back to the decision log' }).click();

  // A decision's detail shows who changed what.
  await results.getByRole('link', { name: forJm }).click();
  await expect(pam.page.getByRole('heading', { level: 1, name: forJm })).toBeVisible();
  const history = pam.page.getByRole('list', { name: 'Changes, newest first' });
  await expect(history.getByText(/Pam/).first()).toBeVisible();
  await expect(history).toContainText('Monthly exit data');
  await expectAccessible(pam.page);

  // The purpose statement: a named version, then a rewrite that a member watches live.
  await pam.page.goto(teamUrl);
  await purposeEditor(pam.page).click();
  await pam.page.keyboard.type('We read with every student, every day.');
  await expectSaved(pam.page);
  await max.page.goto(teamUrl);
  // (The editor also shows the other person's caret label: compare the text it contains.)
  await expect(purposeEditor(max.page)).toContainText('We read with every student, every day.');
  await pam.page.getByRole('button', { name: 'History', exact: true }).click();
  const panel = pam.page.getByRole('dialog', { name: /History of/ });
  await panel.getByLabel('Version name').fill('September draft');
  await panel.getByRole('button', { name: 'Save version' }).click();
  await expect(panel.getByText('Saved “September draft”.')).toBeVisible();
  await expectAccessible(pam.page);
  await pam.page.keyboard.press('Escape');

  await purposeEditor(pam.page).click();
  await pam.page.keyboard.press('ControlOrMeta+a');
  await pam.page.keyboard.type('A completely different purpose.');
  await expectSaved(pam.page);
  await expect(purposeEditor(max.page)).toContainText('A completely different purpose.');

  // Restoring the named version brings it back for the member, live.
  await pam.page.getByRole('button', { name: 'History', exact: true }).click();
  const version = panel.getByRole('listitem').filter({ hasText: 'September draft' });
  await version.getByRole('button', { name: 'View' }).click();
  await expect(panel.getByText('We read with every student, every day.')).toBeVisible();
  await panel.getByRole('button', { name: 'Restore this version' }).click();
  await pam.page
    .getByRole('dialog', { name: 'Restore this version?' })
    .getByRole('button', { name: 'Restore', exact: true })
    .click();
  await expect(panel.getByText('Version restored')).toBeVisible();

  // Comparing the named version with the current document: nothing differs after the restore.
  for (const page of [max.page, pam.page]) {
    await expect(purposeEditor(page)).toContainText('We read with every student, every day.');
    await expect(purposeEditor(page)).not.toContainText('completely different');
  }
  // The state before the restore stays in the history.
  const versions = panel.getByRole('list', { name: 'Versions, newest first' });
  await expect(versions.getByRole('listitem').filter({ hasText: 'Before restoring' })).toHaveCount(
    1,
  );
  await expectAccessible(pam.page);
  await versions
    .getByRole('listitem')
    .filter({ hasText: 'Before restoring' })
    .getByRole('button', { name: 'Compare with current' })
    .click();
  await expect(panel.getByRole('heading', { name: 'Changes' })).toBeVisible();
  // Word by word: what the restore took away and what it brought back.
  await expect(panel.getByRole('deletion').filter({ hasText: 'completely' })).toBeVisible();
  await expect(panel.getByRole('insertion').filter({ hasText: 'student' }).first()).toBeVisible();
  await expectAccessible(pam.page);
});
