import { describe, expect, it } from 'vitest';
import { type FieldThread, readThread } from '../../shared/comments/commentsDoc';
import {
  commentsDocumentName,
  cycleDocumentName,
  workPlanDocumentName,
} from '../../shared/documents/documentName';
import {
  cycleCommentPath,
  measureCommentPath,
  planCommentPath,
} from '../../shared/plans/commentPaths';
import { measures, readCycleFields, writeCycleFields } from '../../shared/plans/cycleDoc';
import { startPlan, writeGoalAndStrategy } from '../testing/planFixture';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';

const errorOf = (body: unknown) => (body as { error: { code: string; message: string } }).error;

describe.each(availableBackends())(
  'comments on plain fields of plans and cycles on %s',
  (backend) => {
    const fixture = useTestServer({ backend });
    const api = fixture.teamApi;
    const team = () => fixture.team.teamId;
    let nextYear = 2060;

    /** A plan of its own school year with one goal whose "why" a member wrote. */
    async function planWithGoal() {
      const planId = await startPlan(fixture, nextYear++);
      const { goalId } = await writeGoalAndStrategy(fixture, planId, {
        students: 'Grade 4',
        why: 'Only a third of written answers gave a reason last spring.',
      });
      return { planId, goalId, name: workPlanDocumentName(team(), planId) };
    }

    it('threads a goal’s why: start, reply, resolve; refuses bad paths and viewers', async () => {
      const { planId, goalId, name } = await planWithGoal();
      const commentsName = commentsDocumentName({ kind: 'work-plan', teamId: team(), planId });
      const reader = await fixture.connect(commentsName, fixture.team.viewer);
      const path = planCommentPath('goals', goalId, 'why');

      const started = await api('POST', '/comments', fixture.team.member, {
        document: name,
        path,
        text: 'Which test was that?',
      });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      const { threadId } = started.body as { threadId: string };
      await reader.until((doc) => readThread(doc, threadId) !== null);
      expect(readThread(reader.doc, threadId)).toEqual({
        id: threadId,
        field: 'why',
        path,
        quote: 'Only a third of written answers gave a reason last spring.',
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
        comments: [
          {
            id: expect.any(String),
            authorId: fixture.team.member.id,
            authorName: 'Member Max',
            text: 'Which test was that?',
            createdAt: expect.any(Number),
          },
        ],
      });

      const reply = await api('POST', `/comments/${threadId}/replies`, fixture.team.facilitator, {
        document: name,
        text: 'The spring writing benchmark.',
      });
      expect(reply.status).toBe(201);
      const resolve = await api('POST', `/comments/${threadId}/resolve`, fixture.team.principal, {
        document: name,
        resolved: true,
      });
      expect(resolve.status).toBe(204);
      await reader.until((doc) => readThread(doc, threadId)?.resolved === true);
      const resolved = readThread(reader.doc, threadId) as FieldThread;
      expect(resolved.comments.map((comment) => comment.authorName)).toEqual([
        'Member Max',
        'Facilitator Fay',
      ]);
      expect(resolved.resolvedBy).toEqual({ id: fixture.team.principal.id, name: 'Principal Pat' });

      const valid = { document: name, path, text: 'Another thought' };
      const refusals: [unknown, number][] = [
        [{ ...valid, path: planCommentPath('goals', crypto.randomUUID(), 'why') }, 400],
        [{ ...valid, path: `goals/${goalId}/baselineValue` }, 400],
        [{ ...valid, path: `goals/${goalId}/evidence` }, 400],
        [{ ...valid, path: `goals/${goalId}/why/extra` }, 400],
        [{ ...valid, path: `actions/${goalId}/task` }, 400],
        [{ ...valid, path: 'cycle/problemOfPractice' }, 400],
        [{ ...valid, path: '' }, 400],
        [{ ...valid, quote: 'made up' }, 400],
        [{ ...valid, field: 'why' }, 400],
        [{ ...valid, text: '   ' }, 400],
        [{ ...valid, document: workPlanDocumentName(team(), crypto.randomUUID()) }, 404],
      ];
      for (const [body, status] of refusals) {
        const response = await api('POST', '/comments', fixture.team.member, body);
        expect(response.status, JSON.stringify(body)).toBe(status);
      }
      const byViewer = await api('POST', '/comments', fixture.team.viewer, valid);
      expect(byViewer.status).toBe(403);
    });

    it("threads a cycle's problem of practice and a measure's name", async () => {
      const { planId, goalId } = await planWithGoal();
      const started = await api('POST', `/plans/${planId}/cycles`, fixture.team.member, {
        goalId,
        strategyId: null,
      });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      const { cycleId } = started.body as { cycleId: string };
      const name = cycleDocumentName(team(), cycleId);
      const editor = await fixture.connect(name, fixture.team.member);
      await editor.until((doc) => readCycleFields(doc) !== null);
      writeCycleFields(editor.doc, {
        problemOfPractice: 'We ask for writing before students have said their reasons',
      });
      const measureId = measures.add(editor.doc, {
        name: 'Exit tickets with a reason',
        kind: 'outcome',
        unit: '%',
        baselineValue: null,
        targetValue: null,
        groupSize: null,
      });
      await editor.acknowledged();

      const commentOn = (path: string) =>
        api('POST', '/comments', fixture.team.member, { document: name, path, text: 'Say more?' });
      const onProblem = await commentOn(cycleCommentPath('problemOfPractice'));
      expect(onProblem.status, JSON.stringify(onProblem.body)).toBe(201);
      const onMeasure = await commentOn(measureCommentPath(measureId, 'name'));
      expect(onMeasure.status).toBe(201);
      // A field nobody has written yet takes comments too, quoted empty.
      const onStudy = await commentOn(cycleCommentPath('studyNotes'));
      expect(onStudy.status).toBe(201);

      const commentsName = commentsDocumentName({ kind: 'cycle', teamId: team(), cycleId });
      const reader = await fixture.connect(commentsName, fixture.team.viewer);
      const idOf = (response: { body: unknown }) =>
        (response.body as { threadId: string }).threadId;
      await reader.until((doc) => readThread(doc, idOf(onStudy)) !== null);
      expect(readThread(reader.doc, idOf(onProblem))).toMatchObject({
        field: 'problemOfPractice',
        path: 'cycle/problemOfPractice',
        quote: 'We ask for writing before students have said their reasons',
      });
      expect(readThread(reader.doc, idOf(onMeasure))?.quote).toBe('Exit tickets with a reason');
      expect(readThread(reader.doc, idOf(onStudy))?.quote).toBe('');

      for (const path of ['cycle/cadence', 'cycle/planId', `measures/${measureId}/unit`, 'cycle']) {
        const refused = await commentOn(path);
        expect(refused.status, path).toBe(400);
        expect(errorOf(refused.body).code).toBe('invalid_input');
      }
      expect((await commentOn(measureCommentPath(crypto.randomUUID(), 'name'))).status).toBe(400);
    });

    it("refuses new comments on an earlier year's plan", async () => {
      const earlier = await planWithGoal();
      await planWithGoal();
      const refused = await api('POST', '/comments', fixture.team.member, {
        document: earlier.name,
        path: planCommentPath('goals', earlier.goalId, 'why'),
        text: 'Too late',
      });
      expect(refused.status).toBe(409);
      expect(errorOf(refused.body).code).toBe('invalid_state');
    });
  },
);
