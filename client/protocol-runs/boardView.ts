import type { MyRunState } from '../../shared/api/runs';
import type { ProtocolStep } from '../../shared/protocol-runs/protocolSchema';
import type { Board } from '../../shared/protocol-runs/runBoardDoc';

/** A card as one person sees it on the board. */
export interface CardView {
  id: string;
  column: string;
  text: string;
  /** Null for an anonymous card. */
  authorName: string | null;
  votes: number;
  groupId: string | null;
  /** This person wrote it (they may remove it). */
  isOwn: boolean;
  /** A privately collected card not yet revealed: only its author sees it. */
  isHidden: boolean;
  /** This person put one of their dots on it. */
  hasMyVote: boolean;
}

/** Who is looking: their id and name, to recognise and label their own cards. */
export interface Viewer {
  id: string;
  name: string;
}

/**
 * The cards of one step for this person: the shared board's, plus their own cards that the
 * facilitator has not yet revealed (the board does not carry those), oldest first.
 */
export function cardsOfStep(
  board: Board,
  mine: MyRunState,
  stepId: string,
  viewer: Viewer,
): CardView[] {
  const ownIds = new Set(mine.cards.map((card) => card.id));
  const voted = new Set(mine.votes);
  const shared: CardView[] = board.cards
    .filter((card) => card.stepId === stepId)
    .map((card) => ({
      id: card.id,
      column: card.column,
      text: card.text,
      authorName: card.author?.name ?? null,
      votes: card.votes,
      groupId: card.groupId,
      isOwn: ownIds.has(card.id) || card.author?.id === viewer.id,
      isHidden: false,
      hasMyVote: voted.has(card.id),
    }));
  const sharedIds = new Set(shared.map((card) => card.id));
  const hidden: CardView[] = mine.cards
    .filter((card) => card.stepId === stepId && !card.revealed && !sharedIds.has(card.id))
    .map((card) => ({
      id: card.id,
      column: card.column,
      text: card.text,
      authorName: card.anonymous ? null : viewer.name,
      votes: 0,
      groupId: null,
      isOwn: true,
      isHidden: true,
      hasMyVote: false,
    }));
  return [...shared, ...hidden];
}

/** Dots this person has left on a step: the allowance minus their votes on its cards. */
export function votesLeft(cards: readonly CardView[], perPerson: number): number {
  const used = cards.filter((card) => card.hasMyVote).length;
  return Math.max(0, perPerson - used);
}

export interface CardGroupView {
  id: string;
  title: string;
  cards: CardView[];
  /** The dots on its cards, together. */
  votes: number;
}

/** A step's board laid out: its groups (with their cards), then its columns' other cards. */
export interface StepLayout {
  groups: CardGroupView[];
  columns: { name: string; cards: CardView[] }[];
}

/** Most dots first; cards with as many dots keep their order (oldest first). */
function byVotes<T extends { votes: number }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.votes - a.item.votes || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * Lays out one step's cards: its groups (in name order, or most dots first when sorted by
 * votes) and the columns' ungrouped cards (oldest first, or most dots first).
 */
export function layOutStep(
  step: ProtocolStep,
  cards: readonly CardView[],
  board: Board,
  options: { sortByVotes?: boolean } = {},
): StepLayout {
  const order = options.sortByVotes ? byVotes : <T>(items: readonly T[]) => [...items];
  const groups = board.groups
    .filter((group) => group.stepId === step.id)
    .map((group) => {
      const inGroup = cards.filter((card) => card.groupId === group.id);
      return {
        id: group.id,
        title: group.title,
        cards: order(inGroup),
        votes: inGroup.reduce((sum, card) => sum + card.votes, 0),
      };
    })
    .filter((group) => group.cards.length > 0);
  const grouped = new Set(groups.flatMap((group) => group.cards.map((card) => card.id)));
  const names = [...new Set([...step.columns, ...cards.map((card) => card.column)])];
  const columns = names.map((name) => ({
    name,
    cards: order(cards.filter((card) => card.column === name && !grouped.has(card.id))),
  }));
  return { groups: order(groups), columns };
}

/** Where a dragged card was dropped: on a card, a group, or a column's open space. */
export type DropTarget =
  | { kind: 'card'; cardId: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'column'; column: string };

/** What a drop asks the server to do. */
export type BoardMove =
  | { type: 'new-group'; cardIds: string[] }
  | { type: 'join'; groupId: string; cardId: string }
  | { type: 'take-out'; cardId: string };

/**
 * Affinity mapping: a card dropped on another card joins that card's group, or makes a new
 * group of the two; dropped on a group it joins the group; dropped on a column's open space
 * it leaves its group. Cards only the author sees yet are never grouped.
 */
export function moveForDrop(
  dragged: CardView,
  target: DropTarget,
  cards: readonly CardView[],
): BoardMove | null {
  if (dragged.isHidden) return null;
  switch (target.kind) {
    case 'card': {
      const onto = cards.find((card) => card.id === target.cardId);
      if (!onto || onto.id === dragged.id || onto.isHidden) return null;
      if (onto.groupId) {
        return onto.groupId === dragged.groupId
          ? null
          : { type: 'join', groupId: onto.groupId, cardId: dragged.id };
      }
      return { type: 'new-group', cardIds: [onto.id, dragged.id] };
    }
    case 'group':
      return target.groupId === dragged.groupId
        ? null
        : { type: 'join', groupId: target.groupId, cardId: dragged.id };
    case 'column':
      return dragged.groupId ? { type: 'take-out', cardId: dragged.id } : null;
  }
}
