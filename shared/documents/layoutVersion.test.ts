import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readRichText } from '../collab/richText';
import { readPurpose, studentsOfFocus } from '../purpose/purposeDoc';
import { purposeKind } from './kinds/purpose';
import {
  layoutVersionOf,
  migrateDocument,
  missingMigrations,
  NewerLayoutError,
  readMigrated,
} from './layoutVersion';
import { purposeVersion2, purposeWrittenToday } from './layoutFixture';

describe('versioned document layouts', () => {
  it('reads a document written before layouts were versioned as version 1', () => {
    expect(layoutVersionOf(purposeWrittenToday())).toBe(1);
    expect(purposeKind.layout.version).toBe(1);
    expect(migrateDocument(purposeWrittenToday(), purposeKind)).toBe(0);
  });

  it('upgrades a document written by today’s code, one step per version, and stamps it', () => {
    const doc = purposeWrittenToday();
    const before = readPurpose(doc);
    expect(migrateDocument(doc, purposeVersion2, 'migration')).toBe(1);

    expect(layoutVersionOf(doc)).toBe(2);
    expect(doc.getArray('commitments').length).toBe(0);
    expect(doc.getMap('norms').toJSON()).toEqual(
      Object.fromEntries(
        before.commitments.map((commitment, position) => [
          commitment.id,
          { text: commitment.text, position, normKind: 'commitment' },
        ]),
      ),
    );
    // What the migration did not touch is as it was.
    expect(studentsOfFocus.read(doc)).toEqual(before.studentsOfFocus);
    expect(readRichText(doc.getXmlFragment('statement'))).toEqual(before.statement);
    // A current document is left alone.
    expect(migrateDocument(doc, purposeVersion2)).toBe(0);
  });

  it('upgrades as one change that reaches every copy of the document', () => {
    const server = purposeWrittenToday();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const updates: Uint8Array[] = [];
    server.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'migration') updates.push(update);
    });
    migrateDocument(server, purposeVersion2, 'migration');
    expect(updates).toHaveLength(1);
    for (const update of updates) Y.applyUpdate(client, update);
    expect(layoutVersionOf(client)).toBe(2);
    expect(client.getMap('norms').toJSON()).toEqual(server.getMap('norms').toJSON());
  });

  it('converges when two servers upgrade the same document at once', () => {
    const state = Y.encodeStateAsUpdate(purposeWrittenToday());
    const [first, second] = [new Y.Doc(), new Y.Doc()];
    Y.applyUpdate(first, state);
    Y.applyUpdate(second, state);
    migrateDocument(first, purposeVersion2);
    migrateDocument(second, purposeVersion2);
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    const once = readMigrated(state, purposeVersion2);
    for (const doc of [first, second]) {
      expect(doc.getMap('norms').toJSON()).toEqual(once.getMap('norms').toJSON());
      expect(doc.getArray('commitments').length).toBe(0);
      expect(layoutVersionOf(doc)).toBe(2);
    }
  });

  it('reads an older version’s state at today’s layout without touching the state', () => {
    const state = Y.encodeStateAsUpdate(purposeWrittenToday());
    const migrated = readMigrated(state, purposeVersion2);
    expect(layoutVersionOf(migrated)).toBe(2);
    expect(migrated.getMap('norms').size).toBe(2);
    const again = new Y.Doc();
    Y.applyUpdate(again, state);
    expect(layoutVersionOf(again)).toBe(1);
  });

  it('refuses a document written by a newer layout instead of misreading it', () => {
    const doc = purposeWrittenToday();
    migrateDocument(doc, purposeVersion2);
    expect(() => migrateDocument(doc, purposeKind)).toThrow(NewerLayoutError);
    expect(layoutVersionOf(doc)).toBe(2);
  });

  it('finds a version step without its migration', () => {
    expect(missingMigrations(purposeVersion2)).toEqual([]);
    expect(missingMigrations({ ...purposeVersion2, migrations: {} })).toEqual([1]);
    const doc = purposeWrittenToday();
    expect(() => migrateDocument(doc, { ...purposeVersion2, migrations: {} })).toThrow(
      /no migration from layout 1/,
    );
    // Nothing of a failed upgrade stays behind.
    expect(layoutVersionOf(doc)).toBe(1);
  });
});
