import * as Y from 'yjs';
import { PURPOSE_STATEMENT_FIELD } from '../../shared/purpose/purposeDoc';
import { connectClient, type CollabClient } from '../../server/testing/collabClient';

const WORDS = 'we read student work together and ask what it tells us about our focus ';

/**
 * Lays out the purpose statement before the browser opens it: paragraph 0 for the person in
 * the browser, then one paragraph per remote editor, so each types into text of their own
 * and the browser's paragraph only ever holds what the browser typed.
 */
export async function seedStatement(
  baseUrl: string,
  documentName: string,
  token: string,
  remoteCount: number,
): Promise<void> {
  const client = await connectClient(baseUrl, documentName, token);
  const fragment = client.doc.getXmlFragment(PURPOSE_STATEMENT_FIELD);
  client.doc.transact(() => {
    for (let i = 0; i <= remoteCount; i++) {
      const paragraph = new Y.XmlElement('paragraph');
      fragment.push([paragraph]);
      const text = new Y.XmlText();
      paragraph.push([text]);
      text.insert(0, i === 0 ? 'Our purpose: ' : `Editor ${i} notes: `);
    }
  });
  await client.acknowledged();
  client.destroy();
}

/** Remote people typing into the statement from Node, each in their own paragraph. */
export interface RemoteEditors {
  /** Characters typed so far, all editors together. */
  typed(): number;
  stop(): void;
}

/**
 * Connects one provider per token and makes each type about `charsPerSecond` characters a
 * second (jittered) at the end of its paragraph, moving its caret (awareness) with
 * every character as a real editor does.
 */
export async function startRemoteEditors(
  baseUrl: string,
  documentName: string,
  tokens: string[],
  charsPerSecond: number,
): Promise<RemoteEditors> {
  const clients: CollabClient[] = await Promise.all(
    tokens.map((token) => connectClient(baseUrl, documentName, token)),
  );
  let typed = 0;
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;
  clients.forEach((client, index) => {
    const paragraph = client.doc.getXmlFragment(PURPOSE_STATEMENT_FIELD).get(index + 1);
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (!(text instanceof Y.XmlText)) throw new Error(`paragraph ${index + 1} was not seeded`);
    let count = 0;
    const typeOne = () => {
      if (stopped) return;
      const at = text.length;
      text.insert(at, WORDS[count++ % WORDS.length] ?? ' ');
      const cursor = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, at + 1));
      client.provider.setAwarenessField('cursor', { anchor: cursor, head: cursor });
      typed++;
      // Mean interval 1000 / rate, spread ±50% so the editors do not type in lockstep.
      timers[index] = setTimeout(typeOne, (1000 / charsPerSecond) * (0.5 + Math.random()));
    };
    timers[index] = setTimeout(typeOne, (1000 / charsPerSecond) * Math.random());
  });
  return {
    typed: () => typed,
    stop: () => {
      stopped = true;
      timers.forEach((timer) => clearTimeout(timer));
      clients.forEach((client) => client.destroy());
    },
  };
}
