import { createTeam, newPerson, signUp } from './support/people';
import { expect, expectAccessible, test } from './support/test';

test('a facilitator writes a protocol from scratch, with every step checked', async ({
  browser,
}) => {
  const fiona = await newPerson(browser, 'Fiona');
  await signUp(fiona);
  const teamUrl = await createTeam(fiona, `Library ILT ${Date.now()}`);
  const { page } = fiona;
  await page.goto(`${teamUrl}/protocols`);
  await expect(page.getByRole('heading', { level: 1, name: 'Protocol library' })).toBeVisible();
  for (const name of [
    'Notice and Wonder (data)',
    'ATLAS: Looking at Data',
    'Tuning protocol',
    'Consultancy protocol',
  ]) {
    await expect(page.getByRole('article', { name })).toBeVisible();
  }
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Write a new protocol' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write a new protocol' })).toBeVisible();
  await page.getByRole('button', { name: 'Save protocol' }).click();
  await expect(page.getByText('Give the step a title')).toBeVisible();
  await expect(page.getByText('Write the prompt for this step')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Quick exit-ticket look');
  const step = page.getByRole('group', { name: 'Step 1' });
  await step.getByRole('textbox', { name: 'Title', exact: true }).fill('Sort the exit tickets');
  await step.getByRole('textbox', { name: 'Minutes', exact: true }).fill('0');
  await step
    .getByRole('textbox', { name: 'Prompt', exact: true })
    .fill('Sort tickets into got it, almost, not yet.');
  await page.getByRole('button', { name: 'Save protocol' }).click();
  await expect(page.getByText('A step needs a positive duration')).toBeVisible();
  await step.getByRole('textbox', { name: 'Minutes', exact: true }).fill('8');
  await step.getByRole('textbox', { name: 'Columns', exact: true }).fill('Got it, Almost, Not yet');
  await page.getByRole('button', { name: 'Save protocol' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Protocol library' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved “Quick exit-ticket look”.' }),
  ).toBeVisible();
  await expect(page.getByRole('article', { name: 'Quick exit-ticket look' })).toContainText(
    'Sort the exit tickets',
  );
});
