import { expect } from 'vitest';
import { workPlanDocumentName } from '../../shared/documents/documentName';
import { type Goal, goals, readPlanFields, strategies } from '../../shared/plans/planDoc';
import type { TestServer } from './useTestServer';

/** A goal as plan tests write it: an indicator for a group, measured from 32 to 60. */
export const sampleGoal: Omit<Goal, 'id'> = {
  indicator: 'Students explain their reasoning in writing',
  students: 'Grade 4 multilingual learners',
  measure: 'Share scoring 3+ on the reasoning rubric',
  baselineValue: 32,
  baselineDate: '2026-09-15',
  targetValue: 60,
  targetDate: '2027-05-30',
  groupSize: null,
  why: 'Fall writing samples showed claims without reasons',
  evidence: [],
  copiedFingerprint: null,
};

/** Starts the plan of a school year as the team's facilitator; returns its id. */
export async function startPlan(fixture: TestServer, schoolYear: number): Promise<string> {
  const created = await fixture.teamApi('POST', '/plans', fixture.team.facilitator, {
    schoolYear,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return (created.body as { planId: string }).planId;
}

/**
 * A goal (sampleGoal with `goal`'s changes) and a strategy under it, co-written by a member's
 * device and stored before it returns, with the device to write more.
 */
export async function writeGoalAndStrategy(
  fixture: TestServer,
  planId: string,
  goal: Partial<Omit<Goal, 'id'>> = {},
) {
  const editor = await fixture.connect(
    workPlanDocumentName(fixture.team.teamId, planId),
    fixture.team.member,
  );
  await editor.until((doc) => readPlanFields(doc) !== null);
  const goalId = goals.add(editor.doc, { ...sampleGoal, ...goal });
  const strategyId = strategies.add(editor.doc, {
    goalId,
    practiceIf: 'we model reasoning with sentence frames in every content block',
    practiceThen: 'students will write reasons for their claims',
    rootCause: 'Reasoning is rarely modelled outside ELA',
    learning: 'Coaching cycles on sentence frames',
    learningFor: 'Grade 4 team',
    learningWhen: 'October and January',
    copiedFingerprint: null,
  });
  await editor.acknowledged();
  return { editor, goalId, strategyId };
}
