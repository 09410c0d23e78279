import { linkFromMail } from './support/mail';
import { createTeam, fillSignUp, newPerson, signUp } from './support/people';
import { expect, expectAccessible, test } from './support/test';

/**
 * Accounts belong to their owners: an invitation goes by email to one address and only its
 * confirmed owner joins with it; a forgotten password comes back through a link mailed to the
 * owner, never through the principal.
 */
test('an emailed invite needs a confirmed address, and a forgotten password comes back by email', async ({
  browser,
}) => {
  const pat = await newPerson(browser, 'Pat');
  const jo = await newPerson(browser, 'Jo');
  await signUp(pat);
  await createTeam(pat, 'Jefferson High ILT');

  await pat.page.getByRole('button', { name: 'Invite people' }).click();
  const dialog = pat.page.getByRole('dialog', { name: 'Invite people' });
  await dialog.getByLabel('Email address').fill(jo.email);
  await dialog.getByRole('button', { name: 'Create invite link' }).click();
  await expect(dialog.getByText(`We emailed the invitation to ${jo.email}`)).toBeVisible();
  await pat.page.keyboard.press('Escape');

  // Jo follows the invitation from her inbox and creates her account from it.
  await jo.page.goto(await linkFromMail(jo.email, /Jefferson High ILT/, '/join/'));
  await jo.page.getByRole('link', { name: /create an account/i }).click();
  await fillSignUp(jo);
  await jo.page.getByRole('button', { name: 'Join team' }).click();
  await expect(jo.page.getByText('Confirm your email address first')).toBeVisible();
  await expectAccessible(jo.page);
  const joinPath = new URL(jo.page.url()).pathname;

  await jo.page.goto(await linkFromMail(jo.email, /Confirm your email/, '/verify-email/'));
  await expectAccessible(jo.page);
  await jo.page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(jo.page.getByText(`${jo.email} is confirmed`)).toBeVisible();
  await jo.page.goto(joinPath);
  await jo.page.getByRole('button', { name: 'Join team' }).click();
  await expect(
    jo.page.getByRole('heading', { level: 1, name: 'Jefferson High ILT' }),
  ).toBeVisible();

  // The principal manages Jo's role, never her password.
  await pat.page.reload();
  await expect(pat.page.getByRole('button', { name: 'Remove Jo' })).toBeVisible();
  await expect(pat.page.getByRole('button', { name: /reset password/i })).toHaveCount(0);

  // Jo forgets her password.
  await jo.page.getByRole('button', { name: 'Sign out' }).click();
  await jo.page.goto('/signin');
  await jo.page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expectAccessible(jo.page);
  await jo.page.getByLabel('Email').fill(jo.email);
  await jo.page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(jo.page.getByRole('status')).toContainText(`If an account uses ${jo.email}`);
  await expectAccessible(jo.page);

  await jo.page.goto(await linkFromMail(jo.email, /Reset your/, '/reset/'));
  await expect(jo.page.getByText(`Set a new password for ${jo.email}`)).toBeVisible();
  await expectAccessible(jo.page);
  await jo.page.getByLabel('New password').fill('my brand new passphrase');
  await jo.page.getByRole('button', { name: 'Set password' }).click();
  await jo.page.getByRole('link', { name: 'Sign in' }).click();
  await jo.page.getByLabel('Email').fill(jo.email);
  await jo.page.getByRole('textbox', { name: 'Password' }).fill('my brand new passphrase');
  await jo.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(jo.page.getByRole('heading', { name: 'Your teams' })).toBeVisible();
  await expect(jo.page.getByRole('link', { name: 'Jefferson High ILT' })).toBeVisible();
});
