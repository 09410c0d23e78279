import { describe, expect, it } from 'vitest';
import type { MyRunState } from '../../shared/api/runs';
import type { ProtocolStep } from '../../shared/protocol-runs/protocolSchema';
import type { Board, BoardCard } from '../../shared/protocol-runs/runBoardDoc';
import type { CardView } from './boardView';
import { cardsOfStep, layOutStep, moveForDrop, votesLeft } from './boardView';

const viewer = { id: 'me', name: 'Maya' };
const card = (id: string, extra: Partial<BoardCard> = {}): BoardCard => ({
  id,
  stepId: 's1',
  column: 'Warm',
  text: `card ${id}`,
  author: { id: 'other', name: 'Olu' },
  createdAt: 0,
  groupId: null,
  votes: 0,
  ...extra,
});
const step: ProtocolStep = {
  id: 's1',
  title: 'Feedback',
  minutes: 10,
  prompt: 'p',
  speaking: 'presenter-listens',
  columns: ['Warm', 'Cool'],
  collect: 'private',
};

describe('board view', () => {
  const board: Board = {
    cards: [
      card('a', { votes: 2, groupId: 'g' }),
      card('b', { author: null, column: 'Cool' }),
      card('c', { stepId: 's2' }),
    ],
    groups: [
      { id: 'g', stepId: 's1', title: 'Clarity' },
      { id: 'empty', stepId: 's1', title: 'Nothing here' },
    ],
    normRatings: {},
  };
  const mine: MyRunState = {
    cards: [
      { id: 'b', stepId: 's1', column: 'Cool', text: 'card b', anonymous: true, revealed: true },
      { id: 'd', stepId: 's1', column: 'Cool', text: 'secret', anonymous: false, revealed: false },
    ],
    votes: ['a', 'c'],
    ratings: {},
  };

  it('adds your unrevealed cards to the shared ones and recognises your own', () => {
    const cards = cardsOfStep(board, mine, 's1', viewer);
    expect(cards.map((c) => [c.id, c.isOwn, c.isHidden, c.authorName, c.hasMyVote])).toEqual([
      ['a', false, false, 'Olu', true],
      ['b', true, false, null, false],
      ['d', true, true, 'Maya', false],
    ]);
  });

  it('counts the votes left on a step only', () => {
    const cards = cardsOfStep(board, mine, 's1', viewer);
    expect(votesLeft(cards, 3)).toBe(2);
    expect(votesLeft(cards, 1)).toBe(0);
  });

  it('lays out groups with cards first, then the other cards by column', () => {
    const layout = layOutStep(step, cardsOfStep(board, mine, 's1', viewer), board);
    expect(layout.groups.map((g) => [g.title, g.cards.map((c) => c.id)])).toEqual([
      ['Clarity', ['a']],
    ]);
    expect(layout.columns.map((c) => [c.name, c.cards.map((x) => x.id)])).toEqual([
      ['Warm', []],
      ['Cool', ['b', 'd']],
    ]);
  });

  it('sorts groups and cards by their dots on demand, keeping ties in order', () => {
    const voted: Board = {
      cards: [
        card('x', { votes: 1 }),
        card('y', { votes: 3 }),
        card('z', { votes: 1 }),
        card('g1', { votes: 1, groupId: 'g' }),
        card('h1', { votes: 2, groupId: 'h' }),
        card('h2', { votes: 2, groupId: 'h' }),
      ],
      groups: [
        { id: 'g', stepId: 's1', title: 'Alpha' },
        { id: 'h', stepId: 's1', title: 'Beta' },
      ],
      normRatings: {},
    };
    const cards = cardsOfStep(voted, { cards: [], votes: [], ratings: {} }, 's1', viewer);
    const plain = layOutStep(step, cards, voted);
    expect(plain.groups.map((g) => [g.title, g.votes])).toEqual([
      ['Alpha', 1],
      ['Beta', 4],
    ]);
    expect(plain.columns[0]?.cards.map((c) => c.id)).toEqual(['x', 'y', 'z']);
    const sorted = layOutStep(step, cards, voted, { sortByVotes: true });
    expect(sorted.groups.map((g) => g.title)).toEqual(['Beta', 'Alpha']);
    expect(sorted.columns[0]?.cards.map((c) => c.id)).toEqual(['y', 'x', 'z']);
  });

  it('turns a drop into a group move: new pair, join, or back to the column', () => {
    const view = (id: string, extra: Partial<CardView> = {}): CardView => ({
      id,
      column: 'Warm',
      text: id,
      authorName: null,
      votes: 0,
      groupId: null,
      isOwn: false,
      isHidden: false,
      hasMyVote: false,
      ...extra,
    });
    const loose = view('loose');
    const other = view('other');
    const grouped = view('grouped', { groupId: 'g' });
    const hidden = view('hidden', { isHidden: true });
    const cards = [loose, other, grouped, hidden];
    expect(moveForDrop(loose, { kind: 'card', cardId: 'other' }, cards)).toEqual({
      type: 'new-group',
      cardIds: ['other', 'loose'],
    });
    expect(moveForDrop(loose, { kind: 'card', cardId: 'grouped' }, cards)).toEqual({
      type: 'join',
      groupId: 'g',
      cardId: 'loose',
    });
    expect(moveForDrop(loose, { kind: 'group', groupId: 'g' }, cards)).toEqual({
      type: 'join',
      groupId: 'g',
      cardId: 'loose',
    });
    expect(moveForDrop(grouped, { kind: 'column', column: 'Warm' }, cards)).toEqual({
      type: 'take-out',
      cardId: 'grouped',
    });
    // Drops that change nothing, and cards nobody else can see yet, ask for nothing.
    expect(moveForDrop(loose, { kind: 'card', cardId: 'loose' }, cards)).toBeNull();
    expect(moveForDrop(grouped, { kind: 'group', groupId: 'g' }, cards)).toBeNull();
    expect(moveForDrop(loose, { kind: 'column', column: 'Warm' }, cards)).toBeNull();
    expect(moveForDrop(hidden, { kind: 'card', cardId: 'other' }, cards)).toBeNull();
    expect(moveForDrop(loose, { kind: 'card', cardId: 'hidden' }, cards)).toBeNull();
  });
});
