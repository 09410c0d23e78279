import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { insertAuditEvent } from '../../db/queries/audit';
import {
  findDecision,
  findOwnVote,
  insertDecision,
  listRoundVotes,
  upsertDecisionVote,
} from '../../db/queries/decisions';
import type { Database } from '../../db/schema';
import type { TeamRole } from '../../shared/access/roles';
import type { CurrentUser } from '../../shared/api/auth';
import type { ApiErrorCode } from '../../shared/api/errors';
import type { MyVote } from '../../shared/api/decisions';
import {
  focusCheckOf,
  readDecisionFields,
  writeDecisionFields,
} from '../../shared/decisions/decisionDoc';
import {
  type DecisionModel,
  type DecisionStatus,
  statusChangeProblem,
} from '../../shared/decisions/decisionRules';
import {
  type DecisionStatusState,
  readDecisionStatus,
  type VoteState,
  writeDecisionStatus,
} from '../../shared/decisions/decisionStatusDoc';
import {
  type Ballot,
  isVotingModel,
  tallyVotes,
  toBallot,
  type VotingModel,
} from '../../shared/decisions/tally';
import {
  decisionDocumentName,
  decisionStatusDocumentName,
} from '../../shared/documents/documentName';
import type { EditDocument } from '../collab/contracts';
import { recordChange } from '../projections/rowWriters';
import { type ClusterLock, clusterLockFor } from '../scale-out/ClusterLock';
import { catchUpDocument } from '../scale-out/catchUpDocument';

/** A refused command: the HTTP status, a stable code and a sentence for the person. */
export class DecisionError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const modelResults: Record<'leader-decides' | 'delegated', string> = {
  'leader-decides': 'The leader decided after hearing the team',
  delegated: 'Decided by the people it was delegated to',
};

/**
 * Decisions on the server: creating them, their live votes and their status. The status
 * document is written here alone. Votes are rows in Postgres, one per person per round
 * (the primary key makes a second ballot replace the first); the tally in the document is
 * always recounted from those rows, so no client can forge, repeat or overwrite a vote.
 * Commands on one decision run one at a time, across every server instance.
 */
