import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import { listAuditEvents } from '../../db/queries/audit';
import { listPendingInvites } from '../../db/queries/invites';
import { listMembersForExport } from '../../db/queries/teamExport';
import type { Database } from '../../db/schema';
import { readRichText } from '../../shared/collab/richText';
import {
  DECISION_RATIONALE_FIELD,
  DECISION_TEXT_FIELD,
  followUps,
  readDecisionFields,
  readEvidence,
} from '../../shared/decision-log/decisionDoc';
import { parseDocumentName } from '../../shared/documents/documentName';
import { readBoard } from '../../shared/protocol-runs/runBoardDoc';
import { readRunControl } from '../../shared/protocol-runs/runControlDoc';
import { readPurpose } from '../../shared/purpose/purposeDoc';

/** Largest audit log the export includes; far beyond any real team's. */
const MAX_AUDIT_EVENTS = 1_000_000;

/** A CSV file with a header row; UTF-8 with a byte-order mark so spreadsheets read accents. */
function csv(header: string[], rows: unknown[][]): Uint8Array {
  return strToU8(`\ufeff${stringify([header, ...rows])}`);
}

/** One document as plain JSON, by kind; null for a name this version cannot read. */
function documentJson(name: string, state: Uint8Array): unknown {
  const ref = parseDocumentName(name);
  if (!ref) return null;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    switch (ref.kind) {
      case 'purpose':
        return { name, kind: ref.kind, ...readPurpose(doc) };
      // The board never holds the author of an anonymous card, so neither does the export.
      case 'run-board':
        return { name, kind: ref.kind, runId: ref.runId, ...readBoard(doc) };
      case 'run-control':
        return { name, kind: ref.kind, runId: ref.runId, ...readRunControl(doc) };
      case 'decision':
        return {
          name,
          kind: ref.kind,
          decisionId: ref.decisionId,
          ...readDecisionFields(doc),
          text: readRichText(doc.getXmlFragment(DECISION_TEXT_FIELD)),
          rationale: readRichText(doc.getXmlFragment(DECISION_RATIONALE_FIELD)),
          evidence: readEvidence(doc),
          followUps: followUps.read(doc),
        };
    }
  } finally {
    doc.destroy();
  }
}

/**
 * Everything a team owns, as a zip: `team.json`, each document as JSON under `documents/`,
 * and the relational rows (members, pending invites, audit log) as CSV.
 */
export async function buildTeamExport(
  db: Kysely<Database>,
  team: { id: string; name: string },
  documents: Map<string, Uint8Array>,
): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  files['team.json'] = strToU8(
    JSON.stringify({ id: team.id, name: team.name, exportedAt: new Date().toISOString() }, null, 2),
  );
  for (const [name, state] of documents) {
    const json = documentJson(name, state);
    if (json)
      files[`documents/${name.split('/').slice(2).join('-')}.json`] = strToU8(
        JSON.stringify(json, null, 2),
      );
  }
  const members = await listMembersForExport(db, team.id);
  files['members.csv'] = csv(
    ['user_id', 'name', 'email', 'role', 'joined_at'],
    members.map((m) => [m.id, m.name, m.email, m.role, m.createdAt.toISOString()]),
  );
  const invites = await listPendingInvites(db, team.id);
  files['pending-invites.csv'] = csv(
    ['invite_id', 'role', 'email', 'single_use', 'created_by', 'created_at', 'expires_at'],
    invites.map((i) => [
      i.id,
      i.role,
      i.email ?? '',
      i.singleUse,
      i.createdByName ?? '',
      i.createdAt.toISOString(),
      i.expiresAt.toISOString(),
    ]),
  );
  const audit = await listAuditEvents(db, team.id, { limit: MAX_AUDIT_EVENTS });
  files['audit-log.csv'] = csv(
    ['at', 'actor', 'action', 'subject', 'details'],
    audit.map((e) => [
      e.createdAt.toISOString(),
      e.actorName ?? '',
      e.action,
      e.subjectName ?? '',
      JSON.stringify(e.details),
    ]),
  );
  return zipSync(files, { level: 6 });
}
