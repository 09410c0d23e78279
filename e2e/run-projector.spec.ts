import type { Page } from '@playwright/test';
import { addToTeam, callApi, createTeam, signUp } from '../server/testing/apiClient';
import { expect, expectAccessible, test } from './support/test';

/** The password `signUp` in server/testing/apiClient gives every account. */
const PASSWORD = 'correct horse battery';
const CARD_COUNT = 40;

/** What one page of the projector shows, read in one go (the page may turn on its own). */
interface Snapshot {
  indicator: string;
  cards: { text: string; meta: string; inside: boolean; box: string }[];
  scrolls: boolean;
  allText: string;
}

function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const { innerWidth: width, innerHeight: height } = window;
    const items = document.querySelectorAll('main ul[aria-label^="Cards in"] > li');
    const scroller = document.scrollingElement ?? document.documentElement;
    return {
      indicator: document.querySelector('[data-page-indicator]')?.textContent ?? '',
      cards: Array.from(items, (item) => {
        const box = item.getBoundingClientRect();
        return {
          text: item.querySelector('p')?.textContent ?? '',
          meta: item.querySelector('p + p')?.textContent ?? '',
          inside: box.top >= 0 && box.left >= 0 && box.bottom <= height && box.right <= width,
          box: `${box.left},${box.top} ${box.width}×${box.height} in ${width}×${height}`,
        };
      }),
      scrolls: scroller.scrollHeight > scroller.clientHeight || scroller.scrollWidth > width,
      allText: document.documentElement.textContent ?? '',
    };
  });
}

/**
 * Walks every page of cards (by button or key), checking that each card shown lies wholly
 * inside the viewport and that nothing scrolls; returns the card texts seen, and the pages.
 */
async function readEveryPage(page: Page, turnBy: 'button' | 'key') {
  const indicator = page.locator('[data-page-indicator]');
  await expect(indicator).toHaveText(/^Page \d+ of \d+$/);
  const count = Number(/of (\d+)/.exec((await indicator.textContent()) ?? '')?.[1]);
  const seen = new Map<number, Snapshot>();
  // The pages also turn on their own: whatever turns them, stop once each was seen.
  for (let turns = 0; seen.size < count && turns < count * 3; turns++) {
    const shown = await snapshot(page);
    const current = Number(/^Page (\d+)/.exec(shown.indicator)?.[1]);
    seen.set(current, shown);
    if (turnBy === 'button') await page.getByRole('button', { name: 'Next page' }).click();
    else await page.keyboard.press('PageDown');
    await expect(indicator).not.toHaveText(shown.indicator);
  }
  expect([...seen.keys()].sort((a, b) => a - b)).toEqual(
    Array.from({ length: count }, (_, i) => i + 1),
  );
  for (const [number, shown] of seen) {
    expect(shown.cards.length, `cards on page ${number}`).toBeGreaterThan(0);
    expect(shown.scrolls, `page ${number} scrolls`).toBe(false);
    for (const card of shown.cards) expect(card.inside, `${card.text}: ${card.box}`).toBe(true);
  }
  return { count, pages: [...seen.values()] };
}

/** The font size (px) of the first element matching `selector`. */
function fontSize(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
}

test('the projector shows every card of a 40-card step, paging instead of scrolling', async ({
  page,
  baseURL,
}) => {
  if (!baseURL) throw new Error('no base URL');
  const principal = await signUp(baseURL, 'Pat Projector');
  // Writes anonymously: this name must never reach the projector.
  const member = await signUp(baseURL, `Quiet Quentin ${Date.now()}`);
  const teamId = await createTeam(baseURL, principal, `Projector ILT ${Date.now()}`);
  await addToTeam(baseURL, principal, teamId, member, 'member');
  const api = (path: string, token: string, body: unknown) =>
    callApi(baseURL, 'POST', `/api/teams/${teamId}${path}`, { token, body });

  const run = await api('/runs', principal.token, {
    protocolId: 'notice-and-wonder',
    title: 'Forty noticings',
  });
  expect(run.status).toBe(201);
  const runId = (run.body as { id: string }).id;
  expect((await api(`/runs/${runId}/control`, principal.token, { type: 'start' })).status).toBe(
    200,
  );

  // Forty cards of mixed lengths on step 1; every fourth one anonymous, by the member.
  const texts = Array.from({ length: CARD_COUNT }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    const extra =
      i % 5 === 0
        ? ' The gap is widest in the long informational passages, and smallest in poetry.'
        : i % 3 === 0
          ? ' Mostly in period 3.'
          : '';
    return `Noticing ${n}: students scored lower on inference items.${extra}`;
  });
  for (const [i, text] of texts.entries()) {
    const anonymous = i % 4 === 3;
    const card = await api(`/runs/${runId}/cards`, anonymous ? member.token : principal.token, {
      stepId: 'step-1',
      column: 'I notice',
      text,
      anonymous,
    });
    expect(card.status).toBe(201);
  }

  // The projector signs in as the principal (the session cookie goes with every request).
  const login = await page.request.post('/api/auth/login', {
    data: { email: principal.email, password: PASSWORD },
  });
  expect(login.status()).toBe(200);

  const walks: { size: string; count: number }[] = [];
  for (const [size, turnBy] of [
    [{ width: 1280, height: 720 }, 'button'],
    [{ width: 1920, height: 1080 }, 'key'],
  ] as const) {
    await page.setViewportSize(size);
    await page.goto(`/teams/${teamId}/runs/${runId}/present`);
    await expect(page.getByRole('heading', { level: 1, name: 'Silent noticing' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: /^I notice \(40\)/ })).toBeVisible();
    await expectAccessible(page);

    // Timer, step and prompt keep the sizes they had before cards shared the screen.
    const { width, height } = size;
    expect(await fontSize(page, '[role="timer"]')).toBeGreaterThanOrEqual(
      Math.min(0.15 * width, 0.4 * height) - 0.5,
    );
    expect(await fontSize(page, 'h1')).toBeGreaterThanOrEqual(Math.min(88, 0.044 * width) - 0.5);

    const { count, pages } = await readEveryPage(page, turnBy);
    const shown = pages.flatMap((p) => p.cards.map((c) => c.text));
    expect(new Set(shown)).toEqual(new Set(texts));
    // Anonymous cards say so; their author's name is nowhere in the page, hidden or not.
    for (const p of pages) expect(p.allText).not.toContain(member.name);
    for (const card of pages.flatMap((p) => p.cards)) {
      const isAnonymous = texts.indexOf(card.text) % 4 === 3;
      expect(card.meta, card.text).toBe(isAnonymous ? 'Anonymous' : principal.name);
    }
    walks.push({ size: `${width}×${height}`, count });
  }
  // Forty cards do not fit one screen at a readable size; the larger screen needs fewer pages.
  expect(walks[0]!.count).toBeGreaterThan(1);
  expect(walks[1]!.count).toBeLessThanOrEqual(walks[0]!.count);

  // Left alone, the pages turn by themselves.
  const indicator = page.locator('[data-page-indicator]');
  const before = await indicator.textContent();
  await expect(indicator).not.toHaveText(before ?? '', { timeout: 40_000 });

  // The next step shares what step 1 collected: its "I notice" cards are on the projector.
  expect((await api(`/runs/${runId}/control`, principal.token, { type: 'next' })).status).toBe(200);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Share what we noticed' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^I notice \(40\)/ })).toBeVisible();
  await expect(page.getByText('From “Silent noticing”').first()).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  const { pages } = await readEveryPage(page, 'button');
  expect(new Set(pages.flatMap((p) => p.cards.map((c) => c.text)))).toEqual(new Set(texts));
});

