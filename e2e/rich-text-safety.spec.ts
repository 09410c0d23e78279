import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { DECISION_RATIONALE_FIELD, DECISION_TEXT_FIELD } from '../shared/decisions/decisionDoc';
import { decisionDocumentName, purposeDocumentName } from '../shared/documents/documentName';
import { PURPOSE_STATEMENT_FIELD } from '../shared/purpose/purposeDoc';
import { callApi, createTeam, signUp } from '../server/testing/apiClient';
import { connectClient } from '../server/testing/collabClient';
import { recordReliability } from '../server/testing/reliabilityRecord';
import { expect, expectAccessible, test } from './support/test';

/** The password `signUp` in server/testing/apiClient gives every account. */
const PASSWORD = 'correct horse battery';

/** Link targets a browser would run or treat as a document of its own. */
const dangerousHrefs = [
  'JaVaScRiPt:alert("mixed-case")',
  ' javascript:alert("leading-space")',
  'java\tscript:alert("tab")',
  '\u0001javascript:alert("control")',
  'data:text/html,<script>alert("data")</script>',
  'vbscript:msgbox("vb")',
  'javascript://example.org/%0Aalert("comment")',
];

/**
 * Writes hostile content straight into a rich-text fragment, as a modified client could:
 * links with script targets and event-handler attributes, nodes the editor does not know
 * (script, iframe, img) with handlers, unknown marks, markup as text, then a visible marker.
 */
function writeHostileContent(fragment: Y.XmlFragment, marker: string): void {
  const doc = fragment.doc;
  if (!doc) throw new Error('fragment not in a document');
  const paragraph = (content: Y.XmlText | Y.XmlElement[] = new Y.XmlText()) => {
    const element = new Y.XmlElement('paragraph');
    fragment.insert(fragment.length, [element]);
    element.insert(0, Array.isArray(content) ? content : [content]);
    return element;
  };
  doc.transact(() => {
    // Types are filled once they are in the document (Yjs cannot read a detached one).
    const links = new Y.XmlText();
    paragraph(links);
    dangerousHrefs.forEach((href, i) => {
      links.insert(links.length, `link ${i} `, { link: { href, target: '_blank' } });
    });
    links.insert(links.length, 'handler link', {
      link: { href: 'https://example.org/', onclick: 'alert("link-attr")', rel: 'opener' },
    });
    // An unknown mark: the editor drops the text that carries it.
    const bogus = new Y.XmlText();
    paragraph(bogus);
    bogus.insert(0, 'bogus mark', { bogus: { onmouseover: 'alert("mark")' } });
    const markup = new Y.XmlText();
    paragraph(markup);
    markup.insert(0, '<img src=x onerror=alert("as-text")>');

    const handlers = paragraph();
    handlers.setAttribute('onclick', 'alert("paragraph-attr")');
    handlers.setAttribute('style', 'background:url(javascript:alert("style"))');
    handlers.insert(0, [new Y.XmlText('Paragraph with handlers')]);

    const script = new Y.XmlElement('script');
    const iframe = new Y.XmlElement('iframe');
    const image = new Y.XmlElement('img');
    const heading = new Y.XmlElement('heading');
    fragment.insert(fragment.length, [script, iframe, image, heading]);
    script.insert(0, [new Y.XmlText('alert("script-node")')]);
    iframe.setAttribute('src', 'javascript:alert("iframe")');
    image.setAttribute('src', 'x');
    image.setAttribute('onerror', 'alert("img")');
    heading.setAttribute('level', '2" onclick="alert(\'level\')');
    heading.insert(0, [new Y.XmlText('Odd heading')]);

    paragraph(new Y.XmlText(marker));
  });
}

