import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server';
import type { DocumentKindSpec, TeamDocument } from '../../shared/documents/documentKind';
import { parseDocumentName } from '../../shared/documents/documentName';
import { migrateDocument } from '../../shared/documents/layoutVersion';
import { type DocumentKind, kindSpec } from '../../shared/documents/registry';
import type { Logger } from '../logger';

type Migratable = Pick<DocumentKindSpec<string, TeamDocument>, 'kind' | 'layout' | 'migrations'>;

/**
 * Upgrades a document written at an older layout of its kind when it is loaded, before anyone
 * reads it: the kind's migrations run as one change by the server, which the persistence logs
 * like any other server change (so this extension comes after it in the list) and every
 * client receives. A document of a newer layout than this server knows is left as it is.
 *
 * With several instances, two that load the same old document at the same moment would both
 * upgrade it; a migration must therefore converge when applied twice: it sets map keys and
 * deletes items, never appends (see the converging migration in layoutVersion.test.ts).
 */
export class LayoutMigrations implements Extension {
  extensionName = 'layout-migrations';

  constructor(
    private readonly logger: Logger,
    private readonly specOf: (kind: DocumentKind) => Migratable = kindSpec,
  ) {}

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    const ref = parseDocumentName(documentName);
    if (!ref) return;
    try {
      const steps = migrateDocument(document, this.specOf(ref.kind), {
        source: 'local',
        context: { server: true, actorId: null },
      });
      if (steps > 0) this.logger.info({ documentName, steps }, 'document layout upgraded');
    } catch (error) {
      this.logger.error({ err: error, documentName }, 'document layout not upgraded');
    }
  }
}
