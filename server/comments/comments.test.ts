import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateThreadInput } from '../../shared/api/comments';
import { createTextAnchor, readAnchoredText } from '../../shared/comments/commentAnchor';
import {
  type CommentThread,
  type PassageThread,
  readThread,
  readThreads,
  writeThread,
} from '../../shared/comments/commentsDoc';
import { DECISION_RATIONALE_FIELD } from '../../shared/decisions/decisionDoc';
import {
  commentsDocumentName,
  decisionDocumentName,
  meetingDocumentName,
  purposeDocumentName,
} from '../../shared/documents/documentName';
import { MEETING_NOTES_FIELD } from '../../shared/meetings/meetingDoc';
import { PURPOSE_STATEMENT_FIELD } from '../../shared/purpose/purposeDoc';
import { callApi, type TestUser } from '../testing/apiClient';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';

/** Types a paragraph into a rich-text field the way the editor stores it. */
function writeParagraph(doc: Y.Doc, field: string, text: string): void {
  const fragment = doc.getXmlFragment(field);
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.insert(fragment.length, [paragraph]);
  });
}

/** The text node of the paragraph that holds `words`. */
function textWith(doc: Y.Doc, field: string, words: string): Y.XmlText {
  for (const paragraph of doc.getXmlFragment(field).toArray()) {
    const text = (paragraph as Y.XmlElement).get(0);
    if (text instanceof Y.XmlText && text.toString().includes(words)) return text;
  }
  throw new Error(`"${words}" is not in the text`);
}

/** The anchor a client computes for `words` in its copy. */
function anchorOn(doc: Y.Doc, field: string, words: string) {
  const text = textWith(doc, field, words);
  const from = text.toString().indexOf(words);
  return createTextAnchor({ type: text, index: from }, { type: text, index: from + words.length });
}

