import { createTeam, expectSaved, newPerson, signInOnNewDevice, signUp } from './support/people';
import { expect, expectAccessible, test } from './support/test';

/** A calendar date some days from now (the team's day may differ by one: far enough inside). */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('a plan review walks the actions due or at risk, and the projector follows each status change', async ({
  browser,
}) => {
  const pat = await newPerson(browser, 'Pat');
  await signUp(pat);
  const teamUrl = await createTeam(pat, `Roosevelt High ILT ${Date.now()}`);
  const page = pat.page;

  // A plan with a goal, a strategy and two action steps: one due in five days, one later
  // and on track, which the review leaves out.
  await page.getByRole('link', { name: 'Work plan' }).click();
  await page.getByRole('button', { name: /^Start the \d{4}–\d{2} plan$/ }).click();
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const goal = page.getByRole('article', { name: /^Goal 1/ });
  await goal.getByLabel('Student success indicator').fill('Students read closely');
  await goal.getByLabel('Student success indicator').press('Enter');
  await goal.getByRole('button', { name: 'Add a strategy to goal 1' }).click();
  const strategy = page.getByRole('region', { name: 'Strategy 1.1' });
  await strategy.getByLabel('If we…').fill('annotate texts together every week');
  await strategy.getByLabel('If we…').press('Enter');
  await expectSaved(page);
  const addStep = async (task: string, due: string) => {
    const form = page.getByRole('form', { name: 'Add an action step to Strategy 1.1' });
    await form.getByLabel('Action step').fill(task);
    await form.getByLabel('Owner').selectOption({ label: 'Pat' });
    await form.getByLabel('Due').fill(due);
    await form.getByRole('button', { name: 'Add step' }).click();
    await expect(page.getByRole('row', { name: new RegExp(task) })).toBeVisible();
  };
  await addStep('Model annotation in the staff meeting', daysFromNow(5));
  await addStep('Collect annotated texts from every class', daysFromNow(60));
  await page
    .getByLabel('Status of "Collect annotated texts from every class"')
    .selectOption({ label: 'At risk' });
  await addStep('Order the new anthology', daysFromNow(90));

  // A meeting with a plan review on its agenda.
  await page.goto(teamUrl);
  await page.getByRole('link', { name: 'Meetings' }).click();
  await page.getByLabel('Meeting title').fill('January ILT');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  const form = page.getByRole('form', { name: 'Add an agenda item' });
  await form.getByLabel('Agenda item').fill('Where the plan stands');
  await form.getByLabel('Kind').selectOption({ label: 'Plan review' });
  await form.getByRole('button', { name: 'Add agenda item' }).click();
  await page.getByRole('link', { name: 'Open the plan review for Where the plan stands' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Plan review' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the review' }).click();
  const steps = page.getByRole('list', { name: 'Steps to review' });
  await expect(steps.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'Step 1 of 2' })).toHaveText(
    'Step 1 of 2: Model annotation in the staff meeting',
  );
  await expectAccessible(page);

  // The projector (the room's laptop, signed in as Pat) shows the step under discussion,
  // large, and follows every change made on Pat's own device.
  const projector = (await signInOnNewDevice(browser, pat)).page;
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(
    (await page.getByRole('link', { name: /Open the projector view/ }).getAttribute('href')) ?? '',
  );
  await expect(
    projector.getByRole('heading', { level: 1, name: 'Model annotation in the staff meeting' }),
  ).toBeVisible();
  await expect(projector.getByText('Step 1 of 2 · Due soon')).toBeVisible();
  await expect(projector.getByText('Not started', { exact: true })).toBeVisible();
  await expectAccessible(projector);

  await page
    .getByLabel('Status of "Model annotation in the staff meeting"')
    .selectOption({ label: 'On track' });
  await expect(projector.getByText('On track', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(
    projector.getByRole('heading', { level: 1, name: 'Collect annotated texts from every class' }),
  ).toBeVisible();
  await expect(projector.getByText('At risk', { exact: true })).toBeVisible();
  await page
    .getByLabel('Status of "Collect annotated texts from every class"')
    .selectOption({ label: 'Off track' });
  await expect(projector.getByText('Off track', { exact: true })).toBeVisible();
  // Nothing on the projector scrolls.
  expect(
    await projector.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight),
  ).toBe(true);

  // The plan itself has the new statuses.
  await page.goto(teamUrl);
  await page.getByRole('link', { name: 'Work plan' }).click();
  await expect(page.getByLabel('Status of "Collect annotated texts from every class"')).toHaveValue(
    'off-track',
  );
});
