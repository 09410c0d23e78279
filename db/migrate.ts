import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as foundation from './migrations/2026-11-22-0001-foundation';
import * as teamManagement from './migrations/2026-11-22-0002-team-management';
import * as protocolRuns from './migrations/2026-11-22-0003-protocol-runs';
import * as decisionDrafts from './migrations/2026-11-22-0004-decision-drafts';
import * as meetingsDecisionLog from './migrations/2026-11-22-0005-meetings-decision-log';
import * as versionHistory from './migrations/2026-11-22-0006-version-history';
import * as decisionSearch from './migrations/2026-11-22-0007-decision-search';
import * as accountCodes from './migrations/2026-12-07-0008-account-codes';
import * as decisionChanges from './migrations/2026-12-07-0009-decision-changes';
import * as workPlans from './migrations/2026-12-07-0010-work-plans';
import * as improvementCycles from './migrations/2026-12-07-0011-improvement-cycles';

/** Every migration, by name; names sort in the order they run. */
const migrations: Record<string, Migration> = {
  '2026-11-22-0001-foundation': foundation,
  '2026-11-22-0002-team-management': teamManagement,
  '2026-11-22-0003-protocol-runs': protocolRuns,
  '2026-11-22-0004-decision-drafts': decisionDrafts,
  '2026-11-22-0005-meetings-decision-log': meetingsDecisionLog,
  '2026-11-22-0006-version-history': versionHistory,
  '2026-11-22-0007-decision-search': decisionSearch,
  '2026-12-07-0008-account-codes': accountCodes,
  '2026-12-07-0009-decision-changes': decisionChanges,
  '2026-12-07-0010-work-plans': workPlans,
  '2026-12-07-0011-improvement-cycles': improvementCycles,
};

const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

/** Brings the database to the latest schema; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`, { cause: error });
  }
}
