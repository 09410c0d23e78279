import { describe, expect, it } from 'vitest';
import type { DecisionFields } from '../../shared/decisions/decisionDoc';
import type { DecisionStatusState, VoteState } from '../../shared/decisions/decisionStatusDoc';
import { modelLockReason, statusActionsFor, voteControlsFor } from './decisionActions';

const fields = (changes: Partial<DecisionFields> = {}): DecisionFields => ({
  title: 'Daily read-aloud',
  owner: '',
  meetingId: null,
  runId: null,
  createdAt: 1,
  model: 'leader-decides',
  focusAffects: 'yes',
  focusStudentIds: ['s1'],
  focusHow: 'Monthly reading conferences',
  ...changes,
});

const vote = (changes: Partial<VoteState> = {}): VoteState => ({
  round: 1,
  model: 'fist-to-five',
  open: false,
  openedAt: 1,
  openedByName: 'Fran',
  closedAt: 2,
  tally: { model: 'fist-to-five', counts: {}, voters: 0, passes: false, reason: 'No votes yet' },
  voters: [],
  ...changes,
});

const state = (changes: Partial<DecisionStatusState> = {}): DecisionStatusState => ({
  status: 'proposed',
  supersededBy: null,
  vote: null,
  decided: null,
  ...changes,
});

const summary = (actions: ReturnType<typeof statusActionsFor>) =>
  actions.map((action) => [action.label, action.disabledReason]);

describe('status buttons', () => {
  it('offers "Mark decided" to facilitators and the principal only', () => {
    expect(summary(statusActionsFor('facilitator', fields(), state()))).toEqual([
      ['Mark decided', null],
    ]);
    expect(summary(statusActionsFor('principal', fields(), state()))).toEqual([
      ['Mark decided', null],
    ]);
    expect(statusActionsFor('member', fields(), state())).toEqual([]);
    expect(statusActionsFor('viewer', fields(), state())).toEqual([]);
  });

  it('shows "Mark decided" disabled, with why, while the focus check is incomplete', () => {
    const [action] = statusActionsFor('facilitator', fields({ focusHow: ' ' }), state());
    expect(action?.disabledReason).toMatch(/how we will know/);
    const [unanswered] = statusActionsFor('facilitator', fields({ focusAffects: null }), state());
    expect(unanswered?.disabledReason).toMatch(/Answer the focus check/);
  });

  it('waits for a closed vote of the declared model when the model votes', () => {
    const voting = fields({ model: 'fist-to-five' });
    const reason = (s: DecisionStatusState, f = voting) =>
      statusActionsFor('facilitator', f, s)[0]?.disabledReason;
    expect(reason(state())).toBe('Open a vote and close it first');
    expect(reason(state({ vote: vote({ open: true, closedAt: null }) }))).toBe(
      'Close the vote first',
    );
    expect(reason(state({ vote: vote() }))).toBeNull();
    expect(reason(state({ vote: vote() }), fields({ model: 'majority-vote' }))).toMatch(
      /another model/,
    );
    expect(reason(state(), fields({ model: null }))).toMatch(/Choose how the team decides/);
  });

  it('lets members carry a decided decision out, and only the principal reopen it', () => {
    const decided = state({ status: 'decided' });
    expect(summary(statusActionsFor('member', fields(), decided))).toEqual([
      ['Start', null],
      ['Mark done', null],
    ]);
    expect(summary(statusActionsFor('facilitator', fields(), decided))).toEqual([
      ['Start', null],
      ['Mark done', null],
      ['Mark superseded', null],
    ]);
    expect(summary(statusActionsFor('principal', fields(), decided)).map(([l]) => l)).toEqual([
      'Start',
      'Mark done',
      'Mark superseded',
      'Reopen',
    ]);
    expect(statusActionsFor('viewer', fields(), decided)).toEqual([]);
  });

  it('offers a superseded decision nothing but reopening, to the principal', () => {
    const superseded = state({ status: 'superseded' });
    expect(statusActionsFor('facilitator', fields(), superseded)).toEqual([]);
    expect(summary(statusActionsFor('principal', fields(), superseded))).toEqual([
      ['Reopen', null],
    ]);
  });
});

describe('the decision-making model', () => {
  it('can change while proposed and no vote has been opened', () => {
    expect(modelLockReason(state())).toBeNull();
  });

  it('is fixed once a vote has been opened, or the decision made', () => {
    expect(modelLockReason(state({ vote: vote({ open: true }) }))).toMatch(/vote is open/);
    expect(modelLockReason(state({ vote: vote() }))).toMatch(/vote has been held/);
    expect(modelLockReason(state({ status: 'decided' }))).toMatch(/has been made/);
  });

  it('can change again once the principal reopens the decision (unless a vote is open)', () => {
    expect(modelLockReason(state({ status: 'revisited', vote: vote() }))).toBeNull();
    expect(modelLockReason(state({ status: 'revisited', vote: vote({ open: true }) }))).toMatch(
      /vote is open/,
    );
  });
});

describe('vote controls', () => {
  const voting = fields({ model: 'consent' });

  it('lets facilitators open a vote on an undecided decision with a voting model', () => {
    expect(voteControlsFor('facilitator', voting, state())).toMatchObject({
      canOpen: true,
      canClose: false,
      canBallot: false,
    });
    expect(voteControlsFor('member', voting, state()).canOpen).toBe(false);
    expect(voteControlsFor('facilitator', fields(), state()).canOpen).toBe(false);
    expect(voteControlsFor('facilitator', voting, state({ status: 'decided' })).canOpen).toBe(
      false,
    );
  });

  it('gives every participant a ballot while the vote is open, viewers none', () => {
    const open = state({ vote: vote({ model: 'consent', open: true }) });
    expect(voteControlsFor('member', voting, open)).toMatchObject({
      canOpen: false,
      canClose: false,
      canBallot: true,
    });
    expect(voteControlsFor('facilitator', voting, open).canClose).toBe(true);
    expect(voteControlsFor('viewer', voting, open).canBallot).toBe(false);
  });
});
