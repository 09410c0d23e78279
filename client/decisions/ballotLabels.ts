import type { VoteState } from '../../shared/decisions/decisionStatusDoc';
import type { VotingModel } from '../../shared/decisions/tally';
import { ballotValues } from '../../shared/decisions/tally';

const fingers = ['Fist (0)', 'One', 'Two', 'Three', 'Four', 'Five'];

const words: Record<string, string> = {
  yes: 'Yes',
  no: 'No',
  abstain: 'Abstain',
  consent: 'Consent',
  object: 'Object',
  agree: 'Agree',
  'stand-aside': 'Stand aside',
  block: 'Block',
};

/** A ballot (or a tally's key, which is the ballot as a string) in words: "Fist (0)", "Stand aside". */
export function ballotLabel(model: VotingModel, value: number | string): string {
  if (model === 'fist-to-five') return fingers[Number(value)] ?? String(value);
  return words[String(value)] ?? String(value);
}

/** What each answer means, shown under the ballot buttons. */
export const ballotHints: Record<VotingModel, string> = {
  'fist-to-five':
    'Fist: I block it. One or two: I have concerns to work through. Three: I can live with it. Four: I support it. Five: I will champion it.',
  'majority-vote': 'Abstaining counts neither for nor against.',
  consent: 'Object only if you see harm the team has not addressed.',
  consensus: 'Stand aside if you disagree but will not stop the team; block only on principle.',
};

/** Every answer of a model with its count in a tally, in ballot order. */
export function tallyRows(model: VotingModel, counts: Record<string, number>) {
  const values: readonly (number | string)[] = ballotValues[model];
  return values.map((value) => ({
    value,
    label: ballotLabel(model, value),
    count: counts[String(value)] ?? 0,
  }));
}

/** The verdict line: a forecast while the vote is open, the result once closed. */
export function verdictOf({ open, tally }: Pick<VoteState, 'open' | 'tally'>): string {
  if (open)
    return `${tally.passes ? 'So far it would pass' : 'So far it would not pass'}: ${tally.reason}`;
  return `${tally.passes ? 'Passed' : 'Did not pass'}: ${tally.reason}`;
}
