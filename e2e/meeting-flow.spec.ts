import type { Page } from '@playwright/test';
import { formatDuration } from '../client/meetings/agendaSummary';
import { findLibraryProtocol } from '../shared/protocol-runs/protocolLibrary';
import { plannedMinutes } from '../shared/protocol-runs/protocolSchema';
import { createTeam, inviteLink, joinByLink, newPerson, signUp } from './support/people';
import { expect, expectAccessible, test } from './support/test';

const PROTOCOL_NAME = 'Notice and Wonder (data)';
const runItem = 'Look at exit tickets';
const talkItem = 'Decide next steps';

/** The agenda item's card, found by its title. */
function agendaItem(page: Page, title: string) {
  return page
    .getByRole('region', { name: 'Agenda' })
    .getByRole('listitem')
    .filter({ has: page.getByText(title, { exact: true }) });
}

/** The running agenda's clock on a page. */
function timeLeft(page: Page) {
  return page.getByRole('timer', { name: 'Time left for this item' });
}

test('a facilitator starts a run from the library and runs the meeting agenda on the clock', async ({
  browser,
}) => {
  // Two people's browsers on a loaded 2-core machine.
  test.setTimeout(240_000);
  const protocol = findLibraryProtocol('notice-and-wonder');
  if (!protocol) throw new Error('the library lost Notice and Wonder');
  const protocolMinutes = plannedMinutes(protocol);
  const fay = await newPerson(browser, 'Fay');
  const bob = await newPerson(browser, 'Bob');
  await signUp(fay);
  const teamUrl = await createTeam(fay, `Flow ILT ${Date.now()}`);
  await joinByLink(bob, await inviteLink(fay, 'member'));

  // A member reads the library but cannot start runs; the principal starts one from it.
  await bob.page.goto(`${teamUrl}/protocols`);
  await expect(bob.page.getByRole('article', { name: PROTOCOL_NAME })).toBeVisible();
  await expect(bob.page.getByRole('button', { name: /Start a run/ })).toHaveCount(0);
  await fay.page.goto(`${teamUrl}/protocols`);
  await expect(fay.page.getByRole('heading', { level: 1, name: 'Protocol library' })).toBeVisible();
  await expectAccessible(fay.page);
  await fay.page.getByRole('button', { name: `Start a run of ${PROTOCOL_NAME}` }).click();
  const start = fay.page.getByRole('dialog', { name: `Start a run of ${PROTOCOL_NAME}` });
  await expect(start.getByLabel('Run title')).toHaveValue(PROTOCOL_NAME);
  await expectAccessible(fay.page);
  await start.getByLabel('Run title').fill('Grade 6 reading data');
  await start.getByRole('button', { name: 'Create run' }).click();
  await expect(
    fay.page.getByRole('heading', { level: 1, name: 'Grade 6 reading data' }),
  ).toBeVisible();
  await expect(fay.page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  await expectAccessible(fay.page);

  // A meeting; the agenda form is empty again after each item is added.
  await fay.page.goto(teamUrl);
  await fay.page.getByRole('link', { name: 'Meetings' }).click();
  await fay.page.getByLabel('Meeting title').fill('December ILT');
  await fay.page.getByRole('button', { name: 'Create meeting' }).click();
  await expect(fay.page.getByRole('heading', { level: 1, name: 'December ILT' })).toBeVisible();
  const meetingUrl = fay.page.url();
  const form = fay.page.getByRole('form', { name: 'Add an agenda item' });
  const addItem = async (title: string, kind: string, minutes: string, artifact: boolean) => {
    await form.getByLabel('Agenda item').fill(title);
    await form.getByLabel('Kind').selectOption({ label: kind });
    await form.getByLabel('Minutes').fill(minutes);
    await form.getByLabel('Owner').fill('Fay');
    if (artifact) await form.getByLabel('Centred on a student artifact').check();
    await form.getByRole('button', { name: 'Add agenda item' }).click();
    await expect(agendaItem(fay.page, title)).toBeVisible();
    await expect(form.getByLabel('Agenda item')).toHaveValue('');
    await expect(form.getByLabel('Agenda item')).toBeFocused();
    await expect(form.getByLabel('Kind')).toHaveValue('discussion');
    await expect(form.getByLabel('Minutes')).toHaveValue('15');
    await expect(form.getByLabel('Owner')).toHaveValue('');
    await expect(form.getByLabel('Centred on a student artifact')).not.toBeChecked();
  };
  const runMinutes = protocolMinutes === 5 ? 6 : 5;
  await addItem(runItem, 'Protocol run', String(runMinutes), true);
  await addItem(talkItem, 'Discussion', '10', false);

  // The run item's protocol is longer than its time box: its minutes and a warning in words.
  await fay.page.getByRole('button', { name: `Start protocol run for ${runItem}` }).click();
  const dialog = fay.page.getByRole('dialog', { name: 'Start a protocol run' });
  await dialog.getByLabel('Protocol').selectOption('notice-and-wonder');
  await dialog.getByRole('button', { name: 'Create run' }).click();
  await expect(fay.page.getByRole('heading', { level: 1, name: runItem })).toBeVisible();
  await fay.page.goto(meetingUrl);
  const card = agendaItem(fay.page, runItem);
  const difference = protocolMinutes - runMinutes;
  await expect(card.getByText(`Protocol: ${formatDuration(protocolMinutes)}`)).toBeVisible();
  await expect(
    card.getByText(
      `Time box is ${formatDuration(Math.abs(difference))} ${difference > 0 ? 'shorter' : 'longer'} than the protocol`,
    ),
  ).toBeVisible();
  await expect(agendaItem(fay.page, talkItem).getByText(/Protocol:/)).toHaveCount(0);
  await expectAccessible(fay.page);

  // Given the protocol's minutes, the time box agrees and the warning goes.
  await fay.page.getByRole('button', { name: `Edit ${runItem}` }).click();
  const editor = fay.page.getByRole('form', { name: `Edit agenda item ${runItem}` });
  await editor.getByLabel('Minutes').fill(String(protocolMinutes));
  await editor.getByRole('button', { name: 'Done editing' }).click();
  await expect(card.getByText(/^Time box is/)).toHaveCount(0);
  await expect(card.getByText(`Protocol: ${formatDuration(protocolMinutes)}`)).toBeVisible();

  // The member follows on their own device and cannot move the agenda on.
  await bob.page.goto(meetingUrl);
  await expect(bob.page.getByRole('heading', { level: 1, name: 'December ILT' })).toBeVisible();
  await expect(agendaItem(bob.page, talkItem)).toBeVisible();
  await expect(bob.page.getByRole('button', { name: /Start this item/ })).toHaveCount(0);

  // The facilitator takes the first item up: it is current everywhere, with its time left.
  await fay.page.getByRole('button', { name: `Start this item for ${runItem}` }).click();
  await expect(fay.page.getByRole('button', { name: 'Next item' })).toBeFocused();
  await expect(bob.page.getByText(`Now: ${runItem}`)).toBeVisible();
  await expect(agendaItem(bob.page, runItem)).toHaveAttribute('aria-current', 'step');
  await expect(agendaItem(bob.page, runItem).getByText('Under way')).toBeVisible();
  const firstClock = new RegExp(`^(${protocolMinutes}:00|${protocolMinutes - 1}:[0-5]\\d) left$`);
  await expect(timeLeft(bob.page)).toHaveText(firstClock);
  await expect(bob.page.getByRole('button', { name: 'Next item' })).toHaveCount(0);
  await expectAccessible(bob.page);

  // Next item: the second is current; the first shows planned against actual minutes.
  await fay.page.getByRole('button', { name: 'Next item' }).click();
  await expect(bob.page.getByText(`Now: ${talkItem}`)).toBeVisible();
  await expect(timeLeft(bob.page)).toHaveText(/^(10:00|9:[0-5]\d) left$/);
  await expect(agendaItem(bob.page, runItem)).not.toHaveAttribute('aria-current', 'step');
  await expect(agendaItem(bob.page, runItem).getByText(/^Planned \d+ · Actual \d+$/)).toHaveText(
    new RegExp(`^Planned ${protocolMinutes} · Actual [01]$`),
  );

  // The last item ends the agenda; the record is kept with the meeting.
  await expect(fay.page.getByRole('button', { name: 'Finish agenda' })).toBeVisible();
  await fay.page.getByRole('button', { name: 'Finish agenda' }).click();
  await expect(fay.page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeFocused();
  await expect(timeLeft(bob.page)).toHaveCount(0);
  await expect(
    agendaItem(bob.page, talkItem).getByText(/^Planned 10 · Actual [01]$/),
  ).toBeVisible();
  await expectAccessible(bob.page);
  await bob.page.reload();
  await expect(
    agendaItem(bob.page, runItem).getByText(/^Planned \d+ · Actual [01]$/),
  ).toBeVisible();
  await expect(
    agendaItem(bob.page, talkItem).getByText(/^Planned 10 · Actual [01]$/),
  ).toBeVisible();
  await expect(
    bob.page.getByText(
      new RegExp(
        `^Items taken up: 2 · Planned ${formatDuration(protocolMinutes + 10)} · Actual [01] min$`,
      ),
    ),
  ).toBeVisible();
  await expectAccessible(bob.page);
});
