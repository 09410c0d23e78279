import { findVersion, listVersions, loadVersionState, userNames } from '../../db/queries/versions';
import {
  createVersionInput,
  type RestoreResult,
  type VersionList,
  type VersionReason,
  type VersionSummary,
} from '../../shared/api/versions';
import { kindSpec } from '../../shared/documents/registry';
import { isUuid } from '../../shared/documents/documentName';
import { authorizeDocument, type DocumentDecision } from '../access/authorize';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, teamRule } from '../http/ApiRouter';
import type { ApiContext, ApiDeps } from '../http/types';
import { restoreInto } from './restoreVersion';

type VersionRow = NonNullable<Awaited<ReturnType<typeof findVersion>>>;

/** `/api/teams/:teamId/versions/*`: browse, name, read and restore versions of documents. */
export function registerVersionRoutes(router: ApiRouter, deps: ApiDeps): void {
  const versionPath = '/api/teams/:teamId/versions/:versionId';

  /** Versions follow their document's access: read to browse, write to name or restore. */
  const documentAccess = async (c: ApiContext, documentName: string) => {
    const decision = await authorizeDocument(deps.db, c.get('user').id, documentName);
    return decision.allowed && decision.ref.teamId === c.get('teamId') ? decision : null;
  };
  const noDocument = (c: ApiContext) =>
    apiError(c, 404, 'item_not_found', 'No such document in this team');
  const readOnly = (c: ApiContext) =>
    apiError(c, 403, 'forbidden', 'Your role cannot change this document');

  const summaries = async (rows: VersionRow[]): Promise<VersionSummary[]> => {
    const ids = [...new Set(rows.flatMap((row) => row.editorIds as string[]))];
    const names = await userNames(deps.db, ids);
    return rows.map((row) => ({
      id: row.id,
      documentName: row.documentName,
      name: row.name,
      reason: row.reason as VersionReason,
      createdAt: row.createdAt.toISOString(),
      createdByName: row.createdByName,
      editors: (row.editorIds as string[]).map((id) => names.get(id) ?? 'A former member'),
    }));
  };

  /** The version in the path with its document's access, or an error response. */
  const versionOf = async (
    c: ApiContext,
  ): Promise<
    { version: VersionRow; access: Extract<DocumentDecision, { allowed: true }> } | Response
  > => {
    const versionId = c.req.param('versionId') ?? '';
    const version = isUuid(versionId)
      ? await findVersion(deps.db, c.get('teamId'), versionId)
      : undefined;
    if (!version) return apiError(c, 404, 'item_not_found', 'No such version in this team');
    const access = await documentAccess(c, version.documentName);
    if (!access) return noDocument(c);
    return { version, access };
  };

  router.add('GET', '/api/teams/:teamId/versions', teamRule('team.view'), async (c) => {
    const documentName = c.req.query('document') ?? '';
    if (!(await documentAccess(c, documentName))) return noDocument(c);
    const rows = await listVersions(deps.db, c.get('teamId'), documentName);
    const body: VersionList = { versions: await summaries(rows) };
    return c.json(body);
  });

  router.add('POST', '/api/teams/:teamId/versions', teamRule('team.view'), async (c) => {
    const body = await readJsonBody(c, createVersionInput);
    if (!body.ok) return body.response;
    const access = await documentAccess(c, body.value.document);
    if (!access) return noDocument(c);
    if (!access.canWrite) return readOnly(c);
    const kept = await deps.versions.keep({
      documentName: body.value.document,
      teamId: c.get('teamId'),
      name: body.value.name,
      reason: 'named',
      createdBy: c.get('user').id,
    });
    const row = await findVersion(deps.db, c.get('teamId'), kept.id);
    const [summary] = await summaries(row ? [row] : []);
    return c.json(summary, 201);
  });

  router.add('GET', `${versionPath}/state`, teamRule('team.view'), async (c) => {
    const found = await versionOf(c);
    if (found instanceof Response) return found;
    const { state } = await loadVersionState(deps.db, found.version.id);
    return c.body(new Uint8Array(state), 200, {
      'content-type': 'application/octet-stream',
      'cache-control': 'private, max-age=31536000, immutable',
    });
  });

  router.add('POST', `${versionPath}/restore`, teamRule('team.view'), async (c) => {
    const found = await versionOf(c);
    if (found instanceof Response) return found;
    const { version, access } = found;
    if (!access.canWrite) return readOnly(c);
    const user = c.get('user');
    const label = version.name ?? `the version of ${version.createdAt.toISOString()}`;
    // The state before the restore stays a version: a restore never loses anything.
    const before = await deps.versions.keep({
      documentName: version.documentName,
      teamId: c.get('teamId'),
      name: `Before restoring “${label}”`,
      reason: 'restore',
      createdBy: user.id,
    });
    const { state } = await loadVersionState(deps.db, version.id);
    await deps.editDocument(
      version.documentName,
      (doc) => restoreInto(doc, new Uint8Array(state), kindSpec(access.ref.kind)),
      user.id,
    );
    deps.versions.noteEdit(version.documentName, user.id);
    const row = await findVersion(deps.db, c.get('teamId'), before.id);
    const [summary] = await summaries(row ? [row] : []);
    if (!summary) throw new Error('the version kept before the restore is missing');
    const body: RestoreResult = { before: summary };
    return c.json(body);
  });
}
