import { randomUUID } from 'node:crypto';
import { findDecision, insertDecision, listRunDecisions } from '../../db/queries/decisions';
import { findRun, selectCards } from '../../db/queries/runs';
import { promoteCardInput, type RunDecisionList } from '../../shared/api/runs';
import { addEvidence, followUps, writeDecisionFields } from '../../shared/decision-log/decisionDoc';
import { decisionDocumentName, isUuid } from '../../shared/documents/documentName';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, teamRule } from '../http/ApiRouter';
import type { ApiDeps } from '../http/types';
import { readStoredDocument } from '../persistence/storedDocument';

const MAX_TITLE = 300;

/**
 * Next steps: a card of a run becomes a decision draft (titled with the card, with the card
 * as its evidence), a follow-up action of an existing decision, or evidence for one.
 */
export function registerNextStepRoutes(router: ApiRouter, deps: ApiDeps): void {
  router.add(
    'POST',
    '/api/teams/:teamId/runs/:runId/cards/:cardId/promote',
    teamRule('run.participate'),
    async (c) => {
      const body = await readJsonBody(c, promoteCardInput);
      if (!body.ok) return body.response;
      const teamId = c.get('teamId');
      const runId = c.req.param('runId') ?? '';
      const cardId = c.req.param('cardId') ?? '';
      const run = isUuid(runId) ? await findRun(deps.db, teamId, runId) : undefined;
      const card =
        run && isUuid(cardId)
          ? await selectCards(deps.db, runId).where('runCards.id', '=', cardId).executeTakeFirst()
          : undefined;
      if (!run || !card?.revealed)
        return apiError(c, 404, 'item_not_found', 'No such card on this run');

      if (body.value.as !== 'decision') {
        const { as } = body.value;
        const decision = await findDecision(deps.db, teamId, body.value.decisionId);
        if (!decision) return apiError(c, 404, 'item_not_found', 'No such decision in this team');
        await deps.editDocument(
          decisionDocumentName(teamId, decision.id),
          (doc) => {
            if (as === 'follow-up') {
              followUps.add(doc, { task: card.text, owner: '', dueDate: null, status: 'open' });
            } else {
              addEvidence(doc, { kind: 'run-card', runId, cardId, text: card.text });
            }
          },
          c.get('user').id,
        );
        return c.json({ decisionId: decision.id }, 201);
      }

      const decisionId = randomUUID();
      const title = card.text.slice(0, MAX_TITLE);
      await insertDecision(deps.db, {
        id: decisionId,
        teamId,
        meetingId: run.meetingId,
        runId,
        title,
        createdBy: c.get('user').id,
      });
      await deps.editDocument(
        decisionDocumentName(teamId, decisionId),
        (doc) => {
          writeDecisionFields(doc, {
            title,
            meetingId: run.meetingId,
            runId,
            createdAt: Date.now(),
          });
          addEvidence(doc, { kind: 'run-card', runId, cardId, text: card.text });
        },
        c.get('user').id,
      );
      return c.json({ decisionId }, 201);
    },
  );

  router.add(
    'GET',
    '/api/teams/:teamId/runs/:runId/decisions',
    teamRule('team.view'),
    async (c) => {
      const teamId = c.get('teamId');
      const runId = c.req.param('runId') ?? '';
      if (!isUuid(runId) || !(await findRun(deps.db, teamId, runId))) {
        return apiError(c, 404, 'run_not_found', 'No such run in this team');
      }
      const rows = await listRunDecisions(deps.db, runId);
      const decisions = await Promise.all(
        rows.map(async (row) => {
          const doc = await readStoredDocument(deps.db, decisionDocumentName(teamId, row.id));
          return {
            id: row.id,
            title: row.title,
            followUps: followUps.read(doc).map((f) => f.task),
          };
        }),
      );
      const body: RunDecisionList = { decisions };
      return c.json(body);
    },
  );
}
