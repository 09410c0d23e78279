import { randomUUID } from 'node:crypto';
import {
  deleteProtocolTemplate,
  insertProtocolTemplate,
  listProtocolTemplates,
  updateProtocolTemplate,
} from '../../db/queries/protocolTemplates';
import { type ProtocolList, type ProtocolListItem, saveProtocolInput } from '../../shared/api/runs';
import { isUuid } from '../../shared/documents/documentName';
import { protocolLibrary } from '../../shared/protocol-runs/protocolLibrary';
import { protocolSchema } from '../../shared/protocol-runs/protocolSchema';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, teamRule } from '../http/ApiRouter';
import type { ApiDeps } from '../http/types';

/** The library's protocols and the team's own copies, as one list. */
export async function listProtocols(deps: ApiDeps, teamId: string): Promise<ProtocolListItem[]> {
  const library: ProtocolListItem[] = protocolLibrary.map(({ source: _source, ...p }) => ({
    ...p,
    origin: 'library',
  }));
  const own = await listProtocolTemplates(deps.db, teamId);
  const team = own.flatMap((row): ProtocolListItem[] => {
    const parsed = protocolSchema.safeParse(row.protocol);
    return parsed.success ? [{ ...parsed.data, id: row.id, origin: 'team' }] : [];
  });
  return [...library, ...team];
}

/** `/api/teams/:teamId/protocols`: the library plus the team's copies, which facilitators edit. */
export function registerProtocolRoutes(router: ApiRouter, deps: ApiDeps): void {
  const facilitate = teamRule('run.facilitate');

  router.add('GET', '/api/teams/:teamId/protocols', teamRule('team.view'), async (c) => {
    const body: ProtocolList = { protocols: await listProtocols(deps, c.get('teamId')) };
    return c.json(body);
  });

  router.add('POST', '/api/teams/:teamId/protocols', facilitate, async (c) => {
    const body = await readJsonBody(c, saveProtocolInput);
    if (!body.ok) return body.response;
    const id = randomUUID();
    await insertProtocolTemplate(deps.db, {
      id,
      teamId: c.get('teamId'),
      protocol: body.value.protocol,
      createdBy: c.get('user').id,
    });
    return c.json({ id }, 201);
  });

  router.add('PUT', '/api/teams/:teamId/protocols/:protocolId', facilitate, async (c) => {
    const body = await readJsonBody(c, saveProtocolInput);
    if (!body.ok) return body.response;
    const id = c.req.param('protocolId') ?? '';
    const saved =
      isUuid(id) &&
      (await updateProtocolTemplate(deps.db, c.get('teamId'), id, body.value.protocol));
    if (!saved) return apiError(c, 404, 'protocol_not_found', 'No such protocol of this team');
    return c.json({ ok: true });
  });

  router.add('DELETE', '/api/teams/:teamId/protocols/:protocolId', facilitate, async (c) => {
    const id = c.req.param('protocolId') ?? '';
    const deleted = isUuid(id) && (await deleteProtocolTemplate(deps.db, c.get('teamId'), id));
    if (!deleted) return apiError(c, 404, 'protocol_not_found', 'No such protocol of this team');
    return c.json({ ok: true });
  });
}
