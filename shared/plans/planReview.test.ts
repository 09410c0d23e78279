import { describe, expect, it } from 'vitest';
import type { PlanAction } from './planDoc';
import { actionsToReview, reviewReason } from './planReview';

const action = (id: string, dueDate: string, status: PlanAction['status']): PlanAction => ({
  id,
  strategyId: 's1',
  task: `Task ${id}`,
  ownerId: '00000000-0000-4000-8000-000000000001',
  dueDate,
  status,
  completionEvidence: '',
  copiedFingerprint: null,
});

describe('the plan review', () => {
  const today = '2026-12-07';

  it('walks overdue steps first, then those at risk, off track or due within two weeks', () => {
    const actions = [
      action('later', '2027-03-01', 'on-track'),
      action('soon', '2026-12-15', 'not-started'),
      action('risky', '2027-02-01', 'at-risk'),
      action('late', '2026-12-01', 'on-track'),
      action('done', '2026-11-01', 'done'),
      action('edge', '2026-12-21', 'on-track'),
      action('off', '2026-12-10', 'off-track'),
    ];
    expect(actionsToReview(actions, today)).toEqual(['late', 'off', 'soon', 'edge', 'risky']);
  });

  it('says why each step is in it', () => {
    expect(reviewReason(action('a', '2026-12-06', 'at-risk'), today)).toBe('overdue');
    expect(reviewReason(action('a', '2027-01-30', 'off-track'), today)).toBe('off-track');
    expect(reviewReason(action('a', '2026-12-07', 'not-started'), today)).toBe('due-soon');
    expect(reviewReason(action('a', '2026-12-22', 'on-track'), today)).toBeNull();
    expect(reviewReason(action('a', '2026-12-01', 'done'), today)).toBeNull();
  });
});
