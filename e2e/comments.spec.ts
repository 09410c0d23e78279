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

test('two members discuss a passage of the purpose statement in a comment thread', async ({
  browser,
}) => {
  const pam = await newPerson(browser, 'Pam');
  const max = await newPerson(browser, 'Max');
  await signUp(pam);
  const teamUrl = await createTeam(pam, `Comment ILT ${Date.now()}`);
  await joinByLink(max, await inviteLink(pam, 'member'));
  await max.page.goto(teamUrl);

  // Pam writes, selects a passage and comments on it.
  await purposeEditor(pam.page).click();
  await pam.page.keyboard.type('Every student reads at grade level by June.');
  await expectSaved(pam.page);
  for (let i = 0; i < 'by June.'.length; i++) await pam.page.keyboard.press('Shift+ArrowLeft');
  await pam.page.getByRole('button', { name: 'Comment', exact: true }).click();
  const form = pam.page.getByRole('form', { name: 'Comment on the selected text' });
  await form.getByRole('textbox', { name: 'Comment', exact: true }).fill('Which June: this year?');
  await form.getByRole('button', { name: 'Add comment' }).click();

  // Max sees the thread on the quoted words, live, and replies.
  const threads = max.page.getByRole('region', { name: 'Comments on Purpose statement' });
  const thread = threads.getByRole('article', { name: 'Comment thread on “by June.”' });
  await expect(thread).toContainText('Which June: this year?');
  await expect(thread).toContainText('Pam');
  await expectAccessible(max.page);
  await thread.getByRole('textbox', { name: 'Reply' }).fill('Yes, June 2027.');
  await thread.getByRole('button', { name: 'Send reply' }).click();

  // The anchor follows the text while Pam edits before it.
  const pamThread = pam.page
    .getByRole('region', { name: 'Comments on Purpose statement' })
    .getByRole('article', { name: 'Comment thread on “by June.”' });
  await expect(pamThread).toContainText('Yes, June 2027.');
  await purposeEditor(pam.page).press('ControlOrMeta+Home');
  await pam.page.keyboard.type('Together: ');
  await expectSaved(pam.page);
  await pamThread.getByRole('button', { name: 'Show “by June.” in the text' }).click();
  const selected = await pam.page.evaluate(() => window.getSelection()?.toString());
  expect(selected).toBe('by June.');

  // Resolved threads leave the list until "Show resolved".
  await pamThread.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread).toBeHidden();
  await threads.getByRole('switch', { name: 'Show resolved' }).check();
  await expect(thread.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expectAccessible(max.page);
});
