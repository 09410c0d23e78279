import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actions, copyPlanForward, goals, isCopied, readPlanContent, strategies } from './planDoc';
import { schoolYearLabel, schoolYearOf, shiftYears } from './planRules';

describe('school years', () => {
  it('starts in July and is named by both calendar years', () => {
    expect(schoolYearOf('2026-06-30')).toBe(2025);
    expect(schoolYearOf('2026-07-01')).toBe(2026);
    expect(schoolYearOf('2027-01-15')).toBe(2026);
    expect(schoolYearLabel(2026)).toBe('2026–27');
    expect(schoolYearLabel(2099)).toBe('2099–00');
  });

  it('moves a date on by years, keeping the end of February', () => {
    expect(shiftYears('2027-10-15', 1)).toBe('2028-10-15');
    expect(shiftYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(shiftYears('2027-02-28', 1)).toBe('2028-02-28');
  });
});

describe('a plan copied forward', () => {
  function lastYearsPlan() {
    const doc = new Y.Doc();
    const goalId = goals.add(doc, {
      indicator: 'Students read fluently',
      students: 'Grade 2',
      measure: 'Words correct per minute',
      baselineValue: 40,
      baselineDate: '2025-09-20',
      targetValue: 70,
      targetDate: '2026-05-20',
      groupSize: null,
      why: 'Fall screening',
      evidence: [],
      copiedFingerprint: null,
    });
    const strategyId = strategies.add(doc, {
      goalId,
      practiceIf: 'we run daily fluency routines',
      practiceThen: 'students read with more accuracy',
      rootCause: '',
      learning: '',
      learningFor: '',
      learningWhen: '',
      copiedFingerprint: null,
    });
    // A strategy whose goal is gone is not copied.
    strategies.add(doc, {
      goalId: 'deleted-goal',
      practiceIf: 'orphan',
      practiceThen: '',
      rootCause: '',
      learning: '',
      learningFor: '',
      learningWhen: '',
      copiedFingerprint: null,
    });
    const action = {
      id: 'a1',
      strategyId,
      task: 'Train aides',
      ownerId: '0c0e5f4e-3f5e-4c1e-9f57-5b7a1f0d2c11',
      dueDate: '2025-10-01',
      status: 'done' as const,
      completionEvidence: 'Sign-in sheet',
      copiedFingerprint: null,
    };
    return { ...readPlanContent(doc), actions: [action] };
  }

  it('gives every item a new id, keeps links between them, and marks each as copied', () => {
    let n = 0;
    const copied = copyPlanForward(lastYearsPlan(), 1, () => `new-${++n}`);
    expect(copied.goals).toHaveLength(1);
    expect(copied.strategies).toHaveLength(1);
    const [goal] = copied.goals;
    const [strategy] = copied.strategies;
    const [action] = copied.actions;
    expect(goal?.id).toMatch(/^new-/);
    expect(strategy?.goalId).toBe(goal?.id);
    expect(action?.strategyId).toBe(strategy?.id);
    expect(goal?.baselineDate).toBe('2026-09-20');
    expect(action).toMatchObject({
      dueDate: '2026-10-01',
      status: 'not-started',
      completionEvidence: '',
    });
    expect(goal && isCopied('goal', goal)).toBe(true);
    expect(strategy && isCopied('strategy', strategy)).toBe(true);
    expect(action && isCopied('action', action)).toBe(true);
  });

  it('stops marking an item copied once its content is edited, not when its progress moves', () => {
    const copied = copyPlanForward(lastYearsPlan(), 1);
    const goal = copied.goals[0];
    const action = copied.actions[0];
    if (!goal || !action) throw new Error('nothing copied');
    expect(isCopied('goal', { ...goal, targetValue: 75 })).toBe(false);
    expect(isCopied('goal', { ...goal, groupSize: 24 })).toBe(false);
    expect(isCopied('action', { ...action, status: 'on-track' })).toBe(true);
    expect(isCopied('action', { ...action, dueDate: '2026-11-01' })).toBe(false);
    // Written into a document and read back, the marks survive.
    const doc = new Y.Doc();
    actions.add(doc, action);
    expect(isCopied('action', actions.read(doc)[0] ?? action)).toBe(true);
  });

  it('keeps the mark of a goal copied before goals had a group size', () => {
    const goal = copyPlanForward(lastYearsPlan(), 1).goals[0];
    if (!goal) throw new Error('nothing copied');
    // The goal as an earlier version wrote it: no group size in the document at all.
    const doc = new Y.Doc();
    goals.add(doc, goal);
    doc.getArray<Y.Map<unknown>>('goals').get(0).delete('groupSize');
    const read = goals.read(doc)[0];
    expect(read?.groupSize).toBeNull();
    expect(read && isCopied('goal', read)).toBe(true);
  });
});
