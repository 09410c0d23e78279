import { strToU8, zipSync } from 'fflate';
import type { Kysely } from 'kysely';
import { listAuditEvents } from '../../db/queries/audit';
import { listPendingInvites } from '../../db/queries/invites';
import {
  listDecisionChangesForExport,
  listDecisionsForExport,
  listFollowUpsForExport,
  listMeetingsForExport,
  listMembersForExport,
} from '../../db/queries/teamExport';
import type { Database } from '../../db/schema';
import {
  buildDocumentName,
  type DocumentRef,
  parseDocumentName,
} from '../../shared/documents/documentName';
import { readMigrated } from '../../shared/documents/layoutVersion';
import { kindSpec } from '../../shared/documents/registry';
import { stringifyCsv } from '../csv/stringifyCsv';

/** Largest audit log the export includes; far beyond any real team's. */
const MAX_AUDIT_EVENTS = 1_000_000;

/**
 * A CSV file with a header row; UTF-8 with a byte-order mark so spreadsheets read accents, and
 * no cell a spreadsheet would run as a formula.
 */
function csv(header: string[], rows: unknown[][]): Uint8Array {
  return strToU8(`\ufeff${stringifyCsv([header, ...rows])}`);
}

/**
 * One document as plain JSON, as its kind declares (`exportJson` in shared/documents/kinds/),
 * at today's layout; null for a name this version cannot read. `documents` holds the others: a
 * meeting's agenda lists the minutes its control document recorded.
 */
function documentJson(
  name: string,
  state: Uint8Array,
  documents: Map<string, Uint8Array>,
): unknown {
  const ref = parseDocumentName(name);
  if (!ref) return null;
  const spec = kindSpec(ref.kind);
  const doc = readMigrated(state, spec);
  try {
    return {
      name,
      kind: ref.kind,
      ...spec.exportJson(doc, ref, (other) =>
        documents.get(buildDocumentName(other as DocumentRef)),
      ),
    };
  } finally {
    doc.destroy();
  }
}

/**
 * Everything a team owns, as a zip: `team.json`, each document as JSON under `documents/`,
 * and the relational rows (members, pending invites, audit log, meetings, the decision log
 * with its follow-ups and history) as CSV.
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
    const json = documentJson(name, state, documents);
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
  await addDecisionLog(db, team.id, files);
  return zipSync(files, { level: 6 });
}

const iso = (value: Date | null) => value?.toISOString() ?? '';
const json = (value: unknown) =>
  value === null || value === undefined ? '' : JSON.stringify(value);

async function addDecisionLog(
  db: Kysely<Database>,
  teamId: string,
  files: Record<string, Uint8Array>,
) {
  const meetings = await listMeetingsForExport(db, teamId);
  files['meetings.csv'] = csv(
    ['meeting_id', 'title', 'date', 'attendee_ids', 'closed_at', 'closed_by'],
    meetings.map((m) => [
      m.id,
      m.title,
      m.meetingDate,
      json(m.attendeeIds),
      iso(m.closedAt),
      m.closedByName ?? '',
    ]),
  );
  const decisions = await listDecisionsForExport(db, teamId);
  files['decisions.csv'] = csv(
    [
      'decision_id',
      'title',
      'status',
      'model',
      'decision',
      'rationale',
      'owner',
      'result',
      'voters',
      'affects_students_of_focus',
      'student_of_focus_ids',
      'how_we_will_know',
      'evidence',
      'meeting_id',
      'run_id',
      'superseded_by',
      'decided_at',
      'decided_by',
      'created_at',
    ],
    decisions.map((d) => [
      d.id,
      d.title,
      d.status,
      d.model ?? '',
      d.decisionText,
      d.rationale,
      d.owner,
      (d.tally as { reason?: string } | null)?.reason ?? '',
      (d.voters as string[]).join('; '),
      d.focusAffects ?? '',
      (d.focusStudentIds as string[]).join('; '),
      d.focusHow,
      json(d.evidence),
      d.meetingId ?? '',
      d.runId ?? '',
      d.supersededBy ?? '',
      iso(d.decidedAt),
      d.decidedByName ?? '',
      iso(d.createdAt),
    ]),
  );
  const followUpRows = await listFollowUpsForExport(db, teamId);
  files['follow-ups.csv'] = csv(
    ['decision_id', 'task', 'owner', 'due_date', 'status'],
    followUpRows.map((f) => [f.decisionId, f.task, f.owner, f.dueDate ?? '', f.status]),
  );
  const history = await listDecisionChangesForExport(db, teamId);
  files['decision-history.csv'] = csv(
    ['decision_id', 'changed_at', 'changed_by', 'field', 'before', 'after'],
    history.map((h) => [
      h.decisionId,
      iso(h.changedAt),
      h.byName ?? '',
      h.field,
      json(h.before),
      json(h.after),
    ]),
  );
}
