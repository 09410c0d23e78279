import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadStoredDocument } from '../../db/queries/documents';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { purposeVersion2 } from '../../shared/documents/layoutFixture';
import { layoutVersionOf } from '../../shared/documents/layoutVersion';
import { kindSpec } from '../../shared/documents/registry';
import { commitments } from '../../shared/purpose/purposeDoc';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';

describe.each(availableBackends())('layout migrations on load, on %s', (backend) => {
  // The server starts with today's layouts; the test then restarts it as a later version.
  let upgraded = false;
  const fixture = useTestServer({
    backend,
    documentLayouts: (kind) => (upgraded && kind === 'purpose' ? purposeVersion2 : kindSpec(kind)),
  });

  it('upgrades a document written by today’s server when a later one loads it, durably', async () => {
    const name = purposeDocumentName(fixture.team.teamId);
    const writer = await fixture.connect(name, fixture.team.principal);
    commitments.add(writer.doc, { text: 'Start and end on time' });
    await writer.acknowledged();
    writer.destroy();

    upgraded = true;
    await fixture.restart();
    const reader = await fixture.connect(name, fixture.team.member);
    await reader.until((doc) => layoutVersionOf(doc) === 2);
    expect(reader.doc.getArray('commitments').length).toBe(0);
    expect(Object.values(reader.doc.getMap('norms').toJSON())).toEqual([
      { text: 'Start and end on time', position: 0, normKind: 'commitment' },
    ]);
    reader.destroy();

    // The upgrade is in the log: what Postgres holds is at the new layout.
    await fixture.app.persistence.serverWritesDurable();
    const stored = await loadStoredDocument(fixture.app.database.db, name);
    const doc = new Y.Doc();
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    expect(layoutVersionOf(doc)).toBe(2);
    expect(doc.getMap('norms').size).toBe(1);
  });
});
