import type { Person } from './people';
import { expect, expectAccessible } from './test';

/**
 * From the team page, creates a run of a protocol on the runs page, as a facilitator does,
 * and lands on it; returns the run's URL.
 */
export async function createRun(
  facilitator: Person,
  teamUrl: string,
  protocolId: string,
  title: string,
): Promise<string> {
  const { page } = facilitator;
  await page.goto(teamUrl);
  await page.getByRole('link', { name: 'Protocol runs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protocol runs' })).toBeVisible();
  await expectAccessible(page);
  const form = page.getByRole('region', { name: 'Start a protocol run' });
  await form.getByRole('combobox', { name: 'Protocol' }).selectOption(protocolId);
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await form.getByRole('button', { name: 'Create run' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return page.url();
}