test('a team sets which earlier cards its own protocol shows, and the projector shows them', async ({
  page,
  baseURL,
}) => {
  if (!baseURL) throw new Error('no base URL');
  const principal = await signUp(baseURL, 'Fran Facilitator');
  const teamId = await createTeam(baseURL, principal, `Editor ILT ${Date.now()}`);
  const login = await page.request.post('/api/auth/login', {
    data: { email: principal.email, password: PASSWORD },
  });
  expect(login.status()).toBe(200);

  // Copy the short consultancy: its last step already shows the discussion's ideas.
  await page.goto(`/teams/${teamId}/protocols`);
  await page.getByRole('link', { name: 'Copy and edit Consultancy (20-minute form)' }).click();
  const name = `Our quick consultancy ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  const field = (step: number) =>
    page
      .getByRole('group', { name: `Step ${step}` })
      .getByRole('combobox', { name: 'Show cards from earlier steps' });
  await expect(page.getByRole('group', { name: 'Step 4' })).toContainText(
    '3. Group discussion: Ideas',
  );
  await expect(page.getByRole('group', { name: 'Step 1' })).not.toContainText(
    'Show cards from earlier steps',
  );

  // The discussion step also shows the clarifying questions.
  await field(3).click();
  await page.getByRole('option', { name: '2. Clarifying questions: Clarifying questions' }).click();
  await page.keyboard.press('Escape');
  await expectAccessible(page);

  // Moving the discussion after the step that shows its ideas is refused, on that step.
  await page
    .getByRole('group', { name: 'Step 3' })
    .getByRole('button', { name: 'Move down' })
    .click();
  await page.getByRole('button', { name: 'Save protocol' }).click();
  await expect(
    page.getByText(
      '“Group discussion” comes after this step: a step shows only earlier steps’ cards',
    ),
  ).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole('group', { name: 'Step 4' })
    .getByRole('button', { name: 'Move up' })
    .click();
  await page.getByRole('button', { name: 'Save protocol' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protocol library' })).toBeVisible();

  // The saved copy keeps both: a run of it shows the questions on the discussion step.
  const list = await callApi(baseURL, 'GET', `/api/teams/${teamId}/protocols`, {
    token: principal.token,
  });
  const saved = (list.body as { protocols: { id: string; name: string }[] }).protocols.find(
    (p) => p.name === name,
  );
  if (!saved) throw new Error('the copy was not saved');
  const api = (path: string, body: unknown) =>
    callApi(baseURL, 'POST', `/api/teams/${teamId}${path}`, { token: principal.token, body });
  const run = await api('/runs', { protocolId: saved.id, title: 'Quick dilemma' });
  expect(run.status).toBe(201);
  const runId = (run.body as { id: string }).id;
  for (const command of ['start', 'next']) {
    expect((await api(`/runs/${runId}/control`, { type: command })).status).toBe(200);
  }
  const question = 'Who else teaches this group on Fridays?';
  const card = await api(`/runs/${runId}/cards`, {
    stepId: 'step-2',
    column: 'Clarifying questions',
    text: question,
  });
  expect(card.status).toBe(201);
  expect((await api(`/runs/${runId}/control`, { type: 'next' })).status).toBe(200);

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/teams/${teamId}/runs/${runId}/present`);
  await expect(page.getByRole('heading', { level: 1, name: 'Group discussion' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 3, name: 'Clarifying questions (1)' }),
  ).toBeVisible();
  await expect(page.getByText('From “Clarifying questions”')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Cards in Clarifying questions' })).toContainText(
    question,
  );
  await expect(page.getByRole('heading', { level: 3, name: 'Ideas (0)' })).toBeVisible();
  await expectAccessible(page);
});
