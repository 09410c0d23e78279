import {
  createTeam,
  expectSaved,
  fillSignUp,
  inviteLink,
  newPerson,
  purposeEditor,
  signInOnNewDevice,
  signUp,
} from './support/people';
import { expect, expectAccessible, test } from './support/test';

test('two people co-write the purpose statement live, and it is all there after a reload', async ({
  browser,
}) => {
  const alice = await newPerson(browser, 'Alice');
  const bob = await newPerson(browser, 'Bob');
  const teamName = `Lincoln Middle ILT ${Date.now()}`;

  await signUp(alice);
  const teamUrl = await createTeam(alice, teamName);
  await expect(purposeEditor(alice.page)).toBeVisible();
  await expectAccessible(alice.page);

  // Bob follows the invite link, creates his account on the way, and joins.
  const link = await inviteLink(alice, 'member');
  await bob.page.goto(link);
  await expectAccessible(bob.page);
  await bob.page.getByRole('link', { name: /create an account/i }).click();
  await fillSignUp(bob);
  await expect(bob.page.getByRole('heading', { name: `Join ${teamName}` })).toBeVisible();
  await expectAccessible(bob.page);
  await bob.page.getByRole('button', { name: 'Join team' }).click();
  await expect(bob.page).toHaveURL(teamUrl);
  await expect(purposeEditor(bob.page)).toBeVisible();

  // Both type at the same time.
  await purposeEditor(alice.page).click();
  await purposeEditor(bob.page).click();
  await Promise.all([
    alice.page.keyboard.type('Alice: every student reads at grade level. '),
    bob.page.keyboard.type('Bob: we analyse student work every week. '),
  ]);
  for (const person of [alice, bob]) {
    await expect(purposeEditor(person.page)).toContainText(
      'Alice: every student reads at grade level.',
    );
    await expect(purposeEditor(person.page)).toContainText(
      'Bob: we analyse student work every week.',
    );
  }
  // Each sees the other's caret, labelled with their name, and their avatar.
  await expect(
    alice.page.locator('.collaboration-carets__label', { hasText: 'Bob' }),
  ).toBeVisible();
  await expect(
    bob.page.locator('.collaboration-carets__label', { hasText: 'Alice' }),
  ).toBeVisible();
  await expect(
    alice.page.getByRole('list', { name: 'People here now' }).getByRole('img', { name: /Bob/ }),
  ).toBeVisible();

  // Structured lists sync live too.
  const student = '8th grade boys with chronic absences';
  const commitment = 'Ask what impact this has on our focus students';
  const addStudent = alice.page.getByRole('form', { name: 'Add a student of focus' });
  await addStudent.getByLabel('Initials or group').fill(student);
  await addStudent.getByLabel('Why in focus').fill('Attendance below 85%');
  await addStudent.getByRole('button', { name: 'Add student of focus' }).click();
  const addCommitment = bob.page.getByRole('form', { name: 'Add a commitment' });
  await addCommitment.getByLabel('Commitment or norm').fill(commitment);
  await addCommitment.getByRole('button', { name: 'Add commitment' }).click();
  await expect(bob.page.getByText(student, { exact: true })).toBeVisible();
  await expect(alice.page.getByText(commitment, { exact: true })).toBeVisible();
  await expectAccessible(alice.page);

  // Once both say "Saved", the server has it all: a reload, and another device with no
  // copy in its browser, show everything.
  await expectSaved(alice.page);
  await expectSaved(bob.page);
  await bob.page.reload();
  const aliceLaptop = await signInOnNewDevice(browser, alice);
  await aliceLaptop.page.getByRole('link', { name: teamName }).click();
  for (const page of [bob.page, aliceLaptop.page]) {
    await expect(purposeEditor(page)).toContainText('Alice: every student reads at grade level.');
    await expect(purposeEditor(page)).toContainText('Bob: we analyse student work every week.');
    await expect(page.getByText(student, { exact: true })).toBeVisible();
    await expect(page.getByText('Attendance below 85%')).toBeVisible();
    await expect(page.getByText(commitment, { exact: true })).toBeVisible();
  }
});
