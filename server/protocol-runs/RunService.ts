import { randomUUID } from 'node:crypto';
import type { Hocuspocus } from '@hocuspocus/server';
import type { Kysely } from 'kysely';
import type * as Y from 'yjs';
import {
  aggregateNormRatings,
  deleteCard,
  deleteEmptyGroups,
  deleteVote,
  findGroup,
  insertCard,
  insertGroup,
  insertRun,
  insertVote,
  listGroupCardIds,
  listGroups,
  listOwnRatings,
  listVotes,
  moveCards,
  renameGroup,
  revealStepCards,
  selectCards,
  updateRunStatus,
  upsertNormRating,
} from '../../db/queries/runs';
import type { Database } from '../../db/schema';
import type { MyRunState, OwnCard, RunCommand } from '../../shared/api/runs';
import type { CurrentUser } from '../../shared/api/auth';
import { runBoardDocumentName, runControlDocumentName } from '../../shared/documents/documentName';
import type { BoardCard, BoardGroup } from '../../shared/protocol-runs/runBoardDoc';
import { writeBoard } from '../../shared/protocol-runs/runBoardDoc';
import {
  type RunControl,
  readRunControl,
  writeRunControl,
} from '../../shared/protocol-runs/runControlDoc';
import type { Protocol } from '../../shared/protocol-runs/protocolSchema';
import { applyTimerCommand, initialTimer, refuseCommand } from '../../shared/protocol-runs/timer';
import type { DurablePersistence } from '../persistence/DurablePersistence';
import { editAsServer } from '../persistence/serverEdit';
import { type ClusterLock, clusterLockFor } from '../scale-out/ClusterLock';
import { catchUpDocument } from '../scale-out/catchUpDocument';
import { readRunDecisionList } from './runDecisionList';

/** A command or contribution that does not apply now (answered 409) or names nothing (404). */
export class RunError extends Error {
  constructor(
    readonly code: 'invalid_state' | 'no_votes_left' | 'item_not_found',
    message: string,
  ) {
    super(message);
  }
}

type CardRow = Awaited<ReturnType<ReturnType<typeof selectCards>['execute']>>[number];

/** A card as the board shows it to everyone: no author for an anonymous card. */
export function toBoardCard(row: CardRow): BoardCard {
  return {
    id: row.id,
    stepId: row.stepId,
    column: row.columnName,
    text: row.text,
    author:
      row.anonymous || !row.authorId ? null : { id: row.authorId, name: row.authorName ?? '' },
    createdAt: row.createdAt.getTime(),
    groupId: row.groupId,
    votes: Number(row.votes ?? 0),
  };
}

/**
 * Protocol runs on the server: the only writer of a run's control and board documents. Each
 * command is checked against the control state, applied with the server's clock, and written
 * through the update log like any change. Commands on one run are handled one at a time,
 * across every server instance.
 */
