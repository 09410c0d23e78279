import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, newContext } from './test';

const PASSWORD = 'a long enough passphrase';

/** A named person with a browser context of their own. */
export interface Person {
  name: string;
  email: string;
  page: Page;
}

/** Opens a new browser context for a person with a unique email. */
export async function newPerson(browser: Browser, name: string): Promise<Person> {
  const page = await (await newContext(browser)).newPage();
  return { name, email: `${name.toLowerCase()}-${randomUUID()}@example.org`, page };
}

/** Fills in the sign-up form already on screen and submits it. */
export async function fillSignUp(person: Person): Promise<void> {
  const { page } = person;
  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** Opens an invite link, creates an account from it and joins the team. */
export async function joinByLink(person: Person, link: string): Promise<void> {
  await person.page.goto(link);
  await person.page.getByRole('link', { name: /create an account/i }).click();
  await fillSignUp(person);
  await person.page.getByRole('button', { name: 'Join team' }).click();
}

/** Signs in on a fresh device (a new browser context) and lands on the team list. */
export async function signInOnNewDevice(browser: Browser, person: Person): Promise<Person> {
  const device = { ...person, page: await (await newContext(browser)).newPage() };
  await device.page.goto('/signin');
  await expectAccessible(device.page);
  await device.page.getByLabel('Email').fill(person.email);
  await device.page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await device.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(device.page.getByRole('heading', { name: 'Your teams' })).toBeVisible();
  return device;
}

/** Signs up from the sign-up page and lands on the team list. */
export async function signUp(person: Person): Promise<void> {
  await person.page.goto('/signup');
  await fillSignUp(person);
  await expect(person.page.getByRole('heading', { name: 'Your teams' })).toBeVisible();
}

/** Creates a team from the team list and opens its page; returns the team's URL. */
export async function createTeam(person: Person, teamName: string): Promise<string> {
  const { page } = person;
  await expectAccessible(page);
  await page.getByLabel('Team name').fill(teamName);
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: teamName })).toBeVisible();
  return page.url();
}

/** As the principal, makes an invite link for a role and returns it. */
export async function inviteLink(
  principal: Person,
  role: 'member' | 'facilitator' | 'viewer',
): Promise<string> {
  const { page } = principal;
  await page.getByRole('button', { name: 'Invite people' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite people' });
  await dialog.getByLabel('Role for people who use this link').selectOption(role);
  await dialog.getByRole('button', { name: 'Create invite link' }).click();
  const link = dialog.getByLabel('Invite link');
  await expect(link).toHaveValue(/\/join\//);
  await expectAccessible(page);
  const url = await link.inputValue();
  await page.keyboard.press('Escape');
  return url;
}

/** The purpose statement editor on the team page. */
export function purposeEditor(page: Page) {
  return page.getByRole('textbox', { name: 'Purpose statement' });
}

/** Waits until the page says every change is saved on the server. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
}
