import { describe, expect, it } from 'vitest';
import { ballotLabel, tallyRows, verdictOf } from './ballotLabels';

describe('ballot labels', () => {
  it('names the fingers of fist to five, from a number or a tally key', () => {
    expect([0, 1, 2, 3, 4, 5].map((value) => ballotLabel('fist-to-five', value))).toEqual([
      'Fist (0)',
      'One',
      'Two',
      'Three',
      'Four',
      'Five',
    ]);
    expect(ballotLabel('fist-to-five', '3')).toBe('Three');
  });

  it('names the answers of the other models', () => {
    expect(ballotLabel('majority-vote', 'abstain')).toBe('Abstain');
    expect(ballotLabel('consent', 'object')).toBe('Object');
    expect(ballotLabel('consensus', 'stand-aside')).toBe('Stand aside');
  });

  it('lists every answer of a tally, with zero for answers nobody gave', () => {
    expect(tallyRows('consensus', { agree: 2, block: 1 })).toEqual([
      { value: 'agree', label: 'Agree', count: 2 },
      { value: 'stand-aside', label: 'Stand aside', count: 0 },
      { value: 'block', label: 'Block', count: 1 },
    ]);
    expect(tallyRows('fist-to-five', { '5': 2 }).at(-1)).toEqual({
      value: 5,
      label: 'Five',
      count: 2,
    });
  });

  it('forecasts while the vote is open and states the result once closed', () => {
    const tally = {
      model: 'consent' as const,
      counts: { consent: 3 },
      voters: 3,
      passes: true,
      reason: 'No objections',
    };
    expect(verdictOf({ open: true, tally })).toBe('So far it would pass: No objections');
    expect(verdictOf({ open: false, tally })).toBe('Passed: No objections');
    expect(verdictOf({ open: false, tally: { ...tally, passes: false, reason: 'x' } })).toBe(
      'Did not pass: x',
    );
  });
});