export class DecisionService {
  private readonly lock: ClusterLock;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly editDocument: EditDocument,
    private readonly now: () => number = Date.now,
  ) {
    this.lock = clusterLockFor(db);
  }

  async create(
    teamId: string,
    author: CurrentUser,
    decision: { title: string; meetingId: string | null },
  ): Promise<string> {
    const decisionId = randomUUID();
    await insertDecision(this.db, {
      id: decisionId,
      teamId,
      meetingId: decision.meetingId,
      runId: null,
      title: decision.title,
      createdBy: author.id,
    });
    await this.editDocument(
      decisionDocumentName(teamId, decisionId),
      (doc) =>
        writeDecisionFields(doc, {
          title: decision.title,
          meetingId: decision.meetingId,
          runId: null,
          createdAt: this.now(),
        }),
      author.id,
    );
    return decisionId;
  }

  /** The caller's own ballot in the latest round. */
  async myVote(teamId: string, decisionId: string, userId: string): Promise<MyVote> {
    await this.requireDecision(teamId, decisionId);
    const { vote } = await this.readStatus(teamId, decisionId);
    if (!vote) return { round: null, value: null };
    const own = await findOwnVote(this.db, decisionId, vote.round, userId);
    return { round: vote.round, value: own ? parseStoredValue(vote.model, own.value) : null };
  }

  /** Opens a vote round with the model the decision declares. */
  async openVote(teamId: string, decisionId: string, facilitator: CurrentUser): Promise<void> {
    await this.serialize(teamId, decisionId, async () => {
      await this.requireDecision(teamId, decisionId);
      const fields = await this.readFields(teamId, decisionId);
      const state = await this.readStatus(teamId, decisionId);
      const model = fields?.model ?? null;
      if (!isVotingModel(model)) {
        throw new DecisionError(
          409,
          'invalid_state',
          'Choose fist to five, majority vote, consent or consensus before opening a vote',
        );
      }
      if (state.status !== 'proposed' && state.status !== 'revisited') {
        throw new DecisionError(409, 'invalid_state', 'Reopen the decision before voting again');
      }
      if (state.vote?.open) throw new DecisionError(409, 'invalid_state', 'A vote is open');
      const vote: VoteState = {
        round: (state.vote?.round ?? 0) + 1,
        model,
        open: true,
        openedAt: this.now(),
        openedByName: facilitator.name,
        closedAt: null,
        tally: tallyVotes(model, new Map()),
        voters: [],
      };
      await this.writeStatus(teamId, decisionId, { vote }, facilitator.id);
    });
  }

  /** Records the caller's ballot (replacing any earlier one) and recounts. */
  async castVote(
    teamId: string,
    decisionId: string,
    voter: CurrentUser,
    value: unknown,
  ): Promise<MyVote> {
    return this.serialize(teamId, decisionId, async () => {
      await this.requireDecision(teamId, decisionId);
      const { vote } = await this.readStatus(teamId, decisionId);
      if (!vote?.open) throw new DecisionError(409, 'invalid_state', 'No vote is open');
      const ballot = isVotingModel(vote.model) ? toBallot(vote.model, value) : null;
      if (!ballot) {
        throw new DecisionError(400, 'invalid_input', `That is not a ${vote.model} vote`);
      }
      await upsertDecisionVote(this.db, {
        decisionId,
        round: vote.round,
        userId: voter.id,
        value: String(ballot.value),
      });
      await this.recount(teamId, decisionId, vote, voter.id);
      return { round: vote.round, value: ballot.value };
    });
  }

  /** Closes the open vote; its result is kept on the decision and in its history. */
  async closeVote(teamId: string, decisionId: string, facilitator: CurrentUser): Promise<void> {
    await this.serialize(teamId, decisionId, async () => {
      const decision = await this.requireDecision(teamId, decisionId);
      const { vote } = await this.readStatus(teamId, decisionId);
      if (!vote?.open) throw new DecisionError(409, 'invalid_state', 'No vote is open');
      const closed = await this.recount(teamId, decisionId, { ...vote, open: false }, null, {
        closedAt: this.now(),
      });
      await recordChange(this.db, {
        decisionId,
        teamId: decision.teamId,
        field: 'vote',
        before: null,
        after: {
          model: closed.model,
          result: closed.tally.reason,
          passes: closed.tally.passes,
          counts: closed.tally.counts,
          voters: closed.voters.map((v) => v.name),
        },
        actorId: facilitator.id,
      });
    });
  }

  /** Moves a decision to another status, by the rules for the caller's role. */
  async changeStatus(
    teamId: string,
    decisionId: string,
    actor: CurrentUser,
    role: TeamRole,
    change: { status: DecisionStatus; supersededBy?: string | undefined },
  ): Promise<void> {
    await this.serialize(teamId, decisionId, async () => {
      const decision = await this.requireDecision(teamId, decisionId);
      const fields = await this.readFields(teamId, decisionId);
      const state = await this.readStatus(teamId, decisionId);
      const to = change.status;
      const problem = statusChangeProblem(role, state.status, to, focusCheckOf(fields));
      if (problem) {
        // Rules about who may do it are refusals; the rest say what is missing.
        const forbidden = /^(Only|A facilitator|Viewers)/.test(problem);
        throw forbidden
          ? new DecisionError(403, 'forbidden', problem)
          : new DecisionError(409, 'invalid_state', problem);
      }
      if (state.status === to) return;

      const next: Partial<DecisionStatusState> = { status: to };
      if (to === 'decided') next.decided = this.decidedRecord(fields?.model ?? null, state, actor);
      if (to === 'proposed' || to === 'revisited') next.decided = null;
      if (to === 'superseded') {
        next.supersededBy = await this.replacement(teamId, decisionId, change.supersededBy);
      } else if (state.supersededBy !== null) {
        next.supersededBy = null;
      }
      await this.writeStatus(teamId, decisionId, next, actor.id);

      const reopened = to === 'proposed' || to === 'revisited';
      if (to === 'decided' || (reopened && state.status !== 'proposed')) {
        await insertAuditEvent(this.db, {
          teamId,
          actorId: actor.id,
          action: to === 'decided' ? 'decision.finalized' : 'decision.reopened',
          details: {
            decisionId,
            title: decision.title,
            ...(next.decided ? { model: next.decided.model, result: next.decided.result } : {}),
          },
        });
      }
    });
  }

  /**
   * Runs a command alone for this decision, on whichever instance it arrives. With other
   * instances, this one's copies of the decision's documents first catch up with Postgres,
   * so the command reads, and writes after, every earlier command's result.
   */
  private serialize<T>(teamId: string, decisionId: string, command: () => Promise<T>) {
    return this.lock.run(`decision:${decisionId}`, async () => {
      if (this.lock.shared) {
        await catchUpDocument(this.db, this.editDocument, decisionDocumentName(teamId, decisionId));
        await catchUpDocument(
          this.db,
          this.editDocument,
          decisionStatusDocumentName(teamId, decisionId),
        );
      }
      return command();
    });
  }

  private decidedRecord(
    model: DecisionModel | null,
    state: DecisionStatusState,
    actor: CurrentUser,
  ): NonNullable<DecisionStatusState['decided']> {
    if (model === null) {
      throw new DecisionError(409, 'invalid_state', 'Choose how the team decides first');
    }
    let result: string;
    if (isVotingModel(model)) {
      const vote = state.vote;
      if (!vote || vote.model !== model) {
        throw new DecisionError(409, 'invalid_state', 'Hold a vote before marking it decided');
      }
      if (vote.open) throw new DecisionError(409, 'invalid_state', 'Close the vote first');
      result = vote.tally.reason;
    } else {
      result = modelResults[model];
    }
    return { at: this.now(), byId: actor.id, byName: actor.name, model, result };
  }

  private async replacement(teamId: string, decisionId: string, by: string | undefined) {
    if (!by || by === decisionId) {
      throw new DecisionError(400, 'invalid_input', 'Choose the decision that replaces this one');
    }
    if (!(await findDecision(this.db, teamId, by))) {
      throw new DecisionError(404, 'decision_not_found', 'No such decision in this team');
    }
    return by;
  }

  /** Recounts the round from the stored ballots and writes the tally into the status document. */
  private async recount(
    teamId: string,
    decisionId: string,
    vote: VoteState,
    actorId: string | null,
    extra: Partial<VoteState> = {},
  ): Promise<VoteState> {
    const rows = await listRoundVotes(this.db, decisionId, vote.round);
    const model = vote.model as VotingModel;
    const ballots = new Map<string, Ballot>();
    for (const row of rows) {
      const ballot = toBallot(model, parseStoredValue(model, row.value));
      if (ballot) ballots.set(row.userId, ballot);
    }
    const next: VoteState = {
      ...vote,
      ...extra,
      tally: tallyVotes(model, ballots),
      voters: rows.map((row) => ({ id: row.userId, name: row.name })),
    };
    await this.writeStatus(teamId, decisionId, { vote: next }, actorId);
    return next;
  }

  private async requireDecision(teamId: string, decisionId: string) {
    const decision = await findDecision(this.db, teamId, decisionId);
    if (!decision) throw new DecisionError(404, 'decision_not_found', 'No such decision');
    return { ...decision, teamId };
  }

  private readFields(teamId: string, decisionId: string) {
    return this.editDocument(decisionDocumentName(teamId, decisionId), readDecisionFields);
  }

  private readStatus(teamId: string, decisionId: string) {
    return this.editDocument(decisionStatusDocumentName(teamId, decisionId), readDecisionStatus);
  }

  private async writeStatus(
    teamId: string,
    decisionId: string,
    fields: Partial<DecisionStatusState>,
    actorId: string | null,
  ) {
    await this.editDocument(
      decisionStatusDocumentName(teamId, decisionId),
      (doc) => writeDecisionStatus(doc, fields),
      actorId,
    );
  }
}

/** Ballots are stored as text; fist-to-five values are numbers. */
function parseStoredValue(model: DecisionModel, value: string): string | number {
  return model === 'fist-to-five' ? Number(value) : value;
}
