import { describe, expect, it } from 'vitest';
import {
  choiceOf,
  currentPlanOf,
  planLinkChoices,
  planLinkName,
  planLinkOf,
  strategyName,
} from './planLinkChoices';

const strategy = (id: string, goalId: string, practiceIf: string) => ({
  id,
  goalId,
  practiceIf,
  practiceThen: 'students explain',
});

const plan = {
  id: 'plan-1',
  goals: [
    { id: 'g1', indicator: 'Students explain their reasoning' },
    { id: 'g2', indicator: '  ' },
  ],
  strategies: [
    strategy('s1', 'g1', 'model reasoning'),
    strategy('s2', 'g2', 'use frames'),
    strategy('s3', 'g2', 'pair talk'),
  ],
} as unknown as Parameters<typeof planLinkName>[0];

describe('plan link choices', () => {
  it('picks this school year’s plan, else the latest', () => {
    const plans = [
      { id: 'b', schoolYear: 2027, copiedFrom: null, archivedAt: null },
      { id: 'a', schoolYear: 2026, copiedFrom: null, archivedAt: null },
    ];
    expect(currentPlanOf({ plans, currentSchoolYear: 2026 })?.id).toBe('a');
    expect(currentPlanOf({ plans, currentSchoolYear: 2030 })?.id).toBe('b');
    expect(currentPlanOf({ plans: [], currentSchoolYear: 2026 })).toBeUndefined();
  });

  it('names goals and strategies as the plan numbers them', () => {
    const link = { planId: 'plan-1', goalId: 'g1', strategyId: null };
    expect(planLinkName(plan, link)).toBe('Goal 1: Students explain their reasoning');
    expect(planLinkName(plan, { ...link, goalId: 'g2' })).toBe('Goal 2');
    expect(planLinkName(plan, { ...link, goalId: 'g2', strategyId: 's3' })).toBe(
      'Goal 2 · Strategy 2.2: If we pair talk then students explain',
    );
    expect(strategyName(plan, 's2')).toBe('Strategy 2.1: If we use frames then students explain');
  });

  it('says nothing of a goal, strategy or plan it no longer has', () => {
    const link = { planId: 'plan-1', goalId: 'gone', strategyId: null };
    expect(planLinkName(plan, link)).toBeNull();
    expect(planLinkName(plan, { ...link, goalId: 'g1', strategyId: 'gone' })).toBeNull();
    expect(planLinkName(plan, { ...link, planId: 'other', goalId: 'g1' })).toBeNull();
  });

  it('lists each goal followed by its strategies, after "not tied"', () => {
    expect(planLinkChoices(plan)).toEqual([
      { value: '', label: 'Not tied to the work plan' },
      { value: 'g1', label: 'Goal 1: Students explain their reasoning' },
      {
        value: 'g1/s1',
        label: 'Goal 1 · Strategy 1.1: If we model reasoning then students explain',
      },
      { value: 'g2', label: 'Goal 2' },
      { value: 'g2/s2', label: 'Goal 2 · Strategy 2.1: If we use frames then students explain' },
      { value: 'g2/s3', label: 'Goal 2 · Strategy 2.2: If we pair talk then students explain' },
    ]);
  });

  it('keeps a stored link the plan no longer has as a choice', () => {
    const gone = { planId: 'plan-1', goalId: 'g1', strategyId: 'gone' };
    expect(planLinkChoices(plan, gone)[1]).toEqual({
      value: 'g1/gone',
      label: 'A goal or strategy no longer in this plan',
    });
  });

  it('turns a choice back into the link it stands for', () => {
    for (const link of [
      { planId: 'plan-1', goalId: 'g1', strategyId: null },
      { planId: 'plan-1', goalId: 'g2', strategyId: 's3' },
    ]) {
      expect(planLinkOf(plan, choiceOf(link))).toEqual(link);
    }
    expect(choiceOf(null)).toBe('');
    expect(planLinkOf(plan, '')).toBeNull();
    expect(planLinkOf(plan, 'g1/s3')).toBeNull();
  });
});
