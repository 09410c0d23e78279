import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RestoreResult, VersionList, VersionSummary } from '../../shared/api/versions';
import { readRichText, richTextToPlain } from '../../shared/collab/richText';
import { createTextAnchor } from '../../shared/comments/commentAnchor';
import { readThreads } from '../../shared/comments/commentsDoc';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments } from '../../shared/purpose/purposeDoc';
import { callApi, type TestUser } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { availableBackends } from '../testing/testDatabase';
import type { KeptVersion } from './VersionKeeper';
import { useTestServer } from '../testing/useTestServer';

/** Replaces the purpose statement with one paragraph. */
function setStatement(doc: Y.Doc, text: string): void {
  const fragment = doc.getXmlFragment('statement');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.insert(0, [paragraph]);
  });
}

const statement = (doc: Y.Doc) => richTextToPlain(readRichText(doc.getXmlFragment('statement')));

// Short timings so that a burst goes quiet within the test; the gap is still enforced.
const QUIET_MS = 40;
const MIN_GAP_MS = 600;

describe.each(availableBackends())('versions of documents on %s', (backend) => {
  const fixture = useTestServer({
    backend,
    autoVersions: { quietMs: QUIET_MS, minGapMs: MIN_GAP_MS },
  });
  let name: string;
  const clients: CollabClient[] = [];

  const api = fixture.teamApi;
  const connect = async (user: TestUser) => {
    const client = await connectClient(fixture.app.url, name, user.token);
    clients.push(client);
    return client;
  };
  const list = async (user: TestUser = fixture.team.viewer) =>
    ((await api('GET', `/versions?document=${encodeURIComponent(name)}`, user)).body as VersionList)
      .versions;
  /** Resolves with the next version kept of the purpose document for `reason`. */
  const nextKept = (reason: KeptVersion['reason']) =>
    new Promise<KeptVersion>((resolve) => {
      const listener = (kept: KeptVersion) => {
        if (kept.documentName !== name || kept.reason !== reason) return;
        fixture.app.versions.off('kept', listener);
        resolve(kept);
      };
      fixture.app.versions.on('kept', listener);
    });
  const versionState = async (user: TestUser, versionId: string) => {
    const response = await fetch(
      `${fixture.app.url}/api/teams/${fixture.team.teamId}/versions/${versionId}/state`,
      {
        headers: { authorization: `Bearer ${user.token}` },
      },
    );
    expect(response.status).toBe(200);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
    return doc;
  };

  beforeAll(async () => {
    name = purposeDocumentName(fixture.team.teamId);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
  });

  it('keeps an automatic version when editing goes quiet, at most one per gap', async () => {
    const member = await connect(fixture.team.member);
    const first = nextKept('auto');
    setStatement(member.doc, 'Every student reads at grade level.');
    commitments.add(member.doc, { text: 'Look at student work weekly' });
    await member.acknowledged();
    const v1 = await first;
    expect(v1.editorIds).toEqual([fixture.team.member.id]);

    // A second burst right away waits for the gap before it is kept.
    const second = nextKept('auto');
    setStatement(member.doc, 'Every student reads and writes at grade level.');
    await member.acknowledged();
    const v2 = await second;
    const [newest, older] = await list();
    expect([newest?.id, older?.id]).toEqual([v2.id, v1.id]);
    const gap = Date.parse(newest?.createdAt ?? '') - Date.parse(older?.createdAt ?? '');
    expect(gap).toBeGreaterThanOrEqual(MIN_GAP_MS - 50);
    expect(newest).toMatchObject({ reason: 'auto', name: null, editors: ['Member Max'] });
    expect(statement(await versionState(fixture.team.viewer, v1.id))).toBe(
      'Every student reads at grade level.',
    );
    member.destroy();
  });

  it('keeps named versions for people who can write, and lets anyone browse them', async () => {
    const created = await api('POST', '/versions', fixture.team.member, {
      document: name,
      name: 'Before the retreat',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Before the retreat',
      reason: 'named',
      createdByName: 'Member Max',
    } satisfies Partial<VersionSummary>);
    expect(
      (await api('POST', '/versions', fixture.team.viewer, { document: name, name: 'Mine' }))
        .status,
    ).toBe(403);
    expect(
      (await api('POST', '/versions', fixture.team.member, { document: name, name: ' ' })).status,
    ).toBe(400);
    expect(
      (
        await callApi(
          fixture.app.url,
          'GET',
          `/api/teams/${fixture.team.teamId}/versions?document=${name}`,
          {
            token: fixture.team.outsider.token,
          },
        )
      ).status,
    ).toBe(404);
    // Another team's document is not this team's to list.
    const foreign = purposeDocumentName(crypto.randomUUID());
    expect((await api('GET', `/versions?document=${foreign}`, fixture.team.member)).status).toBe(
      404,
    );
    expect((await list()).map((v) => v.name)).toContain('Before the retreat');
  });

  it('keeps the comment threads with a version: they are part of its history', async () => {
    const member = await connect(fixture.team.member);
    setStatement(member.doc, 'Attendance comes first.');
    await member.acknowledged();
    const text = member.doc.getXmlFragment('statement').get(0) as Y.XmlElement;
    const node = text.get(0) as Y.XmlText;
    const added = await api('POST', '/comments', fixture.team.member, {
      document: name,
      field: 'statement',
      anchor: createTextAnchor({ type: node, index: 0 }, { type: node, index: 10 }),
      quote: 'Attendance',
      text: 'Which attendance data?',
    });
    expect(added.status).toBe(201);
    const named = await api('POST', '/versions', fixture.team.member, {
      document: name,
      name: 'With a comment',
    });
    const stored = await fixture.app.database.db
      .selectFrom('documentVersions')
      .select('commentsState')
      .where('id', '=', (named.body as VersionSummary).id)
      .executeTakeFirstOrThrow();
    const comments = new Y.Doc();
    Y.applyUpdate(comments, stored.commentsState ?? new Uint8Array());
    expect(readThreads(comments).map((thread) => thread.quote)).toEqual(['Attendance']);
    member.destroy();
  });

  it('restores a version live for everyone connected and keeps the state before it', async () => {
    const [member, principal] = await Promise.all([
      connect(fixture.team.member),
      connect(fixture.team.principal),
    ]);
    setStatement(member.doc, 'Version A of our purpose.');
    await member.acknowledged();
    const named = await api('POST', '/versions', fixture.team.member, {
      document: name,
      name: 'A',
    });
    const versionA = (named.body as VersionSummary).id;
    setStatement(principal.doc, 'Version B, rewritten.');
    await principal.acknowledged();
    await member.until((doc) => statement(doc) === 'Version B, rewritten.');

    expect((await api('POST', `/versions/${versionA}/restore`, fixture.team.viewer)).status).toBe(
      403,
    );
    const restored = await api('POST', `/versions/${versionA}/restore`, fixture.team.member);
    expect(restored.status).toBe(200);
    const { before } = restored.body as RestoreResult;
    expect(before).toMatchObject({ reason: 'restore', name: 'Before restoring “A”' });

    // Everyone connected sees the old text come back, as a change on top.
    await Promise.all([
      member.until((doc) => statement(doc) === 'Version A of our purpose.'),
      principal.until((doc) => statement(doc) === 'Version A of our purpose.'),
    ]);
    // The state before the restore stays a version.
    expect(statement(await versionState(fixture.team.viewer, before.id))).toBe(
      'Version B, rewritten.',
    );
    // And the restored state is durable: a fresh client loads it from the server.
    const fresh = await connect(fixture.team.viewer);
    await fresh.until((doc) => statement(doc) === 'Version A of our purpose.');
  });
});
