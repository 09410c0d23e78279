import type { Page } from '@playwright/test';
import {
  createTeam,
  expectSaved,
  inviteLink,
  joinByLink,
  newPerson,
  signUp,
} from './support/people';
import { expect, expectAccessible, test } from './support/test';

const decisionTitle = 'Exit ticket routine in every class';

/** The live tally on a decision page. */
function tally(page: Page) {
  return page.getByRole('region', { name: 'Vote tally' });
}

test('a facilitator runs a meeting where three members decide by fist to five', async ({
  browser,
}) => {
  // Four people's browsers on a loaded 2-core machine: the longest story needs the room.
  test.setTimeout(360_000);
  const pam = await newPerson(browser, 'Pam');
  const fay = await newPerson(browser, 'Fay');
  const bob = await newPerson(browser, 'Bob');
  const carla = await newPerson(browser, 'Carla');

  // The principal starts the team and names a student of focus.
  await signUp(pam);
  const teamUrl = await createTeam(pam, `Meeting ILT ${Date.now()}`);
  const addStudent = pam.page.getByRole('form', { name: 'Add a student of focus' });
  await addStudent.getByLabel('Initials or group').fill('J.M.');
  await addStudent.getByRole('button', { name: 'Add student of focus' }).click();
  await expectSaved(pam.page);
  await joinByLink(fay, await inviteLink(pam, 'facilitator'));
  await joinByLink(bob, await inviteLink(pam, 'member'));
  await joinByLink(carla, await inviteLink(pam, 'member'));

  // The facilitator opens a meeting.
  await fay.page.goto(teamUrl);
  await fay.page.getByRole('link', { name: 'Meetings' }).click();
  await expect(fay.page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await expectAccessible(fay.page);
  await fay.page.getByLabel('Meeting title').fill('November ILT');
  await fay.page.getByRole('button', { name: 'Create meeting' }).click();
  await expect(fay.page.getByRole('heading', { level: 1, name: 'November ILT' })).toBeVisible();
  const meetingUrl = fay.page.url();

  // Agenda items with time boxes and owners.
  const addItem = async (title: string, kind: string, minutes: string, artifact: boolean) => {
    const form = fay.page.getByRole('form', { name: 'Add an agenda item' });
    await form.getByLabel('Agenda item').fill(title);
    await form.getByLabel('Kind').selectOption({ label: kind });
    await form.getByLabel('Minutes').fill(minutes);
    await form.getByLabel('Owner').fill('Fay');
    if (artifact) await form.getByLabel('Centred on a student artifact').check();
    await form.getByRole('button', { name: 'Add agenda item' }).click();
    await expect(fay.page.getByRole('button', { name: `Edit ${title}` })).toBeVisible();
  };
  await addItem('Look at exit tickets', 'Data review', '20', true);
  await addItem(decisionTitle, 'Decision', '15', false);
  await expect(fay.page.getByText(/2 items, 35 min planned/)).toBeVisible();

  // Attendance and live notes.
  const attendance = fay.page.getByRole('group', { name: 'Attendance' });
  for (const name of ['Fay', 'Bob', 'Carla']) await attendance.getByLabel(name).check();
  await fay.page.getByRole('textbox', { name: 'Meeting notes' }).click();
  await fay.page.keyboard.type('Exit tickets show fractions are the gap.');
  await expectSaved(fay.page);
  await expectAccessible(fay.page);

  // The members follow on their own devices; a focus check reaches every screen.
  await bob.page.goto(meetingUrl);
  await expect(bob.page.getByText('Exit tickets show fractions are the gap.')).toBeVisible();
  await fay.page.getByRole('button', { name: 'Raise focus check' }).click();
  await expect(bob.page.getByText(/what impact does this conversation have/i)).toBeVisible();
  await fay.page.getByRole('button', { name: 'Lower focus check' }).click();

  // From the agenda, the facilitator opens the decision; everyone joins it.
  await fay.page.getByRole('button', { name: `Open decision for ${decisionTitle}` }).click();
  await expect(fay.page.getByRole('heading', { level: 1, name: decisionTitle })).toBeVisible();
  const decisionUrl = fay.page.url();
  await bob.page.getByRole('link', { name: `Go to decision for ${decisionTitle}` }).click();
  await expect(bob.page).toHaveURL(decisionUrl);
  await carla.page.goto(decisionUrl);
  await expectAccessible(fay.page);

  // The model is declared first; the text is written together.
  await fay.page.getByRole('radio', { name: 'Fist to five' }).check();
  await expect(bob.page.getByRole('radio', { name: 'Fist to five' })).toBeChecked();
  await bob.page.getByRole('textbox', { name: 'Decision text' }).click();
  await bob.page.keyboard.type('Every class ends with a three-question exit ticket.');
  await expect(
    carla.page.getByText('Every class ends with a three-question exit ticket.'),
  ).toBeVisible();

  // Each member votes from their own device; the tally appears on every screen.
  await fay.page.getByRole('button', { name: 'Open vote' }).click();
  const votes: [Page, string][] = [
    [fay.page, 'Four'],
    [bob.page, 'Three'],
    [carla.page, 'Five'],
  ];
  for (const [page, choice] of votes) {
    const ballot = page.getByRole('group', { name: 'Your vote' });
    await ballot.getByRole('button', { name: choice, exact: true }).click();
    await expect(ballot.getByRole('button', { name: choice, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }
  for (const [page] of votes) await expect(tally(page)).toContainText('3 people voted');
  await expectAccessible(carla.page);
  await fay.page.getByRole('button', { name: 'Close vote' }).click();
  for (const [page] of votes) await expect(tally(page)).toContainText('Passed');

  // The focus check, then the decision is marked decided.
  const decide = fay.page.getByRole('button', { name: 'Mark decided' });
  await expect(decide).toBeDisabled();
  const question = carla.page.getByRole('radiogroup', {
    name: 'Does this decision affect our students of focus?',
  });
  await question.getByRole('radio', { name: 'Yes' }).check();
  await carla.page.getByRole('checkbox', { name: 'J.M.' }).check();
  await carla.page.getByRole('textbox', { name: 'How will we know?' }).fill('Weekly exit data');
  await carla.page.keyboard.press('Tab');
  await expect(fay.page.getByText('Focus check complete.')).toBeVisible();
  await decide.click();
  for (const [page] of votes) {
    await expect(page.getByText(/Decided by Fay on .* by fist to five/)).toBeVisible();
  }
  await expectAccessible(fay.page);

  // The facilitator closes the meeting.
  await fay.page.goto(meetingUrl);
  await fay.page.getByRole('button', { name: 'Close meeting' }).click();
  const confirm = fay.page.getByRole('dialog', { name: 'Close this meeting?' });
  await confirm.getByRole('button', { name: 'Close meeting' }).click();
  await expect(fay.page.getByText(/Closed by Fay at/)).toBeVisible();

  // After a reload everything is there.
  await bob.page.goto(meetingUrl);
  await expect(bob.page.getByText(/Closed by Fay at/)).toBeVisible();
  await expect(bob.page.getByRole('button', { name: 'Edit Look at exit tickets' })).toBeVisible();
  await expect(bob.page.getByText('Exit tickets show fractions are the gap.')).toBeVisible();
  await expect(bob.page.getByRole('link', { name: decisionTitle }).first()).toBeVisible();
  await expectAccessible(bob.page);
  await bob.page.goto(decisionUrl);
  await expect(bob.page.getByText('This decision is decided.')).toBeVisible();
  await expect(bob.page.getByText(/Decided by Fay on .* by fist to five/)).toBeVisible();
  await expect(tally(bob.page)).toContainText('Passed');
  await expect(tally(bob.page)).toContainText('Fay, Bob, Carla');
  await expect(bob.page.getByRole('checkbox', { name: 'J.M.' })).toBeChecked();
  await expect(bob.page.getByRole('radio', { name: 'Fist to five' })).toBeChecked();
  await expect(bob.page.getByRole('textbox', { name: 'Decision text' })).toContainText(
    'Every class ends with a three-question exit ticket.',
  );
  await expect(
    bob.page
      .getByRole('list', { name: 'Changes, newest first' })
      .getByText(/Status/)
      .first(),
  ).toBeVisible();

  // Reading the students of focus beside a decision or meeting is not being on the purpose
  // page: the principal there sees nobody else present.
  await pam.page.goto(teamUrl);
  const present = pam.page.getByRole('list', { name: 'People here now' });
  await expect(present.getByRole('img', { name: 'Pam (you)' })).toBeVisible();
  await expect(present.getByRole('img')).toHaveCount(1);
});