describe.each(availableBackends())('comments on %s', (backend) => {
  const fixture = useTestServer({ backend });

  const api = fixture.teamApi;
  const { connect } = fixture;
  /** The server's copy of an open document. */
  const serverDoc = (name: string) => {
    const doc = fixture.app.hocuspocus.documents.get(name);
    if (!doc) throw new Error(`${name} is not open on the server`);
    return doc;
  };
  const startThread = async (user: TestUser, input: CreateThreadInput) => {
    const response = await api('POST', '/comments', user, input);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return (response.body as { threadId: string }).threadId;
  };

  /** A purpose statement with text in it, as the member's editor sees it. */
  async function purposeWithText(text: string) {
    const name = purposeDocumentName(fixture.team.teamId);
    const writer = await connect(name, fixture.team.member);
    writeParagraph(writer.doc, PURPOSE_STATEMENT_FIELD, text);
    await writer.acknowledged();
    return { name, writer };
  }

  it('adds, replies, resolves and reopens, stamping authors from the session', async () => {
    const { name, writer } = await purposeWithText('Every student reads on grade level by May.');
    const commentsName = commentsDocumentName({ kind: 'purpose', teamId: fixture.team.teamId });
    const reader = await connect(commentsName, fixture.team.viewer);

    const threadId = await startThread(fixture.team.member, {
      document: name,
      field: PURPOSE_STATEMENT_FIELD,
      anchor: anchorOn(writer.doc, PURPOSE_STATEMENT_FIELD, 'on grade level'),
      quote: 'on grade level',
      text: 'Which measure tells us?',
    });
    // The answer came after the write was durable and in the server's copy.
    expect(readThread(serverDoc(commentsName), threadId)).toMatchObject({
      field: PURPOSE_STATEMENT_FIELD,
      quote: 'on grade level',
      resolved: false,
      comments: [
        {
          authorId: fixture.team.member.id,
          authorName: 'Member Max',
          text: 'Which measure tells us?',
        },
      ],
    });

    const reply = await api('POST', `/comments/${threadId}/replies`, fixture.team.facilitator, {
      document: name,
      text: '  The spring benchmark.\nAnd running records.  ',
    });
    expect(reply.status).toBe(201);
    const resolve = (user: TestUser, resolved: boolean) =>
      api('POST', `/comments/${threadId}/resolve`, user, { document: name, resolved });
    expect((await resolve(fixture.team.principal, true)).status).toBe(204);

    await reader.until((doc) => readThread(doc, threadId)?.resolved === true);
    const resolved = readThread(reader.doc, threadId) as CommentThread;
    expect(resolved.comments.map((c) => [c.authorName, c.text])).toEqual([
      ['Member Max', 'Which measure tells us?'],
      ['Facilitator Fay', 'The spring benchmark.\nAnd running records.'],
    ]);
    expect(resolved.comments[1]?.id).toBe((reply.body as { commentId: string }).commentId);
    expect(resolved.resolvedBy).toEqual({ id: fixture.team.principal.id, name: 'Principal Pat' });
    expect(resolved.resolvedAt).toEqual(expect.any(Number));

    expect((await resolve(fixture.team.member, false)).status).toBe(204);
    await reader.until((doc) => readThread(doc, threadId)?.resolved === false);
    expect(readThread(reader.doc, threadId)).toMatchObject({ resolvedBy: null, resolvedAt: null });
    expect(readThreads(reader.doc)).toHaveLength(1);
  });

  it('refuses viewers and outsiders, and checks the document, field, anchor and text', async () => {
    const { name, writer } = await purposeWithText('Attendance above 95%.');
    const valid = {
      document: name,
      field: PURPOSE_STATEMENT_FIELD,
      anchor: anchorOn(writer.doc, PURPOSE_STATEMENT_FIELD, 'Attendance'),
      quote: 'Attendance',
      text: 'Daily or weekly?',
    };
    const threadId = await startThread(fixture.team.member, valid);

    expect((await api('POST', '/comments', fixture.team.viewer, valid)).status).toBe(403);
    const reply = { document: name, text: 'Viewer reply' };
    expect(
      (await api('POST', `/comments/${threadId}/replies`, fixture.team.viewer, reply)).status,
    ).toBe(403);
    const resolve = { document: name, resolved: true };
    expect(
      (await api('POST', `/comments/${threadId}/resolve`, fixture.team.viewer, resolve)).status,
    ).toBe(403);
    expect((await api('POST', '/comments', fixture.team.outsider, valid)).status).toBe(404);
    expect(
      (
        await callApi(fixture.app.url, 'POST', `/api/teams/${fixture.team.teamId}/comments`, {
          body: valid,
        })
      ).status,
    ).toBe(401);

    const refusals: [unknown, number][] = [
      [{ ...valid, authorName: 'Someone else' }, 400],
      [{ ...valid, text: '   ' }, 400],
      [{ ...valid, text: 'x'.repeat(2_001) }, 400],
      [{ ...valid, field: MEETING_NOTES_FIELD }, 400],
      [{ ...valid, document: `${name}/comments` }, 400],
      [{ ...valid, document: purposeDocumentName(crypto.randomUUID()) }, 404],
      [{ ...valid, document: meetingDocumentName(fixture.team.teamId, crypto.randomUUID()) }, 404],
      [
        { ...valid, anchor: { start: { tname: 'commitments' }, end: { tname: 'commitments' } } },
        400,
      ],
    ];
    for (const [body, status] of refusals) {
      const response = await api('POST', '/comments', fixture.team.member, body);
      expect(response.status, JSON.stringify(body).slice(0, 120)).toBe(status);
    }
    const unknownThread = `/comments/${crypto.randomUUID()}/replies`;
    expect((await api('POST', unknownThread, fixture.team.member, reply)).status).toBe(404);
    expect(
      (await api('POST', '/comments/not-a-thread/resolve', fixture.team.member, resolve)).status,
    ).toBe(404);

    // A long quote is cut, not refused.
    const long = await startThread(fixture.team.member, { ...valid, quote: 'q'.repeat(900) });
    const commentsName = commentsDocumentName({ kind: 'purpose', teamId: fixture.team.teamId });
    expect(readThread(serverDoc(commentsName), long)?.quote).toHaveLength(500);
  });

  it("refuses a member's own writes to the comments document, so nobody forges an author", async () => {
    const { name, writer } = await purposeWithText('Common planning every week.');
    const commentsName = commentsDocumentName({ kind: 'purpose', teamId: fixture.team.teamId });
    const threadId = await startThread(fixture.team.member, {
      document: name,
      field: PURPOSE_STATEMENT_FIELD,
      anchor: anchorOn(writer.doc, PURPOSE_STATEMENT_FIELD, 'Common planning'),
      quote: 'Common planning',
      text: 'Which period?',
    });
    const watcher = await connect(commentsName, fixture.team.principal);
    const forger = await connect(commentsName, fixture.team.member);
    const original = readThread(forger.doc, threadId) as CommentThread;
    expect(original.comments[0]?.authorName).toBe('Member Max');

    writeThread(forger.doc, {
      ...original,
      comments: [{ ...(original.comments[0] as CommentThread['comments'][0]), text: 'Edited!' }],
    });
    writeThread(forger.doc, {
      ...original,
      id: crypto.randomUUID(),
      comments: [
        {
          id: 'x',
          authorId: fixture.team.principal.id,
          authorName: 'Principal Pat',
          text: 'Forged',
          createdAt: 1,
        },
      ],
    });
    // The refused update was handled before this later message from the same socket.
    forger.provider.setAwarenessField('probe', 'forged');
    await watcher.seesAwareness((state) => state.probe === 'forged');

    const onServer = serverDoc(commentsName);
    expect(readThread(onServer, threadId)?.comments[0]?.text).toBe('Which period?');
    expect(readThreads(onServer).some((thread) => thread.comments[0]?.text === 'Forged')).toBe(
      false,
    );
    expect(readThreads(watcher.doc).some((thread) => thread.comments[0]?.text === 'Forged')).toBe(
      false,
    );
  });

  it('keeps anchors on the quoted words while others edit the text', async () => {
    const meeting = await api('POST', '/meetings', fixture.team.facilitator, {
      title: 'November ILT',
      date: '2026-11-22',
    });
    expect(meeting.status).toBe(201);
    const meetingId = (meeting.body as { meetingId: string }).meetingId;
    const name = meetingDocumentName(fixture.team.teamId, meetingId);
    const [commenter, editor] = await Promise.all([
      connect(name, fixture.team.member),
      connect(name, fixture.team.facilitator),
    ]);
    writeParagraph(editor.doc, MEETING_NOTES_FIELD, 'We agreed to read aloud every morning.');
    await editor.acknowledged();
    await commenter.until((doc) => doc.getXmlFragment(MEETING_NOTES_FIELD).length === 1);

    const threadId = await startThread(fixture.team.member, {
      document: name,
      field: MEETING_NOTES_FIELD,
      anchor: anchorOn(commenter.doc, MEETING_NOTES_FIELD, 'read aloud every'),
      quote: 'read aloud every',
      text: 'Even on assembly days?',
    });

    // Someone edits before and inside the passage after the thread began.
    const text = textWith(editor.doc, MEETING_NOTES_FIELD, 'read aloud');
    text.insert(0, 'On Monday ');
    text.insert(text.toString().indexOf('aloud'), 'short texts ');
    await editor.acknowledged();

    const commentsName = commentsDocumentName({
      kind: 'meeting',
      teamId: fixture.team.teamId,
      meetingId,
    });
    const reader = await connect(commentsName, fixture.team.viewer);
    const thread = readThread(reader.doc, threadId) as PassageThread;
    expect(readAnchoredText(serverDoc(name), MEETING_NOTES_FIELD, thread.anchor)).toBe(
      'read short texts aloud every',
    );
    const fresh = await connect(name, fixture.team.viewer);
    expect(readAnchoredText(fresh.doc, MEETING_NOTES_FIELD, thread.anchor)).toBe(
      'read short texts aloud every',
    );
  });

  it('comments on a decision rationale, and only on fields the decision has', async () => {
    const created = await api('POST', '/decisions', fixture.team.member, {
      title: 'Adopt exit tickets',
    });
    expect(created.status).toBe(201);
    const decisionId = (created.body as { decisionId: string }).decisionId;
    const name = decisionDocumentName(fixture.team.teamId, decisionId);
    const writer = await connect(name, fixture.team.member);
    writeParagraph(writer.doc, DECISION_RATIONALE_FIELD, 'Quick checks show who needs help.');
    await writer.acknowledged();
    const input = {
      document: name,
      field: DECISION_RATIONALE_FIELD,
      anchor: anchorOn(writer.doc, DECISION_RATIONALE_FIELD, 'who needs help'),
      quote: 'who needs help',
      text: 'And what we do next day.',
    };
    const threadId = await startThread(fixture.team.principal, input);
    const commentsName = commentsDocumentName({
      kind: 'decision',
      teamId: fixture.team.teamId,
      decisionId,
    });
    expect(readThread(serverDoc(commentsName), threadId)?.comments[0]?.authorName).toBe(
      'Principal Pat',
    );
    // The anchor is in the rationale: claiming it is in the decision text is refused.
    expect(
      (await api('POST', '/comments', fixture.team.member, { ...input, field: 'text' })).status,
    ).toBe(400);
    expect(
      (await api('POST', '/comments', fixture.team.member, { ...input, field: 'notes' })).status,
    ).toBe(400);
  });
});
