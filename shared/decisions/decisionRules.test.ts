import { describe, expect, it } from 'vitest';
import { type FocusCheck, focusCheckProblem, statusChangeProblem } from './decisionRules';
import { type Ballot, isVotingModel, tallyVotes, toBallot } from './tally';

const complete: FocusCheck = {
  affects: 'yes',
  studentIds: ['s1'],
  howWeWillKnow: 'Monthly reading conferences',
};

describe('focus-student check', () => {
  it.each<[FocusCheck | null, RegExp | null]>([
    [null, /Answer the focus check/],
    [{ affects: null, studentIds: [], howWeWillKnow: '' }, /Answer the focus check/],
    [{ affects: 'yes', studentIds: [], howWeWillKnow: 'x' }, /Name the students/],
    [{ affects: 'yes', studentIds: ['s1'], howWeWillKnow: '  ' }, /how we will know/],
    [{ affects: 'unknown', studentIds: [], howWeWillKnow: '' }, /how we will know/],
    [{ affects: 'unknown', studentIds: [], howWeWillKnow: 'Ask them in the focus group' }, null],
    [{ affects: 'no', studentIds: [], howWeWillKnow: '' }, null],
    [complete, null],
  ])('%j', (check, problem) => {
    const found = focusCheckProblem(check);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });
});

describe('who moves a decision where', () => {
  it('cannot mark a decision decided without a complete focus check', () => {
    expect(statusChangeProblem('facilitator', 'proposed', 'decided', null)).toMatch(/focus check/);
    expect(statusChangeProblem('facilitator', 'proposed', 'decided', complete)).toBeNull();
    expect(statusChangeProblem('principal', 'proposed', 'decided', complete)).toBeNull();
  });

  it('leaves deciding to facilitators and the principal, and reopening to the principal', () => {
    expect(statusChangeProblem('member', 'proposed', 'decided', complete)).toMatch(
      /facilitator or the principal/,
    );
    expect(statusChangeProblem('viewer', 'proposed', 'decided', complete)).toMatch(/Viewers/);
    expect(statusChangeProblem('facilitator', 'decided', 'revisited', complete)).toMatch(
      /Only the principal/,
    );
    expect(statusChangeProblem('principal', 'decided', 'revisited', complete)).toBeNull();
    expect(statusChangeProblem('member', 'decided', 'in-progress', complete)).toBeNull();
    expect(statusChangeProblem('member', 'proposed', 'done', complete)).toMatch(/Decide it first/);
  });
});

describe('vote tallies', () => {
  const ballots = (entries: [string, Ballot][]) => new Map(entries);

  it('fist-to-five passes only when everyone shows three or more', () => {
    const fist = (value: 0 | 1 | 2 | 3 | 4 | 5): Ballot => ({ model: 'fist-to-five', value });
    expect(
      tallyVotes(
        'fist-to-five',
        ballots([
          ['a', fist(5)],
          ['b', fist(3)],
          ['c', fist(4)],
        ]),
      ),
    ).toMatchObject({
      passes: true,
      voters: 3,
      counts: { '3': 1, '4': 1, '5': 1 },
    });
    const blocked = tallyVotes(
      'fist-to-five',
      ballots([
        ['a', fist(5)],
        ['b', fist(2)],
        ['c', fist(0)],
      ]),
    );
    expect(blocked).toMatchObject({ passes: false, reason: '2 people showed fewer than three' });
  });

  it('majority needs more for than against; abstentions do not count either way', () => {
    const v = (value: 'yes' | 'no' | 'abstain'): Ballot => ({ model: 'majority-vote', value });
    expect(
      tallyVotes(
        'majority-vote',
        ballots([
          ['a', v('yes')],
          ['b', v('no')],
          ['c', v('yes')],
          ['d', v('abstain')],
        ]),
      ).passes,
    ).toBe(true);
    expect(
      tallyVotes(
        'majority-vote',
        ballots([
          ['a', v('yes')],
          ['b', v('no')],
          ['c', v('abstain')],
        ]),
      ),
    ).toMatchObject({
      passes: false,
      reason: 'Tied, 1 to 1',
    });
  });

  it('consent holds without objections; consensus without blocks', () => {
    expect(
      tallyVotes(
        'consent',
        ballots([
          ['a', { model: 'consent', value: 'consent' }],
          ['b', { model: 'consent', value: 'object' }],
        ]),
      ),
    ).toMatchObject({ passes: false, reason: '1 objection to resolve' });
    expect(
      tallyVotes(
        'consensus',
        ballots([
          ['a', { model: 'consensus', value: 'agree' }],
          ['b', { model: 'consensus', value: 'stand-aside' }],
        ]),
      ),
    ).toMatchObject({ passes: true, reason: '1 agree, 1 stand aside' });
  });

  it('counts one ballot per person: a changed vote replaces the first', () => {
    const votes = new Map<string, Ballot>();
    votes.set('a', { model: 'fist-to-five', value: 1 });
    votes.set('a', { model: 'fist-to-five', value: 4 });
    votes.set('b', { model: 'fist-to-five', value: 3 });
    expect(tallyVotes('fist-to-five', votes)).toMatchObject({ voters: 2, passes: true });
  });

  it('ignores ballots of another model and passes nothing without votes', () => {
    const mixed = ballots([['a', { model: 'majority-vote', value: 'yes' }]]);
    expect(tallyVotes('fist-to-five', mixed)).toMatchObject({
      voters: 0,
      passes: false,
      reason: 'No votes yet',
    });
  });

  it('accepts only the answers a model has, as typed by a person', () => {
    expect(toBallot('fist-to-five', 3)).toEqual({ model: 'fist-to-five', value: 3 });
    expect(toBallot('fist-to-five', 6)).toBeNull();
    expect(toBallot('fist-to-five', '3')).toBeNull();
    expect(toBallot('majority-vote', 'yes')).toEqual({ model: 'majority-vote', value: 'yes' });
    expect(toBallot('consent', 'block')).toBeNull();
    expect(toBallot('consensus', { value: 'agree' })).toBeNull();
    expect(isVotingModel('leader-decides')).toBe(false);
    expect(isVotingModel(null)).toBe(false);
    expect(isVotingModel('consent')).toBe(true);
  });
});
