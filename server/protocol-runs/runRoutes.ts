import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { findArtifact, insertArtifact, listTeamArtifacts } from '../../db/queries/artifacts';
import { findCycle } from '../../db/queries/cycles';
import { findMeeting } from '../../db/queries/meetings';
import { findRun, listRuns } from '../../db/queries/runs';
import { canDo } from '../../shared/access/roles';
import {
  addCardInput,
  type ArtifactList,
  artifactTypes,
  createRunInput,
  groupCardsInput,
  moveCardsInput,
  MAX_ARTIFACT_BYTES,
  rateNormInput,
  renameGroupInput,
  type RunList,
  runCommandInput,
  voteInput,
} from '../../shared/api/runs';
import {
  cycleRecordDocumentName,
  isUuid,
  purposeDocumentName,
} from '../../shared/documents/documentName';
import { studies } from '../../shared/plans/cycleDoc';
import { cycleTitle } from '../../shared/plans/cycleRules';
import { commitments } from '../../shared/purpose/purposeDoc';
import { writeRunControl } from '../../shared/protocol-runs/runControlDoc';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, publicRoute, teamRule } from '../http/ApiRouter';
import { readStoredDocument } from '../util/storedDocument';
import type { ApiContext, ApiDeps } from '../http/types';
import { listProtocols } from './protocolRoutes';
import { RunError } from './RunService';
import { summaryCsv, summaryMarkdown } from './runSummary';

/** Answers a RunError with its status; rethrows anything else. */
function runError(c: ApiContext, error: unknown) {
  if (!(error instanceof RunError)) throw error;
  return apiError(c, error.code === 'item_not_found' ? 404 : 409, error.code, error.message);
}

/** The team's current norms, read from its purpose document. */
async function currentNorms(deps: ApiDeps, teamId: string) {
  const doc = await readStoredDocument(deps.db, purposeDocumentName(teamId));
  return commitments.read(doc).map((c) => ({ id: c.id, text: c.text }));
}