/** Everything in the page that could run script: handler attributes and script-like links. */
async function scriptableBits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    // eslint-disable-next-line no-control-regex
    const squeeze = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const name of element.getAttributeNames()) {
        const value = element.getAttribute(name) ?? '';
        if (/^on/i.test(name)) found.push(`${element.tagName} ${name}="${value}"`);
        if (/^(href|src|action|formaction|xlink:href|srcdoc)$/i.test(name)) {
          if (/^(javascript|vbscript|data):/i.test(squeeze(value)) && element.tagName !== 'IMG') {
            found.push(`${element.tagName} ${name}="${value}"`);
          }
        }
        if (name === 'style' && /javascript:/i.test(value)) found.push(`${element.tagName} style`);
      }
    }
    for (const element of Array.from(
      document.querySelectorAll(
        '.ProseMirror script, .ProseMirror iframe, .ProseMirror img, .ProseMirror object, .ProseMirror embed',
      ),
    )) {
      found.push(`${element.tagName} inside rich text`);
    }
    return found;
  });
}

test('rich text written through raw Yjs updates renders harmlessly everywhere', async ({
  page,
  baseURL,
}) => {
  if (!baseURL) throw new Error('no base URL');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });

  // The attacker is a member with a modified client; here it is the principal's own token.
  const principal = await signUp(baseURL, 'Pat Principal');
  const teamId = await createTeam(baseURL, principal, `Safety ILT ${Date.now()}`);
  const decision = await callApi(baseURL, 'POST', `/api/teams/${teamId}/decisions`, {
    token: principal.token,
    body: { title: 'Hostile decision <script>alert("title")</script>' },
  });
  expect(decision.status).toBe(201);
  const decisionId = (decision.body as { decisionId: string }).decisionId;

  const purpose = await connectClient(baseURL, purposeDocumentName(teamId), principal.token);
  writeHostileContent(purpose.doc.getXmlFragment(PURPOSE_STATEMENT_FIELD), 'SAFE-MARKER-PURPOSE');
  await purpose.acknowledged();
  purpose.destroy();
  const decisionDoc = await connectClient(
    baseURL,
    decisionDocumentName(teamId, decisionId),
    principal.token,
  );
  writeHostileContent(decisionDoc.doc.getXmlFragment(DECISION_TEXT_FIELD), 'SAFE-MARKER-TEXT');
  writeHostileContent(
    decisionDoc.doc.getXmlFragment(DECISION_RATIONALE_FIELD),
    'SAFE-MARKER-RATIONALE',
  );
  await decisionDoc.acknowledged();
  decisionDoc.destroy();

  // A protocol run whose cards carry markup and a script link, for the presentation view.
  const run = await callApi(baseURL, 'POST', `/api/teams/${teamId}/runs`, {
    token: principal.token,
    body: { protocolId: 'notice-and-wonder', title: 'Hostile run' },
  });
  expect(run.status).toBe(201);
  const runId = (run.body as { id: string }).id;
  const control = await callApi(baseURL, 'POST', `/api/teams/${teamId}/runs/${runId}/control`, {
    token: principal.token,
    body: { type: 'start' },
  });
  expect(control.status).toBe(200);
  const hostileCards = [
    '<img src=x onerror=alert("card")> CARD-MARKER',
    'javascript:alert("card-link") see https://example.org',
  ];
  for (const text of hostileCards) {
    const card = await callApi(baseURL, 'POST', `/api/teams/${teamId}/runs/${runId}/cards`, {
      token: principal.token,
      body: { stepId: 'step-1', column: 'I notice', text },
    });
    expect(card.status).toBe(201);
  }

  // The browser signs in as the principal (the session cookie goes with every request).
  const login = await page.request.post('/api/auth/login', {
    data: { email: principal.email, password: PASSWORD },
  });
  expect(login.status()).toBe(200);

  const views: string[] = [];
  const found: string[] = [];
  let anchorsChecked = 0;
  let completed = false;
  const checkView = async (what: string) => {
    const bits = await scriptableBits(page);
    views.push(what);
    found.push(...bits.map((bit) => `${what}: ${bit}`));
    expect(bits, what).toEqual([]);
    await expectAccessible(page);
  };
  try {
    // 1. The purpose editor on the team page.
    await page.goto(`/teams/${teamId}`);
    const editor = page.getByRole('textbox', { name: 'Purpose statement' });
    await expect(editor).toContainText('SAFE-MARKER-PURPOSE');
    await expect(editor).toContainText('<img src=x onerror=alert("as-text")>');
    await checkView('purpose editor');

    // 2. The history view of a version of it.
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const panel = page.getByRole('dialog', { name: /History of/ });
    await panel.getByLabel('Version name').fill('Hostile snapshot');
    await panel.getByRole('button', { name: 'Save version' }).click();
    await expect(panel.getByText('Saved “Hostile snapshot”.')).toBeVisible();
    const version = panel.getByRole('listitem').filter({ hasText: 'Hostile snapshot' });
    await version.getByRole('button', { name: 'View' }).click();
    await expect(panel.getByText('SAFE-MARKER-PURPOSE')).toBeVisible();
    await checkView('history view');
    await page.keyboard.press('Escape');

    // 3. The decision page's rich-text fields.
    await page.goto(`/teams/${teamId}/decisions/${decisionId}`);
    await expect(page.getByText('SAFE-MARKER-TEXT')).toBeVisible();
    await expect(page.getByText('SAFE-MARKER-RATIONALE')).toBeVisible();
    await checkView('decision page');

    // 4. The review detail and the printable report (plain text from the projection).
    await page.goto(`/teams/${teamId}/review/decisions/${decisionId}`);
    await expect(page.getByText(/SAFE-MARKER-TEXT/).first()).toBeVisible();
    await checkView('review detail');
    await page.goto(`/teams/${teamId}/review/print`);
    await expect(page.getByRole('article', { name: 'Hostile decision' })).toContainText(
      'SAFE-MARKER-RATIONALE',
    );
    await checkView('printable report');

    // 5. The presentation view of the run, with the cards as plain text.
    await page.goto(`/teams/${teamId}/runs/${runId}/present`);
    await expect(page.getByText(hostileCards[0] ?? '')).toBeVisible();
    await expect(page.getByText(hostileCards[1] ?? '')).toBeVisible();
    await checkView('presentation view');

    // Every rendered link in the rich text points somewhere harmless.
    await page.goto(`/teams/${teamId}`);
    await expect(editor).toContainText('SAFE-MARKER-PURPOSE');
    const anchors = await editor.locator('a').evaluateAll((elements) =>
      elements.map((a) => ({
        href: a.getAttribute('href') ?? '',
        rel: a.getAttribute('rel') ?? '',
      })),
    );
    expect(anchors.length).toBeGreaterThan(dangerousHrefs.length);
    anchorsChecked = anchors.length;
    for (const { href, rel } of anchors) {
      expect(href === '' || /^(https?|mailto):/i.test(href), href).toBe(true);
      // A link opened in a new tab never gets a handle on this one.
      expect(rel.split(/\s+/), `rel of ${href}`).toContain('noopener');
    }

    expect(dialogs, 'a dialog opened: injected script ran').toEqual([]);
    completed = true;
  } finally {
    recordReliability({
      id: 'bad-input-rich-text-injection',
      area: 'Bad input',
      fault:
        'Rich text written through raw Yjs updates: javascript:/data:/vbscript: links in any case and with spaces or control characters, forced rel, event-handler attributes, script/iframe/img nodes, unknown marks, markup as text',
      method:
        'A Node client writes the payloads into the purpose statement and a decision (hostile title and run cards through the API); Chromium opens every view that shows them with a dialog listener and scans the DOM',
      // Each payload in three fields (purpose, decision text, rationale), plus title and cards.
      trials: (dangerousHrefs.length + 8) * 3 + 3,
      outcome: `views checked: ${views.join(', ') || 'none'}; ${anchorsChecked} rendered links checked; scriptable bits found: ${found.length}; dialogs: ${dialogs.length}`,
      passed: completed && found.length === 0 && dialogs.length === 0,
      command: 'npx vite build && npx playwright test e2e/rich-text-safety.spec.ts',
    });
  }
});
