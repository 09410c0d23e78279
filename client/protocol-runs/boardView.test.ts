import { describe, expect, it } from 'vitest';
import type { MyRunState } from '../../shared/api/runs';
import type { ProtocolStep } from '../../shared/protocol-runs/protocolSchema';
import type { Board, BoardCard } from '../../shared/protocol-runs/runBoardDoc';
import { cardsOfStep, layOutStep, votesLeft } from './boardView';

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
});