/** `/api/teams/:teamId/runs/*`: protocol runs, their cards, votes, uploads and summaries. */
export function registerRunRoutes(router: ApiRouter, deps: ApiDeps): void {
  const facilitate = teamRule('run.facilitate');
  const participate = teamRule('run.participate');
  const view = teamRule('team.view');

  /** Runs the handler for a run of the team in the path, or answers 404. */
  const withRun =
    (handler: (c: ApiContext, runId: string) => Promise<Response>) => async (c: ApiContext) => {
      const runId = c.req.param('runId') ?? '';
      if (!isUuid(runId) || !(await findRun(deps.db, c.get('teamId'), runId))) {
        return apiError(c, 404, 'run_not_found', 'No such run in this team');
      }
      try {
        return await handler(c, runId);
      } catch (error) {
        return runError(c, error);
      }
    };

  router.add('GET', '/api/time', publicRoute, (c) => c.json({ now: Date.now() }));

  router.add('GET', '/api/teams/:teamId/runs', view, async (c) => {
    const rows = await listRuns(deps.db, c.get('teamId'));
    const body: RunList = {
      runs: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    };
    return c.json(body);
  });

  router.add('POST', '/api/teams/:teamId/runs', facilitate, async (c) => {
    const body = await readJsonBody(c, createRunInput);
    if (!body.ok) return body.response;
    const teamId = c.get('teamId');
    const found = (await listProtocols(deps, teamId)).find((p) => p.id === body.value.protocolId);
    if (!found)
      return apiError(c, 404, 'protocol_not_found', 'No such protocol in the library or this team');
    const { meetingId } = body.value;
    if (meetingId && !(await findMeeting(deps.db, teamId, meetingId))) {
      return apiError(c, 404, 'meeting_not_found', 'No such meeting in this team');
    }
    const cycle = body.value.cycleId ? await findCycle(deps.db, teamId, body.value.cycleId) : null;
    if (body.value.cycleId && !cycle) {
      return apiError(c, 404, 'cycle_not_found', 'No such cycle in this team');
    }
    if (cycle?.closedAt) {
      return apiError(c, 409, 'cycle_closed', 'This cycle is closed: it is kept as it was');
    }
    if (cycle?.archivedAt) {
      return apiError(c, 409, 'plan_archived', "This cycle belongs to an earlier year's plan");
    }
    const { id: _id, origin: _origin, ...protocol } = found;
    const runId = await deps.runs.create(
      teamId,
      c.get('user'),
      {
        title: body.value.title,
        presenter: body.value.presenter,
        meetingId: body.value.meetingId ?? null,
        votesPerPerson: body.value.votesPerPerson,
        cycle: cycle && {
          cycleId: cycle.id,
          planId: cycle.planId,
          title: cycleTitle(cycle.number, cycle.changeIdea),
        },
      },
      protocol,
      await currentNorms(deps, teamId),
    );
    if (cycle) {
      // The cycle lists the runs that studied it.
      await deps.editDocument(
        cycleRecordDocumentName(teamId, cycle.id),
        (doc) => studies.add(doc, { id: runId, title: body.value.title, createdAt: Date.now() }),
        c.get('user').id,
      );
    }
    return c.json({ id: runId }, 201);
  });

  router.add(
    'POST',
    '/api/teams/:teamId/runs/:runId/control',
    facilitate,
    withRun(async (c, runId) => {
      const body = await readJsonBody(c, runCommandInput);
      if (!body.ok) return body.response;
      await deps.runs.command(c.get('teamId'), runId, body.value);
      return c.json({ ok: true });
    }),
  );

  router.add(
    'POST',
    '/api/teams/:teamId/runs/:runId/cards',
    participate,
    withRun(async (c, runId) => {
      const body = await readJsonBody(c, addCardInput);
      if (!body.ok) return body.response;
      return c.json(
        await deps.runs.addCard(c.get('teamId'), runId, c.get('user'), body.value),
        201,
      );
    }),
  );

  router.add(
    'DELETE',
    '/api/teams/:teamId/runs/:runId/cards/:cardId',
    participate,
    withRun(async (c, runId) => {
      const cardId = c.req.param('cardId') ?? '';
      if (!isUuid(cardId)) return apiError(c, 404, 'item_not_found', 'No such card');
      const canFacilitate = canDo(c.get('teamRole'), 'run.facilitate');
      await deps.runs.removeCard(c.get('teamId'), runId, cardId, c.get('user'), canFacilitate);
      return c.json({ ok: true });
    }),
  );

  router.add(
    'GET',
    '/api/teams/:teamId/runs/:runId/mine',
    view,
    withRun(async (c, runId) => c.json(await deps.runs.mine(runId, c.get('user')))),
  );

  router.add(
    'POST',
    '/api/teams/:teamId/runs/:runId/votes',
    participate,
    withRun(async (c, runId) => {
      const body = await readJsonBody(c, voteInput);
      if (!body.ok) return body.response;
      const votes = await deps.runs.vote(
        c.get('teamId'),
        runId,
        c.get('user'),
        body.value.cardId,
        true,
      );
      return c.json({ votes });
    }),
  );

  router.add(
    'DELETE',
    '/api/teams/:teamId/runs/:runId/votes/:cardId',
    participate,
    withRun(async (c, runId) => {
      const cardId = c.req.param('cardId') ?? '';
      if (!isUuid(cardId)) return apiError(c, 404, 'item_not_found', 'No such card');
      const votes = await deps.runs.vote(c.get('teamId'), runId, c.get('user'), cardId, false);
      return c.json({ votes });
    }),
  );

  router.add(
    'POST',
    '/api/teams/:teamId/runs/:runId/groups',
    participate,
    withRun(async (c, runId) => {
      const body = await readJsonBody(c, groupCardsInput);
      if (!body.ok) return body.response;
      return c.json({ id: await deps.runs.group(c.get('teamId'), runId, body.value) }, 201);
    }),
  );

  /** The group named in the path, or a 404 answer. */
  const groupParam = (c: ApiContext) => {
    const groupId = c.req.param('groupId') ?? '';
    return isUuid(groupId) ? groupId : null;
  };
  const noSuchGroup = (c: ApiContext) => apiError(c, 404, 'item_not_found', 'No such group');

  router.add(
    'PATCH',
    '/api/teams/:teamId/runs/:runId/groups/:groupId',
    participate,
    withRun(async (c, runId) => {
      const groupId = groupParam(c);
      if (!groupId) return noSuchGroup(c);
      const body = await readJsonBody(c, renameGroupInput);
      if (!body.ok) return body.response;
      await deps.runs.renameGroup(c.get('teamId'), runId, groupId, body.value.title);
      return c.json({ ok: true });
    }),
  );

  router.add(
    'DELETE',
    '/api/teams/:teamId/runs/:runId/groups/:groupId',
    participate,
    withRun(async (c, runId) => {
      const groupId = groupParam(c);
      if (!groupId) return noSuchGroup(c);
      await deps.runs.ungroup(c.get('teamId'), runId, groupId);
      return c.json({ ok: true });
    }),
  );

  router.add(
    'POST',
    '/api/teams/:teamId/runs/:runId/groups/:groupId/cards',
    participate,
    withRun(async (c, runId) => {
      const groupId = groupParam(c);
      if (!groupId) return noSuchGroup(c);
      const body = await readJsonBody(c, moveCardsInput);
      if (!body.ok) return body.response;
      await deps.runs.moveToGroup(c.get('teamId'), runId, groupId, body.value.cardIds);
      return c.json({ ok: true });
    }),
  );

  router.add(
    'DELETE',
    '/api/teams/:teamId/runs/:runId/cards/:cardId/group',
    participate,
    withRun(async (c, runId) => {
      const cardId = c.req.param('cardId') ?? '';
      if (!isUuid(cardId)) return apiError(c, 404, 'item_not_found', 'No such card');
      await deps.runs.ungroupCard(c.get('teamId'), runId, cardId);
      return c.json({ ok: true });
    }),
  );

  router.add(
    'POST',
    '/api/teams/:teamId/runs/:runId/norm-ratings',
    participate,
    withRun(async (c, runId) => {
      const body = await readJsonBody(c, rateNormInput);
      if (!body.ok) return body.response;
      await deps.runs.rate(
        c.get('teamId'),
        runId,
        c.get('user'),
        body.value.normId,
        body.value.rating,
      );
      return c.json({ ok: true });
    }),
  );

  router.add(
    'POST',
    '/api/teams/:teamId/runs/:runId/artifacts',
    facilitate,
    withRun(async (c, runId) => {
      const form = await c.req.parseBody().catch(() => null);
      const file = form?.file;
      if (!(file instanceof File)) {
        return apiError(c, 400, 'invalid_input', 'file: attach an image or PDF as "file"');
      }
      if (file.size > MAX_ARTIFACT_BYTES) {
        return apiError(c, 413, 'payload_too_large', 'Student work must be 10 MB or smaller');
      }
      const data = new Uint8Array(await file.arrayBuffer());
      const detected = await fileTypeFromBuffer(data);
      const mimeType = detected?.mime;
      if (!mimeType || !(artifactTypes as readonly string[]).includes(mimeType)) {
        return apiError(
          c,
          415,
          'unsupported_type',
          'Upload an image (PNG, JPEG, WebP, GIF) or a PDF',
        );
      }
      const teamId = c.get('teamId');
      const artifact = {
        id: randomUUID(),
        name: file.name.slice(0, 200) || 'student work',
        mimeType,
        size: data.byteLength,
      };
      await insertArtifact(deps.db, {
        ...artifact,
        teamId,
        runId,
        data,
        uploadedBy: c.get('user').id,
      });
      const control = await deps.runs.control(teamId, runId);
      await deps.runs.writeControl(teamId, runId, (doc) =>
        writeRunControl(doc, { artifacts: [...control.artifacts, artifact] }),
      );
      return c.json(artifact, 201);
    }),
  );

  router.add('GET', '/api/teams/:teamId/artifacts', view, async (c) => {
    const rows = await listTeamArtifacts(deps.db, c.get('teamId'));
    const body: ArtifactList = {
      artifacts: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    };
    return c.json(body);
  });

  router.add('GET', '/api/teams/:teamId/artifacts/:artifactId', view, async (c) => {
    const id = c.req.param('artifactId') ?? '';
    const artifact = isUuid(id) ? await findArtifact(deps.db, c.get('teamId'), id) : undefined;
    if (!artifact) return apiError(c, 404, 'item_not_found', 'No such file');
    c.header('Content-Type', artifact.mimeType);
    c.header('Content-Length', String(artifact.size));
    c.header('Content-Disposition', `inline; filename="${encodeURIComponent(artifact.name)}"`);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    c.header('Cache-Control', 'private, max-age=3600');
    return c.body(new Uint8Array(artifact.data));
  });

  for (const format of ['csv', 'md'] as const) {
    router.add(
      'GET',
      `/api/teams/:teamId/runs/:runId/summary.${format}`,
      view,
      withRun(async (c, runId) => {
        const control = await deps.runs.control(c.get('teamId'), runId);
        const { cards, groups } = await deps.runs.revealedCards(runId);
        const text =
          format === 'csv'
            ? summaryCsv({ control, cards, groups })
            : summaryMarkdown({ control, cards, groups });
        c.header(
          'Content-Type',
          format === 'csv' ? 'text/csv; charset=utf-8' : 'text/markdown; charset=utf-8',
        );
        c.header('Content-Disposition', `attachment; filename="run-summary.${format}"`);
        return c.body(text);
      }),
    );
  }
}
