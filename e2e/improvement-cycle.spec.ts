import { createTeam, expectSaved, newPerson, signUp } from './support/people';
import { expect, expectAccessible, test } from './support/test';

test('a cycle gets three data points from a CSV file, shows them on its run chart, and closes with "adopt" into the decision log, whose follow-up joins the work plan', async ({
  browser,
}) => {
  const pat = await newPerson(browser, 'Pat');
  await signUp(pat);
  const teamUrl = await createTeam(pat, `Lincoln Middle ILT ${Date.now()}`);
  const page = pat.page;

  // A plan with one goal and its strategy.
  await page.getByRole('link', { name: 'Work plan' }).click();
  await page.getByRole('button', { name: /^Start the \d{4}–\d{2} plan$/ }).click();
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const goal = page.getByRole('article', { name: /^Goal 1/ });
  await goal.getByLabel('Student success indicator').fill('Students explain their reasoning');
  await goal.getByLabel('Student success indicator').press('Enter');
  await goal.getByRole('button', { name: 'Add a strategy to goal 1' }).click();
  const strategy = page.getByRole('region', { name: 'Strategy 1.1' });
  await strategy.getByLabel('If we…').fill('model reasoning with sentence frames');
  await strategy.getByLabel('If we…').press('Enter');
  await expectSaved(page);

  // A cycle under it: the change idea, one measure with its aim, and the dates.
  await goal.getByRole('button', { name: 'Start an improvement cycle' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Cycle 1: Improvement cycle' }),
  ).toBeVisible();
  const framing = page.getByRole('region', { name: 'Framing' });
  await framing.getByLabel('Change idea').fill('Turn and talk before writing');
  await framing.getByLabel('Change idea').press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Cycle 1: Turn and talk before writing' }),
  ).toBeVisible();
  await framing
    .getByLabel('Linked strategy')
    .selectOption({ label: 'If we model reasoning with sentence frames then …' });
  await framing.getByLabel('Start date').fill('2026-10-05');
  await framing.getByLabel('End date').fill('2026-11-13');
  await framing.getByLabel('End date').press('Enter');
  const measuresRegion = page.getByRole('region', { name: 'Measures' });
  await measuresRegion.getByRole('button', { name: 'Add a measure' }).click();
  const measure = measuresRegion.getByRole('region', { name: 'Measure 1' });
  await measure.getByLabel('Measure name').fill('Exit tickets with a reason');
  await measure.getByLabel('Measure name').press('Enter');
  await measure.getByLabel('Unit').fill('%');
  await measure.getByLabel('Unit').press('Enter');
  await measure.getByLabel('Baseline value').fill('30');
  await measure.getByLabel('Baseline value').press('Enter');
  await measure.getByLabel('Target value').fill('50');
  await measure.getByLabel('Target value').press('Enter');
  await expectSaved(page);

  // The prediction comes first; data cannot be entered before it.
  const prediction = page.getByRole('region', { name: 'Prediction' });
  await prediction
    .getByLabel('What do you predict the change idea will do?')
    .fill('Half the class will give a reason by week three');
  await prediction.getByRole('button', { name: 'Save prediction' }).click();
  await expect(prediction.getByText('Prediction saved.')).toBeVisible();

  // A file with a wrong line is refused whole, line by line; the corrected file imports.
  const data = page.getByRole('region', { name: 'Data' });
  const upload = (name: string, lines: string[]) =>
    data.getByLabel('Import from CSV').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
  await upload('wrong.csv', [
    'date,measure,value',
    '2026-10-09,Exit tickets with a reason,34',
    '2026-10-16,Attendance,90',
  ]);
  const refused = data.getByRole('alert');
  await expect(refused).toContainText('Nothing was imported');
  await expect(refused).toContainText('Line 3: This cycle has no measure called "Attendance"');
  await upload('exit-tickets.csv', [
    'date,measure,value,note',
    '2026-10-09,Exit tickets with a reason,34,',
    '10/16/2026,Exit tickets with a reason,41%,',
    '2026-10-23,Exit tickets with a reason,47,after the coaching visit',
  ]);
  await expect(data.getByText('Imported 3 data points.')).toBeVisible();

  // The run chart carries the three points against the aim line.
  const chart = page.getByRole('figure', { name: 'Run chart: Exit tickets with a reason' });
  await expect(chart.getByText('Ahead of the aim line')).toBeVisible();
  const chartTable = chart.getByRole('table', { name: 'Run chart: Exit tickets with a reason' });
  for (const value of ['34', '41', '47']) {
    await expect(chartTable.getByRole('cell', { name: value, exact: true })).toHaveCount(1);
  }
  // The first data point locked the prediction.
  await expect(
    prediction.getByText(/^Locked .* when the first data point was entered\.$/),
  ).toBeVisible();
  await expect(prediction.getByRole('button', { name: 'Save prediction' })).toHaveCount(0);
  await expectAccessible(page);

  // The team studies the data in a protocol run; the run shows the cycle's run chart.
  const cycleUrl = page.url();
  await page.getByRole('button', { name: 'Study the data in a protocol run' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a protocol run' });
  await dialog.getByLabel('Protocol').selectOption('notice-and-wonder');
  await dialog.getByRole('button', { name: 'Create run' }).click();
  const underStudy = page.getByRole('region', { name: 'The data under study' });
  await expect(
    underStudy.getByRole('figure', { name: 'Run chart: Exit tickets with a reason' }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.goto(cycleUrl);
  await expect(
    page.getByRole('link', { name: 'Study of Cycle 1: Turn and talk before writing' }),
  ).toBeVisible();

  // Closing with "adopt" writes a decision into the log, and the cycle is kept as it was.
  const outcome = page.getByRole('region', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'Adopt' }).check();
  await outcome
    .getByLabel('What did the team learn?')
    .fill('Reasons rose every week; we keep turn and talk in every block.');
  await outcome.getByLabel('Decision model').selectOption({ label: 'Consensus' });
  await outcome.getByRole('button', { name: 'Close the cycle' }).click();
  await expect(page.getByText('Closed: Adopt — the decision is in the log')).toBeVisible();
  await expect(
    page.getByText('Read-only: the cycle is closed and kept as the team left it.'),
  ).toBeVisible();
  await expect(framing.getByLabel('Change idea')).not.toBeEditable();

  await page.goto(teamUrl);
  await page.getByRole('link', { name: 'Decision log' }).click();
  const decisions = page.getByRole('region', { name: 'Decisions' });
  await expect(
    decisions.getByRole('link', { name: 'Adopt: Turn and talk before writing' }),
  ).toBeVisible();
  await decisions.getByRole('link', { name: 'Adopt: Turn and talk before writing' }).click();
  await expect(
    page.getByRole('link', { name: 'Cycle 1: Turn and talk before writing' }),
  ).toBeVisible();

  // The decision serves the cycle's strategy; a follow-up of it becomes an action step there.
  await page.getByRole('link', { name: 'Open the live decision' }).click();
  await expect(
    page.getByRole('region', { name: 'Work plan' }).getByRole('link', {
      name: 'Goal 1 · Strategy 1.1: If we model reasoning with sentence frames then …',
    }),
  ).toBeVisible();
  const task = 'Share the sentence frames with grade 7';
  const addFollowUp = page.getByRole('form', { name: 'Add a follow-up action' });
  await addFollowUp.getByLabel('Task').fill(task);
  await addFollowUp.getByLabel('Owner').fill('Pat');
  await addFollowUp.getByLabel('Due date').fill('2027-01-15');
  await addFollowUp.getByRole('button', { name: 'Add follow-up' }).click();
  await page.getByRole('button', { name: `Make it an action step for ${task}` }).click();
  const stepForm = page.getByRole('form', { name: `Make "${task}" an action step` });
  await stepForm.getByLabel('Owner').selectOption({ label: 'Pat' });
  await stepForm.getByLabel('Due').fill('2027-01-22');
  await expectAccessible(page);
  await stepForm.getByRole('button', { name: 'Add to the plan' }).click();
  await page.getByRole('link', { name: `Action step in the work plan for ${task}` }).click();
  await expect(
    page
      .getByRole('table', { name: 'Action steps of Strategy 1.1' })
      .getByRole('row', { name: new RegExp(task) }),
  ).toContainText('Pat');
});