export class RunService {
  private readonly lock: ClusterLock;
  /** Per run, a decision-list write still waiting for the run's lock (see publishDecisions). */
  private readonly waitingDecisionLists = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly hocuspocus: Hocuspocus,
    private readonly persistence: DurablePersistence,
    private readonly now: () => number = Date.now,
  ) {
    this.lock = clusterLockFor(db);
  }

  async create(
    teamId: string,
    facilitator: CurrentUser,
    run: {
      title: string;
      presenter: string;
      meetingId: string | null;
      votesPerPerson: number;
      /** The improvement cycle whose data the run studies. */
      cycle?: RunControl['cycle'];
    },
    protocol: Protocol,
    norms: RunControl['norms'],
  ): Promise<string> {
    const runId = randomUUID();
    await insertRun(this.db, {
      id: runId,
      teamId,
      meetingId: run.meetingId,
      title: run.title,
      protocolName: protocol.name,
      facilitatorId: facilitator.id,
    });
    await this.edit(runControlDocumentName(teamId, runId), (doc) =>
      writeRunControl(doc, {
        title: run.title,
        protocol,
        presenter: run.presenter,
        facilitator: { id: facilitator.id, name: facilitator.name },
        meetingId: run.meetingId,
        timer: initialTimer,
        visits: [],
        revealedStepIds: [],
        followSeq: 0,
        votesPerPerson: run.votesPerPerson,
        norms,
        artifacts: [],
        decisions: [],
        cycle: run.cycle ?? null,
      }),
    );
    return runId;
  }

  /** The control state of a run. */
  async control(teamId: string, runId: string): Promise<RunControl> {
    const control = await this.edit(runControlDocumentName(teamId, runId), readRunControl);
    if (!control) throw new RunError('item_not_found', 'No such run');
    return control;
  }

  /** Changes the control document directly (server-side bookkeeping such as uploads). */
  async writeControl(teamId: string, runId: string, change: (doc: Y.Doc) => void): Promise<void> {
    await this.serialize(teamId, runId, () =>
      this.edit(runControlDocumentName(teamId, runId), change),
    );
  }

  /**
   * Rewrites the run's decision list (runDecisionList.ts) in its control document from the
   * rows. A call made while another waits for the run's lock joins it, as that one has not
   * read the rows yet: someone typing a decision's title costs a write per turn, not per key.
   */
  publishDecisions(teamId: string, runId: string): Promise<void> {
    const waiting = this.waitingDecisionLists.get(runId);
    if (waiting) return waiting;
    const publish = this.serialize(teamId, runId, async () => {
      this.waitingDecisionLists.delete(runId);
      const decisions = await readRunDecisionList(this.db, runId);
      await this.edit(runControlDocumentName(teamId, runId), (doc) => {
        const shown = readRunControl(doc)?.decisions;
        if (JSON.stringify(shown) !== JSON.stringify(decisions)) {
          writeRunControl(doc, { decisions });
        }
      });
    });
    this.waitingDecisionLists.set(runId, publish);
    const forget = () => {
      if (this.waitingDecisionLists.get(runId) === publish) this.waitingDecisionLists.delete(runId);
    };
    publish.then(forget, forget);
    return publish;
  }

  /** Applies a facilitator's command with the server's clock. */
  async command(teamId: string, runId: string, command: RunCommand): Promise<void> {
    await this.serialize(teamId, runId, async () => {
      const control = await this.control(teamId, runId);
      const name = runControlDocumentName(teamId, runId);
      if (command.type === 'follow-me') {
        await this.edit(name, (doc) => writeRunControl(doc, { followSeq: control.followSeq + 1 }));
        return;
      }
      if (command.type === 'reveal') {
        const step = control.protocol.steps.find((s) => s.id === command.stepId);
        if (!step) throw new RunError('invalid_state', 'This protocol has no such step');
        await revealStepCards(this.db, runId, step.id);
        await this.publishCards(teamId, runId, { stepId: step.id });
        const revealed = [...new Set([...control.revealedStepIds, step.id])];
        await this.edit(name, (doc) => writeRunControl(doc, { revealedStepIds: revealed }));
        return;
      }
      const refusal = refuseCommand(control.timer, command, control.protocol.steps.length);
      if (refusal) throw new RunError('invalid_state', refusal);
      const { timer, visit } = applyTimerCommand(
        control.timer,
        command,
        control.protocol.steps,
        this.now(),
      );
      const visits = visit ? [...control.visits, visit] : control.visits;
      await this.edit(name, (doc) => writeRunControl(doc, { timer, visits }));
      await updateRunStatus(this.db, runId, timer.status);
    });
  }

  /** Adds a card to the current step; a private step keeps it from others until revealed. */
  async addCard(
    teamId: string,
    runId: string,
    author: CurrentUser,
    input: { stepId: string; column: string; text: string; anonymous: boolean },
  ): Promise<OwnCard> {
    return this.serialize(teamId, runId, async () => {
      const control = await this.control(teamId, runId);
      const { timer, protocol } = control;
      const step = protocol.steps[timer.stepIndex];
      if (timer.status !== 'running' && timer.status !== 'paused') {
        throw new RunError('invalid_state', 'Cards can be added while the run is in progress');
      }
      if (!step || step.id !== input.stepId) {
        throw new RunError('invalid_state', 'Cards go on the current step');
      }
      if (!step.columns.includes(input.column)) {
        throw new RunError('invalid_state', `This step has no column "${input.column}"`);
      }
      const revealed = step.collect === 'open' || control.revealedStepIds.includes(step.id);
      const id = randomUUID();
      await insertCard(this.db, {
        id,
        runId,
        teamId,
        stepId: step.id,
        columnName: input.column,
        text: input.text,
        authorId: author.id,
        anonymous: input.anonymous,
        revealed,
      });
      if (revealed) await this.publishCards(teamId, runId, { cardIds: [id] });
      return {
        id,
        stepId: step.id,
        column: input.column,
        text: input.text,
        anonymous: input.anonymous,
        revealed,
      };
    });
  }

  /** Removes a card: its author's own, or any card for the facilitator. */
  async removeCard(
    teamId: string,
    runId: string,
    cardId: string,
    user: CurrentUser,
    canFacilitate: boolean,
  ) {
    await this.serialize(teamId, runId, async () => {
      const row = await selectCards(this.db, runId)
        .where('runCards.id', '=', cardId)
        .executeTakeFirst();
      if (!row || (row.authorId !== user.id && !canFacilitate)) {
        throw new RunError('item_not_found', 'No such card of yours');
      }
      await deleteCard(this.db, runId, cardId);
      await this.edit(runBoardDocumentName(teamId, runId), (doc) =>
        writeBoard(doc, { removeCardIds: [cardId] }),
      );
    });
  }

  /** Gives or withdraws one dot; a person has `votesPerPerson` dots per step, one per card. */
  async vote(
    teamId: string,
    runId: string,
    user: CurrentUser,
    cardId: string,
    on: boolean,
  ): Promise<string[]> {
    return this.serialize(teamId, runId, async () => {
      const control = await this.control(teamId, runId);
      const card = await selectCards(this.db, runId)
        .where('runCards.id', '=', cardId)
        .executeTakeFirst();
      if (!card || !card.revealed)
        throw new RunError('item_not_found', 'No such card on the board');
      if (on) {
        const mine = await listVotes(this.db, runId, user.id);
        const inStep = mine.filter((v) => v.stepId === card.stepId && v.cardId !== cardId);
        if (inStep.length >= control.votesPerPerson) {
          throw new RunError(
            'no_votes_left',
            `You have used your ${control.votesPerPerson} votes in this step`,
          );
        }
        await insertVote(this.db, { cardId, userId: user.id, runId, teamId, stepId: card.stepId });
      } else {
        await deleteVote(this.db, cardId, user.id);
      }
      await this.publishCards(teamId, runId, { cardIds: [cardId] });
      return (await listVotes(this.db, runId, user.id)).map((v) => v.cardId);
    });
  }

  /**
   * Groups revealed cards of one step under a new title (affinity mapping: a card dropped on
   * another makes a group of the two). Cards leave any group they were in.
   */
  async group(
    teamId: string,
    runId: string,
    input: { stepId: string; title: string; cardIds: string[] },
  ) {
    return this.serialize(teamId, runId, async () => {
      const id = randomUUID();
      const group = { id, stepId: input.stepId, title: input.title };
      await insertGroup(this.db, { ...group, runId, teamId });
      const move = await moveCards(this.db, {
        runId,
        stepId: input.stepId,
        groupId: id,
        cardIds: input.cardIds,
      });
      if (move.moved.length === 0) {
        await deleteEmptyGroups(this.db, runId, [id]);
        throw new RunError('invalid_state', 'None of those cards are on this step');
      }
      await this.publishMove(teamId, runId, move, [group]);
      return id;
    });
  }

  /** Moves revealed cards of a group's step into it, out of any other group. */
  async moveToGroup(teamId: string, runId: string, groupId: string, cardIds: string[]) {
    await this.serialize(teamId, runId, async () => {
      const group = await this.groupOf(runId, groupId);
      const move = await moveCards(this.db, {
        runId,
        stepId: group.stepId,
        groupId,
        cardIds,
      });
      if (move.moved.length === 0) {
        throw new RunError('invalid_state', 'None of those cards are on the group’s step');
      }
      await this.publishMove(teamId, runId, move);
    });
  }

  /** Takes a card out of its group, back to its column; a group left empty goes. */
  async ungroupCard(teamId: string, runId: string, cardId: string) {
    await this.serialize(teamId, runId, async () => {
      const card = await selectCards(this.db, runId)
        .where('runCards.id', '=', cardId)
        .where('runCards.revealed', '=', true)
        .executeTakeFirst();
      if (!card) throw new RunError('item_not_found', 'No such card on the board');
      const move = await moveCards(this.db, {
        runId,
        stepId: card.stepId,
        groupId: null,
        cardIds: [cardId],
      });
      await this.publishMove(teamId, runId, move);
    });
  }

  /** Renames a group. */
  async renameGroup(teamId: string, runId: string, groupId: string, title: string) {
    await this.serialize(teamId, runId, async () => {
      const group = await this.groupOf(runId, groupId);
      await renameGroup(this.db, runId, groupId, title);
      await this.edit(runBoardDocumentName(teamId, runId), (doc) =>
        writeBoard(doc, { groups: [{ ...group, title }] }),
      );
    });
  }

  /** Dissolves a group: its cards go back to their columns. */
  async ungroup(teamId: string, runId: string, groupId: string) {
    await this.serialize(teamId, runId, async () => {
      const group = await this.groupOf(runId, groupId);
      const cardIds = await listGroupCardIds(this.db, runId, groupId);
      const move = await moveCards(this.db, {
        runId,
        stepId: group.stepId,
        groupId: null,
        cardIds,
      });
      await this.publishMove(teamId, runId, { ...move, leftGroupIds: [groupId] });
    });
  }

  private async groupOf(runId: string, groupId: string) {
    const group = await findGroup(this.db, runId, groupId);
    if (!group) throw new RunError('item_not_found', 'No such group on the board');
    return group;
  }

  /** Publishes moved cards and new groups, and removes the groups the move left empty. */
  private async publishMove(
    teamId: string,
    runId: string,
    move: { moved: string[]; leftGroupIds: string[] },
    groups: BoardGroup[] = [],
  ) {
    const removeGroupIds = await deleteEmptyGroups(this.db, runId, move.leftGroupIds);
    const rows =
      move.moved.length === 0
        ? []
        : await selectCards(this.db, runId).where('runCards.id', 'in', move.moved).execute();
    // One change, so no device sees a card in a group that is not there yet.
    await this.edit(runBoardDocumentName(teamId, runId), (doc) =>
      writeBoard(doc, { cards: rows.map(toBoardCard), groups, removeGroupIds }),
    );
  }

  /** Records a person's rating of a norm and publishes the averages. */
  async rate(teamId: string, runId: string, user: CurrentUser, normId: string, rating: number) {
    await this.serialize(teamId, runId, async () => {
      const control = await this.control(teamId, runId);
      if (!control.norms.some((n) => n.id === normId))
        throw new RunError('item_not_found', 'No such norm in this run');
      await upsertNormRating(this.db, { runId, teamId, normId, userId: user.id, rating });
      const totals = await aggregateNormRatings(this.db, runId);
      const normRatings = Object.fromEntries(
        totals.map((t) => [t.normId, { count: Number(t.count), total: Number(t.total) }]),
      );
      await this.edit(runBoardDocumentName(teamId, runId), (doc) =>
        writeBoard(doc, { normRatings }),
      );
    });
  }

  /** A person's own cards (revealed or not), votes and ratings. */
  async mine(runId: string, user: CurrentUser): Promise<MyRunState> {
    const cards = await selectCards(this.db, runId)
      .where('runCards.authorId', '=', user.id)
      .execute();
    const votes = await listVotes(this.db, runId, user.id);
    const ratings = await listOwnRatings(this.db, runId, user.id);
    return {
      cards: cards.map((c) => ({
        id: c.id,
        stepId: c.stepId,
        column: c.columnName,
        text: c.text,
        anonymous: c.anonymous,
        revealed: c.revealed,
      })),
      votes: votes.map((v) => v.cardId),
      ratings: Object.fromEntries(ratings.map((r) => [r.normId, r.rating])),
    };
  }

  /** Every revealed card and the groups, for the summary. */
  async revealedCards(runId: string) {
    const cards = await selectCards(this.db, runId)
      .where('runCards.revealed', '=', true)
      .orderBy('runCards.createdAt')
      .execute();
    return { cards: cards.map(toBoardCard), groups: await listGroups(this.db, runId) };
  }

  /** Writes the current rows of the given revealed cards (or a step's) to the board. */
  private async publishCards(
    teamId: string,
    runId: string,
    which: { cardIds: string[] } | { stepId: string },
  ) {
    let query = selectCards(this.db, runId).where('runCards.revealed', '=', true);
    if ('stepId' in which) query = query.where('runCards.stepId', '=', which.stepId);
    else if (which.cardIds.length === 0) return;
    else query = query.where('runCards.id', 'in', which.cardIds);
    const rows = await query.execute();
    if (rows.length === 0) return;
    await this.edit(runBoardDocumentName(teamId, runId), (doc) =>
      writeBoard(doc, { cards: rows.map(toBoardCard) }),
    );
  }

  private edit<T>(documentName: string, change: (doc: Y.Doc) => T): Promise<T> {
    return editAsServer(this.hocuspocus, this.persistence, documentName, change);
  }

  /**
   * Runs a command alone for this run, on whichever instance it arrives. With other
   * instances, this one's copies of the run's documents first catch up with Postgres (see
   * catchUpDocument), so a command never writes over a newer state it has not seen.
   */
  private serialize<T>(teamId: string, runId: string, task: () => Promise<T>): Promise<T> {
    return this.lock.run(`run:${runId}`, async () => {
      if (this.lock.shared) {
        const edit = <R>(name: string, change: (doc: Y.Doc) => R) => this.edit(name, change);
        await catchUpDocument(this.db, edit, runControlDocumentName(teamId, runId));
        await catchUpDocument(this.db, edit, runBoardDocumentName(teamId, runId));
      }
      return task();
    });
  }
}
