import { describe, expect, it } from 'vitest';
import { planOverviewOf } from './planOverview';

const action = (
  id: string,
  ownerId: string,
  ownerName: string | null,
  dueDate: string,
  status: 'not-started' | 'on-track' | 'at-risk' | 'off-track' | 'done',
) => ({ id, strategyId: 's2', task: `Task ${id}`, ownerId, ownerName, dueDate, status });

describe('the plan overview', () => {
  it('counts steps by status and owner, lists the overdue ones, and numbers goals and cycles', () => {
    const overview = planOverviewOf({
      goals: [
        { id: 'g1', indicator: 'Read closely', measure: 'Rubric' },
        { id: 'g2', indicator: 'Explain reasoning', measure: 'Exit tickets' },
      ],
      strategies: [
        { id: 's1', goalId: 'g2' },
        { id: 's2', goalId: 'g2' },
      ],
      actions: [
        action('a1', 'u1', 'Max', '2026-11-30', 'on-track'),
        action('a2', 'u1', 'Max', '2026-12-20', 'at-risk'),
        action('a3', 'u2', null, '2026-11-01', 'off-track'),
        action('a4', 'u2', null, '2026-10-01', 'done'),
      ],
      cycles: [
        {
          id: 'c2',
          goalId: 'g2',
          number: 1,
          changeIdea: 'Turn and talk',
          startDate: null,
          endDate: null,
          outcome: 'adopt',
          closedAt: '2026-11-20T10:00:00.000Z',
          decisionId: 'd1',
        },
        {
          id: 'gone',
          goalId: 'deleted-goal',
          number: 1,
          changeIdea: '',
          startDate: null,
          endDate: null,
          outcome: null,
          closedAt: null,
          decisionId: null,
        },
      ],
      tracker: [],
      today: '2026-12-07',
    });
    expect(overview.actionsByStatus).toEqual({
      'not-started': 0,
      'on-track': 1,
      'at-risk': 1,
      'off-track': 1,
      done: 1,
    });
    expect(overview.owners.map((o) => [o.name, o.overdue, o.byStatus['done']])).toEqual([
      ['A former member', 1, 1],
      ['Max', 1, 0],
    ]);
    expect(overview.overdue.map((o) => [o.id, o.place])).toEqual([
      ['a3', 'Goal 2 · Strategy 2.2'],
      ['a1', 'Goal 2 · Strategy 2.2'],
    ]);
    expect(overview.cycles).toMatchObject([{ id: 'c2', goalNumber: 2, outcome: 'adopt' }]);
    expect(overview.goals.map((g) => [g.number, g.trend, g.suppressed])).toEqual([
      [1, null, false],
      [2, null, false],
    ]);
  });
});
