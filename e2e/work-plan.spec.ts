import {
  createTeam,
  expectSaved,
  inviteLink,
  joinByLink,
  newPerson,
  signUp,
} from './support/people';
import { expect, expectAccessible, test } from './support/test';

test('two people co-write a goal and its strategy live, and add an owned, dated action step', async ({
  browser,
}) => {
  const pat = await newPerson(browser, 'Pat');
  const max = await newPerson(browser, 'Max');
  await signUp(pat);
  const teamUrl = await createTeam(pat, `Garfield Elementary ILT ${Date.now()}`);
  await joinByLink(max, await inviteLink(pat, 'member'));
  await expect(max.page).toHaveURL(teamUrl);

  // The principal starts this school year's plan from the team page.
  await pat.page.getByRole('link', { name: 'Work plan' }).click();
  await pat.page.getByRole('button', { name: /^Start the \d{4}–\d{2} plan$/ }).click();
  await expect(pat.page.getByRole('heading', { name: /^Work plan \d{4}–\d{2}$/ })).toBeVisible();
  await expectAccessible(pat.page);

  await max.page.getByRole('link', { name: 'Work plan' }).click();
  await expect(max.page.getByText('No goals yet.')).toBeVisible();

  // Pat adds a goal; Max sees it at once and writes its indicator while Pat writes the measure.
  await pat.page.getByRole('button', { name: 'Add a goal' }).click();
  const maxGoal = max.page.getByRole('article', { name: /^Goal 1/ });
  await expect(maxGoal).toBeVisible();
  await maxGoal.getByLabel('Student success indicator').fill('Students explain their reasoning');
  // While Max is in the field, Pat sees who is editing it; it goes when Max leaves.
  const patGoal = pat.page.getByRole('article', { name: /^Goal 1/ });
  await expect(patGoal.getByText('Max is editing')).toBeVisible();
  await maxGoal.getByLabel('Student success indicator').press('Enter');
  await expect(patGoal.getByText('Max is editing')).toHaveCount(0);
  // A full name where a group belongs gets the privacy hint; a group does not.
  const students = maxGoal.getByLabel('For which students');
  await students.fill('Maria Lopez');
  await students.press('Enter');
  await expect(maxGoal.getByText('This looks like a full name.', { exact: false })).toBeVisible();
  await students.fill('Grade 4 multilingual learners');
  await students.press('Enter');
  await expect(maxGoal.getByText('This looks like a full name.', { exact: false })).toHaveCount(0);
  await patGoal
    .getByRole('textbox', { name: 'Measure', exact: true })
    .fill('Share scoring 3 or more on the reasoning rubric');
  await patGoal.getByRole('textbox', { name: 'Measure', exact: true }).press('Enter');
  await expect(
    pat.page.getByRole('heading', { name: 'Goal 1: Students explain their reasoning' }),
  ).toBeVisible();
  await expect(maxGoal.getByRole('textbox', { name: 'Measure', exact: true })).toHaveValue(
    'Share scoring 3 or more on the reasoning rubric',
  );

  // Max adds a strategy under it and writes the practice; Pat sees it live.
  await maxGoal.getByRole('button', { name: 'Add a strategy to goal 1' }).click();
  const maxStrategy = max.page.getByRole('region', { name: 'Strategy 1.1' });
  await maxStrategy.getByLabel('If we…').fill('model reasoning with sentence frames daily');
  await maxStrategy.getByLabel('…then').fill('students will give reasons for their claims');
  await maxStrategy.getByLabel('…then').press('Enter');
  const patStrategy = pat.page.getByRole('region', { name: 'Strategy 1.1' });
  await expect(patStrategy.getByLabel('If we…')).toHaveValue(
    'model reasoning with sentence frames daily',
  );
  await expect(patStrategy.getByLabel('…then')).toHaveValue(
    'students will give reasons for their claims',
  );
  await expectSaved(max.page);

  // An action step needs an owner and a due date before it is saved.
  const form = pat.page.getByRole('form', { name: 'Add an action step to Strategy 1.1' });
  await form.getByLabel('Action step').fill('Write sentence frames for science');
  await form.getByRole('button', { name: 'Add step' }).click();
  await expect(form.getByRole('alert')).toHaveText('Choose who owns the action');
  await form.getByLabel('Owner').selectOption({ label: 'Max' });
  await form.getByRole('button', { name: 'Add step' }).click();
  await expect(form.getByRole('alert')).toHaveText('Give the action a due date');
  await form.getByLabel('Due').fill('2027-03-15');
  await form.getByRole('button', { name: 'Add step' }).click();

  // Max sees the step with its owner and date, and marks it at risk; Pat sees the words.
  const maxSteps = max.page.getByRole('table', { name: 'Action steps of Strategy 1.1' });
  await expect(
    maxSteps.getByRole('row', { name: /Write sentence frames for science/ }),
  ).toContainText('Max');
  await maxSteps
    .getByLabel('Status of "Write sentence frames for science"')
    .selectOption({ label: 'At risk' });
  const patSteps = pat.page.getByRole('table', { name: 'Action steps of Strategy 1.1' });
  await expect(patSteps.getByLabel('Status of "Write sentence frames for science"')).toHaveValue(
    'at-risk',
  );

  // The overview counts the step under its owner.
  const overview = pat.page.getByRole('region', { name: 'Overview' });
  await expect(overview).toContainText('Max');
  await expect(overview).toContainText('1 of 1');

  // Baseline and target give the goal a run chart; a checkpoint's result is its first point.
  await patGoal.getByRole('textbox', { name: 'Baseline', exact: true }).fill('30');
  await patGoal.getByLabel('Baseline date').fill('2026-09-15');
  await patGoal.getByRole('textbox', { name: 'Target', exact: true }).fill('70');
  await patGoal.getByLabel('Target date').fill('2027-05-15');
  await patGoal.getByLabel('Target date').press('Enter');
  await expect(patGoal.getByText('Nothing measured since the baseline yet')).toBeVisible();
  const addCheckpoint = pat.page.getByRole('form', { name: 'Add a checkpoint to goal 1' });
  await addCheckpoint.getByLabel('Date').fill('2026-12-01');
  await addCheckpoint.getByRole('button', { name: 'Add checkpoint' }).click();
  const maxCheckpoint = maxGoal.getByRole('region', { name: /^Checkpoint: Student results/ });
  await maxCheckpoint.getByLabel('Result').fill('45');
  await maxCheckpoint.getByLabel('Result').press('Enter');
  await expect(patGoal.getByText('Ahead of the aim line')).toBeVisible();

  // The target tracker shows the goal's latest value against its aim line.
  const tracker = pat.page.getByRole('table', { name: 'Target tracker' });
  const trackedGoal = tracker.getByRole('row', { name: /^Goal 1: Share scoring 3 or more/ });
  await expect(trackedGoal).toContainText('45');
  await expect(trackedGoal).toContainText('Ahead of the aim line');
  // Max records that the goal is about eight students: Pat's tracker drops every figure.
  await maxGoal.getByLabel('Students in the group').fill('8');
  await maxGoal.getByLabel('Students in the group').press('Enter');
  await expect(trackedGoal.getByRole('cell', { name: 'fewer than 10', exact: true })).toHaveCount(
    2,
  );
  await expect(trackedGoal).toContainText('fewer than 10');
  await expect(trackedGoal).not.toContainText('45');
  await expect(trackedGoal).toContainText('Ahead of the aim line');
  // On a phone the table scrolls inside its own box rather than widening the page.
  await pat.page.setViewportSize({ width: 360, height: 740 });
  const trackerBox = await pat.page.getByRole('region', { name: 'Target tracker' }).boundingBox();
  expect(trackerBox?.width).toBeLessThanOrEqual(360);
  await pat.page.setViewportSize({ width: 1366, height: 768 });
  await expectAccessible(pat.page);

  // Everything is there after a reload.
  await max.page.reload();
  await expect(
    max.page.getByRole('heading', { name: 'Goal 1: Students explain their reasoning' }),
  ).toBeVisible();
  await expect(
    max.page.getByRole('region', { name: 'Strategy 1.1' }).getByLabel('If we…'),
  ).toHaveValue('model reasoning with sentence frames daily');

  // The printable report: the small group's figures stay hidden, the step counts under Max.
  await pat.page.getByRole('link', { name: 'Printable report' }).click();
  await expect(pat.page.getByRole('heading', { level: 1, name: 'Work plan report' })).toBeVisible();
  const reportGoal = pat.page
    .getByRole('table', { name: 'Goals' })
    .getByRole('row', { name: /^Goal 1: Students explain their reasoning/ });
  await expect(reportGoal).toContainText('fewer than 10');
  await expect(reportGoal).not.toContainText('45');
  const maxCounts = pat.page
    .getByRole('region', { name: 'Action steps', exact: true })
    .getByRole('table', { name: 'Action steps by owner' })
    .getByRole('row', { name: /^Max/ });
  // Not started, on track, at risk, off track, done; then overdue, once 15 March has passed.
  await expect(maxCounts.getByRole('cell')).toHaveText(['0', '0', '1', '0', '0', /^[01]$/]);
  await expectAccessible(pat.page);

  // Max comments on why the goal is a priority; Pat sees the count and the thread.
  const why = maxGoal.getByRole('textbox', { name: 'Why it is a priority' });
  await why.fill('Only a third of written answers gave a reason last spring');
  await why.press('Enter');
  await expectSaved(max.page);
  await maxGoal.getByRole('button', { name: 'Comment on Why it is a priority, goal 1' }).click();
  const whyComments = 'Comments on Why it is a priority, goal 1';
  const maxDrawer = max.page.getByRole('dialog', { name: whyComments });
  await maxDrawer.getByRole('textbox', { name: 'Comment' }).fill('Which task showed this?');
  await maxDrawer.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(
    maxDrawer.getByRole('article', { name: /^Comment thread on “Only a third/ }),
  ).toContainText('Which task showed this?');
  await pat.page.goBack();
  await pat.page
    .getByRole('button', { name: 'Comment on Why it is a priority, goal 1 (1 open)' })
    .click();
  const patDrawer = pat.page.getByRole('dialog', { name: whyComments });
  await expect(patDrawer.getByRole('article')).toContainText('Which task showed this?');
  await expectAccessible(pat.page);
});
