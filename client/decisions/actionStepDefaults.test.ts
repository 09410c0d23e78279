import { describe, expect, it } from 'vitest';
import { actionStepDefaults } from './actionStepDefaults';

const plan = {
  id: 'plan-1',
  strategies: [
    { id: 's1', goalId: 'g1' },
    { id: 's2', goalId: 'g2' },
    { id: 's3', goalId: 'g2' },
  ],
} as unknown as Parameters<typeof actionStepDefaults>[1];
const members = [
  { userId: 'u-pat', name: 'Pat Lee' },
  { userId: 'u-max', name: 'Max' },
];
const item = { owner: '', dueDate: null };

describe('action step defaults', () => {
  it('starts from the linked strategy, else its goal’s first, else the plan’s first', () => {
    const link = { planId: 'plan-1', goalId: 'g2', strategyId: 's3' };
    expect(actionStepDefaults(item, plan, members, link).strategyId).toBe('s3');
    expect(actionStepDefaults(item, plan, members, { ...link, strategyId: null }).strategyId).toBe(
      's2',
    );
    expect(actionStepDefaults(item, plan, members, null).strategyId).toBe('s1');
    // A link to another year's plan says nothing about this one.
    expect(actionStepDefaults(item, plan, members, { ...link, planId: 'plan-0' }).strategyId).toBe(
      's1',
    );
  });

  it('takes the member named as the owner, and the due date', () => {
    const draft = actionStepDefaults(
      { owner: ' pat lee ', dueDate: '2027-03-15' },
      plan,
      members,
      null,
    );
    expect(draft).toEqual({ strategyId: 's1', ownerId: 'u-pat', dueDate: '2027-03-15' });
  });

  it('leaves the owner to choose when the name is no member’s', () => {
    expect(actionStepDefaults({ owner: 'Pat', dueDate: null }, plan, members, null)).toEqual({
      strategyId: 's1',
      ownerId: '',
      dueDate: '',
    });
  });
});
