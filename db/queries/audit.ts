import type { Kysely } from 'kysely';
import type { AuditAction } from '../../shared/api/teams';
import type { Database } from '../schema';

/** One audit entry to record. */
export interface NewAuditEvent {
  teamId: string;
  actorId: string | null;
  action: AuditAction;
  subjectId?: string | null;
  details?: Record<string, unknown>;
}

/** Records an audit entry; call it in the same transaction as the change it describes. */
export async function insertAuditEvent(db: Kysely<Database>, event: NewAuditEvent): Promise<void> {
  await db
    .insertInto('auditEvents')
    .values({
      teamId: event.teamId,
      actorId: event.actorId,
      action: event.action,
      subjectId: event.subjectId ?? null,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}

/** A team's audit entries, newest first, older than `before` when given. */
export async function listAuditEvents(
  db: Kysely<Database>,
  teamId: string,
  options: { before?: string | undefined; limit: number },
) {
  let query = db
    .selectFrom('auditEvents')
    .leftJoin('users as actor', 'actor.id', 'auditEvents.actorId')
    .leftJoin('users as subject', 'subject.id', 'auditEvents.subjectId')
    .select([
      'auditEvents.id',
      'auditEvents.createdAt',
      'auditEvents.action',
      'auditEvents.details',
      'auditEvents.actorId',
      'actor.name as actorName',
      'auditEvents.subjectId',
      'subject.name as subjectName',
    ])
    .where('auditEvents.teamId', '=', teamId)
    .orderBy('auditEvents.id', 'desc')
    .limit(options.limit);
  if (options.before) query = query.where('auditEvents.id', '<', options.before);
  return query.execute();
}
