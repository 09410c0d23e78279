import type { FollowUpJson } from '../../../db/queries/review';
import type { Tally } from '../../../shared/decisions/tally';
import { stringifyCsv } from '../../csv/stringifyCsv';
import { asStrings } from './reviewRows';

/** A decision as the export query returns it. */
export interface DecisionLogCsvRow {
  title: string;
  status: string;
  model: string | null;
  decisionText: string;
  rationale: string;
  owner: string;
  focusStudentIds: unknown;
  meetingTitle: string | null;
  meetingDate: string | null;
  createdAtLocal: string | null;
  decidedAtLocal: string | null;
  decidedByName: string | null;
  tally: unknown;
  followUps: FollowUpJson[] | null;
}

function result(tally: unknown): string {
  if (!tally || typeof tally !== 'object') return '';
  const { passes, reason, voters } = tally as Partial<Tally>;
  const outcome = passes ? 'passes' : 'does not pass';
  return `${outcome}: ${reason ?? ''} (${voters ?? 0} ${voters === 1 ? 'voter' : 'voters'})`;
}

/** "task (owner, due 2026-12-04, open)", one follow-up a line. */
function followUpLines(items: FollowUpJson[] | null): string {
  return (items ?? [])
    .map((item) => {
      const details = [item.owner, item.dueDate ? `due ${item.dueDate}` : '', item.status];
      return `${item.task} (${details.filter(Boolean).join(', ')})`;
    })
    .join('\n');
}

/**
 * The decision log as CSV text with a byte-order mark (so spreadsheets read it as UTF-8).
 * Students of focus are shown by label (their id when the purpose document no longer lists
 * them); times are local to the team, which the header names. No cell runs as a formula.
 */
export function buildDecisionLogCsv(
  rows: DecisionLogCsvRow[],
  studentLabels: ReadonlyMap<string, string>,
  timeZone: string,
): string {
  const header = [
    'title',
    'status',
    'model',
    'decision',
    'rationale',
    'owner',
    'students of focus',
    'meeting',
    'meeting date',
    `created at (${timeZone})`,
    `decided at (${timeZone})`,
    'decided by',
    'result',
    'follow-ups',
  ];
  const records = rows.map((row) => [
    row.title,
    row.status,
    row.model ?? '',
    row.decisionText,
    row.rationale,
    row.owner,
    asStrings(row.focusStudentIds)
      .map((id) => studentLabels.get(id) ?? id)
      .join('; '),
    row.meetingTitle ?? '',
    row.meetingDate ?? '',
    row.createdAtLocal ?? '',
    row.decidedAtLocal ?? '',
    row.decidedByName ?? '',
    result(row.tally),
    followUpLines(row.followUps),
  ]);
  return `\ufeff${stringifyCsv([header, ...records])}`;
}

/** `decision-log-<team>-<date>.csv`, with the team name reduced to ASCII letters and digits. */
export function decisionLogFilename(teamName: string, date: string): string {
  const slug = teamName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `decision-log-${slug || 'team'}-${date}.csv`;
}
