import type { DecisionModel } from './decisionRules';

/** The votes each model collects. */
export type Ballot =
  | { model: 'fist-to-five'; value: 0 | 1 | 2 | 3 | 4 | 5 }
  | { model: 'majority-vote'; value: 'yes' | 'no' | 'abstain' }
  | { model: 'consent'; value: 'consent' | 'object' }
  | { model: 'consensus'; value: 'agree' | 'stand-aside' | 'block' };

/** A counted vote: how many of each answer, whether it passes, and why. */
export interface Tally {
  model: DecisionModel;
  counts: Record<string, number>;
  voters: number;
  passes: boolean;
  reason: string;
}

function count(values: readonly (string | number)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
}

/**
 * Counts one ballot per person: the map is keyed by voter, so a second ballot from the same
 * person replaces the first and can never count twice. Ballots of another model are ignored.
 */
export function tallyVotes(model: DecisionModel, ballots: ReadonlyMap<string, Ballot>): Tally {
  const values = [...ballots.values()].filter((b) => b.model === model).map((b) => b.value);
  const counts = count(values);
  const voters = values.length;
  const result = (passes: boolean, reason: string): Tally => ({
    model,
    counts,
    voters,
    passes,
    reason,
  });
  if (voters === 0) return result(false, 'No votes yet');

  switch (model) {
    case 'fist-to-five': {
      // Five fingers is full support, a fist a block; consensus holds when everyone shows 3+.
      const low = values.filter((v) => typeof v === 'number' && v < 3).length;
      return low === 0
        ? result(true, 'Everyone showed three or more')
        : result(false, `${low} ${low === 1 ? 'person' : 'people'} showed fewer than three`);
    }
    case 'majority-vote': {
      const yes = counts.yes ?? 0;
      const no = counts.no ?? 0;
      return yes > no
        ? result(true, `${yes} for, ${no} against`)
        : result(false, yes === no ? `Tied, ${yes} to ${no}` : `${no} against, ${yes} for`);
    }
    case 'consent': {
      const objections = counts.object ?? 0;
      return objections === 0
        ? result(true, 'No objections')
        : result(
            false,
            `${objections} ${objections === 1 ? 'objection' : 'objections'} to resolve`,
          );
    }
    case 'consensus': {
      const blocks = counts.block ?? 0;
      return blocks === 0
        ? result(true, `${counts.agree ?? 0} agree, ${counts['stand-aside'] ?? 0} stand aside`)
        : result(false, `${blocks} ${blocks === 1 ? 'block' : 'blocks'}`);
    }
    case 'leader-decides':
    case 'delegated':
      return result(false, 'This model decides without a vote');
  }
}

/** The answers each voting model accepts, as a person casts them. */
export const ballotValues = {
  'fist-to-five': [0, 1, 2, 3, 4, 5],
  'majority-vote': ['yes', 'no', 'abstain'],
  consent: ['consent', 'object'],
  consensus: ['agree', 'stand-aside', 'block'],
} as const;

/** The models decided by a live vote. */
export type VotingModel = keyof typeof ballotValues;

export function isVotingModel(model: DecisionModel | null): model is VotingModel {
  return model !== null && model in ballotValues;
}

/** A ballot for `model` from a raw value, or null when the value is not one of its answers. */
export function toBallot(model: VotingModel, value: unknown): Ballot | null {
  const allowed: readonly (string | number)[] = ballotValues[model];
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  if (!allowed.includes(value)) return null;
  return { model, value } as Ballot;
}
