import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { purposeDocumentName } from '../../../shared/documents/documentName';
import { studentsOfFocus } from '../../../shared/purpose/purposeDoc';
import { readStoredDocument } from '../../util/storedDocument';

/** The team's students of focus (id and label) as its purpose document lists them. */
export async function readTeamStudents(
  db: Kysely<Database>,
  teamId: string,
): Promise<{ id: string; label: string }[]> {
  const doc = await readStoredDocument(db, purposeDocumentName(teamId));
  try {
    return studentsOfFocus.read(doc).map(({ id, label }) => ({ id, label }));
  } finally {
    doc.destroy();
  }
}
