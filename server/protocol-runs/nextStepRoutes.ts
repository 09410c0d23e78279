import { randomUUID } from 'node:crypto';
import { findDecision, insertDecision } from '../../db/queries/decisions';
import { findRun, selectCards } from '../../db/queries/runs';
import { promoteCardInput, type RunDecisionList } from '../../shared/api/runs';
import { addEvidence, followUps, writeDecisionFields } from '../../shared/decisions/decisionDoc';
import { decisionDocumentName, isUuid } from '../../shared/documents/documentName';
import { readRunControl, writeRunControl } from '../../shared/protocol-runs/runControlDoc';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, teamRule } from '../http/ApiRouter';
import type { ApiContext, ApiDeps } from '../http/types';
import { readRunDecisionList } from './runDecisionList';

const MAX_TITLE = 300;

/**
 * Next steps: a card of a run becomes a decision draft (titled with the card, with the card
 * as its evidence), a follow-up action of an existing decision, or evidence for one. The
 * run's control document lists its decisions live; the facilitator can bring every device
 * to one of them.
 */
export function registerNextStepRoutes(router: ApiRouter, deps: ApiDeps): void {
  /** The run in the path, if it is one of the team's. */
  const runOf = async (c: ApiContext) => {
    const runId = c.req.param('runId') ?? '';
    return isUuid(runId) ? findRun(deps.db, c.get('teamId'), runId) : undefined;
  };

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
        if (decision.runId) await deps.runs.publishDecisions(teamId, decision.runId);
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
      await deps.runs.publishDecisions(teamId, runId);
      return c.json({ decisionId }, 201);
    },
  );

  router.add(
    'GET',
    '/api/teams/:teamId/runs/:runId/decisions',
    teamRule('team.view'),
    async (c) => {
      const teamId = c.get('teamId');
      const run = await runOf(c);
      if (!run) return apiError(c, 404, 'run_not_found', 'No such run in this team');
      // A run from before the control document listed its decisions gets the list now.
      if ((await deps.runs.control(teamId, run.id)).decisions === null) {
        await deps.runs.publishDecisions(teamId, run.id);
      }
      const body: RunDecisionList = { decisions: await readRunDecisionList(deps.db, run.id) };
      return c.json(body);
    },
  );

  router.add(
    'POST',
    '/api/teams/:teamId/runs/:runId/decisions/:decisionId/show',
    teamRule('run.facilitate'),
    async (c) => {
      const teamId = c.get('teamId');
      const run = await runOf(c);
      if (!run) return apiError(c, 404, 'run_not_found', 'No such run in this team');
      const decisionId = c.req.param('decisionId') ?? '';
      const decision = isUuid(decisionId)
        ? await findDecision(deps.db, teamId, decisionId)
        : undefined;
      // A decision of another run or team gets the same answer: no hint that it exists.
      if (!decision || decision.runId !== run.id) {
        return apiError(c, 404, 'decision_not_found', 'That decision did not come from this run');
      }
      const byName = c.get('user').name;
      await deps.runs.writeControl(teamId, run.id, (doc) => {
        const seq = (readRunControl(doc)?.decisionFollow?.seq ?? 0) + 1;
        writeRunControl(doc, { decisionFollow: { seq, decisionId, byName, at: Date.now() } });
      });
      return c.json({ ok: true });
    },
  );
}
