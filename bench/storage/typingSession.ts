import { seededRandom } from '../../server/testing/seededRandom';
import * as Y from 'yjs';
import { PURPOSE_STATEMENT_FIELD } from '../../shared/purpose/purposeDoc';

/**
 * A meeting's worth of typing, simulated: `editors` Y.Docs edit one Tiptap-shaped XML fragment
 * (paragraphs of XmlText, like the purpose statement) one keystroke per transaction, and
 * exchange their updates through a relay that delivers each update to the others a few
 * keystrokes late, so edits are concurrent as they are in a room. The relay's order is the
 * server's: `updates` is the update log exactly as the server would have appended it.
 */
export interface TypingSession {
  /** One update per keystroke, in the order the server received them. */
  updates: Uint8Array[];
  /** The server's document after the first `n` updates, for each requested `n`. */
  statesAt: Map<number, Uint8Array>;
  /** Characters in the final statement (what survived backspaces). */
  finalCharacters: number;
}

/** How a keystroke is chosen: mostly typing, some corrections, new paragraphs and cursor moves. */
const BACKSPACE = 0.08;
const ENTER = 0.015;
const MOVE_CURSOR = 0.015;
/** Chance the same person types the next keystroke (people type in bursts). */
const SAME_TYPIST = 0.6;
/** Keystrokes (room-wide) before an update reaches another editor: 1 to this many. */
const MAX_DELAY = 4;

const TEXT =
  'our students of focus need more time to talk about their thinking in small groups so we ' +
  'will try a protocol where each student explains a strategy before the class compares them ';

interface Editor {
  doc: Y.Doc;
  fragment: Y.XmlFragment;
  paragraph: Y.XmlElement | null;
  cursor: number;
  /** Updates from others, with the keystroke at which they arrive, oldest first. */
  inbox: { at: number; update: Uint8Array }[];
  typed: number;
}

const REMOTE = Symbol('remote');

function textOf(paragraph: Y.XmlElement): Y.XmlText {
  const first = paragraph.get(0);
  if (!(first instanceof Y.XmlText)) throw new Error('paragraph without text');
  return first;
}

/** Inserts an empty paragraph after the editor's current one (or at the end) and moves there. */
function pressEnter(editor: Editor): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText()]);
  const children = editor.fragment.toArray();
  const index = editor.paragraph ? children.indexOf(editor.paragraph) : -1;
  editor.fragment.insert(index < 0 ? children.length : index + 1, [paragraph]);
  editor.paragraph = paragraph;
  editor.cursor = 0;
}

function keystroke(editor: Editor, random: () => number): void {
  if (!editor.paragraph) return pressEnter(editor);
  const text = textOf(editor.paragraph);
  // Others' backspaces may have shortened the paragraph under the cursor.
  editor.cursor = Math.min(editor.cursor, text.length);
  const roll = random();
  if (roll < BACKSPACE && editor.cursor > 0) {
    text.delete(editor.cursor - 1, 1);
    editor.cursor -= 1;
  } else if (roll < BACKSPACE + ENTER) {
    pressEnter(editor);
  } else if (roll < BACKSPACE + ENTER + MOVE_CURSOR) {
    // Moving the cursor is no edit: go back to a paragraph and type there.
    const children = editor.fragment.toArray();
    const target = children[Math.floor(random() * children.length)];
    if (target instanceof Y.XmlElement) {
      editor.paragraph = target;
      editor.cursor = Math.floor(random() * (textOf(target).length + 1));
    }
    keystroke(editor, random);
  } else {
    text.insert(editor.cursor, TEXT.charAt(editor.typed % TEXT.length));
    editor.cursor += 1;
    editor.typed += 1;
  }
}

/** Types `edits` keystrokes with `editors` people; records the server's state at `checkpoints`. */
export function simulateTyping(
  edits: number,
  editors: number,
  checkpoints: readonly number[],
  seed = 7,
): TypingSession {
  const random = seededRandom(seed);
  const server = new Y.Doc();
  const updates: Uint8Array[] = [];
  const statesAt = new Map<number, Uint8Array>();
  const people: Editor[] = [];
  let step = 0;
  for (let i = 0; i < editors; i++) {
    const doc = new Y.Doc();
    // Random 32-bit ids like Yjs's own (their size counts in the encoding), but seeded.
    doc.clientID = Math.floor(random() * 2 ** 32) >>> 0;
    const editor: Editor = {
      doc,
      fragment: doc.getXmlFragment(PURPOSE_STATEMENT_FIELD),
      paragraph: null,
      cursor: 0,
      inbox: [],
      typed: i * 17,
    };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      // The server logs and applies it, then relays it to everybody else.
      updates.push(update);
      Y.applyUpdate(server, update, REMOTE);
      for (const other of people) {
        if (other === editor) continue;
        other.inbox.push({ at: step + 1 + Math.floor(random() * MAX_DELAY), update });
      }
    });
    people.push(editor);
  }
  let typist = people[0]!;
  while (updates.length < edits) {
    if (random() >= SAME_TYPIST) typist = people[Math.floor(random() * people.length)]!;
    // Deliver what has reached this editor, in the order it was sent.
    let due = 0;
    while (due < typist.inbox.length && typist.inbox[due]!.at <= step) due++;
    if (due > 0) {
      // In the server's order, so an update never arrives before its cause; one transaction
      // per delivery keeps the simulation fast and changes nothing in what is logged.
      const arrived = typist.inbox.splice(0, due);
      typist.doc.transact(() => {
        for (const { update } of arrived) Y.applyUpdate(typist.doc, update, REMOTE);
      }, REMOTE);
    }
    const before = updates.length;
    keystroke(typist, random);
    step += 1;
    if (updates.length !== before && checkpoints.includes(updates.length)) {
      statesAt.set(updates.length, Y.encodeStateAsUpdate(server));
    }
  }
  const finalCharacters = server.getXmlFragment(PURPOSE_STATEMENT_FIELD).toString().length;
  for (const person of people) person.doc.destroy();
  server.destroy();
  return { updates, statesAt, finalCharacters };
}
