import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  Extension,
} from '@hocuspocus/server';
import type { Kysely } from 'kysely';
import { listLoggedDocumentNames } from '../../db/queries/documents';
import type { Database } from '../../db/schema';
import type { DurableEvents } from '../collab/contracts';
import type { Logger } from '../logger';
import { Projector } from './Projector';

/**
 * Keeps the relational rows (decisions, follow-ups, meetings) in step with the documents, as
 * the kinds declare them: each update the persistence has made durable is projected before
 * it counts as saved, a document's rows are re-derived when it loads, and at start-up every
 * document with log entries is swept, which repairs rows left behind by a stop between
 * logging and projecting (see `Projector`).
 */
export class Projections implements Extension {
  extensionName = 'projections';
  readonly projector: Projector;

  constructor(db: Kysely<Database>, logger: Logger, durable: DurableEvents) {
    this.projector = new Projector(db, logger);
    durable.onDurable(({ documentName, update, actorId }) =>
      this.projector.afterAppend(documentName, update, actorId),
    );
    this.projector
      .sweep(listLoggedDocumentNames(db))
      .catch((error: unknown) => logger.error({ err: error }, 'projection sweep failed'));
  }

  async afterLoadDocument({ documentName }: afterLoadDocumentPayload): Promise<void> {
    void this.projector.afterLoad(documentName);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.projector.forget(documentName);
  }

  /** Stops retrying failed projections (the server is shutting down). */
  close(): void {
    this.projector.close();
  }
}
