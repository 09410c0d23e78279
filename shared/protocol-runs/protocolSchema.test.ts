import { describe, expect, it } from 'vitest';
import { MAX_SHOWN_COLUMNS, protocolSchema } from './protocolSchema';
import { testStep as step } from './stepFixture';

const protocol = (steps: object[]) => ({ name: 'Mine', description: '', roles: [], steps });

/** The message and path of each issue, for compact assertions. */
function issuesOf(candidate: object) {
  const result = protocolSchema.safeParse(candidate);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
}

describe('protocol schema: columns a step shows', () => {
  it('still reads protocols stored before steps could show columns', () => {
    const stored = protocol([step('a', ['I notice']), step('b', ['I notice'])]);
    const parsed = protocolSchema.parse(stored);
    expect(parsed.steps.map((s) => s.shows)).toEqual([undefined, undefined]);
  });

  it('takes columns of earlier steps', () => {
    const candidate = protocol([
      step('a', ['Warm', 'Cool']),
      step('b', ['Ideas']),
      step(
        'c',
        [],
        [
          { stepId: 'a', column: 'Cool' },
          { stepId: 'b', column: 'Ideas' },
        ],
      ),
    ]);
    expect(issuesOf(candidate)).toEqual([]);
    expect(protocolSchema.parse(candidate).steps[2]?.shows).toHaveLength(2);
  });

  it('refuses a step itself, a later step, a missing step or column, and repeats', () => {
    const candidate = protocol([
      step('a', ['Warm'], [{ stepId: 'a', column: 'Warm' }]),
      step(
        'b',
        [],
        [
          { stepId: 'c', column: 'Later' },
          { stepId: 'gone', column: 'Warm' },
          { stepId: 'a', column: 'Cold' },
          { stepId: 'a', column: 'Warm' },
          { stepId: 'a', column: 'Warm' },
        ],
      ),
      step('c', ['Later']),
    ]);
    expect(issuesOf(candidate)).toEqual([
      ['steps.0.shows.0', 'A step shows earlier steps’ cards, not its own'],
      [
        'steps.1.shows.0',
        '“Title of c” comes after this step: a step shows only earlier steps’ cards',
      ],
      ['steps.1.shows.1', 'The step whose “Warm” cards this step shows no longer exists'],
      ['steps.1.shows.2', '“Title of a” has no column “Cold” any more'],
      ['steps.1.shows.4', '“Warm” is shown twice'],
    ]);
  });

  it('limits how many columns one step shows', () => {
    const columns = Array.from({ length: 6 }, (_, i) => `Column ${i}`);
    const shows = ['a', 'b', 'c'].flatMap((stepId) =>
      columns.map((column) => ({ stepId, column })),
    );
    const candidate = protocol([
      step('a', columns),
      step('b', columns),
      step('c', columns),
      step('d', [], shows.slice(0, MAX_SHOWN_COLUMNS)),
    ]);
    expect(issuesOf(candidate)).toEqual([]);
    const tooMany = protocol([
      step('a', columns),
      step('b', columns),
      step('c', columns),
      step('d', [], shows.slice(0, MAX_SHOWN_COLUMNS + 1)),
    ]);
    expect(issuesOf(tooMany)).toEqual([
      ['steps.3.shows', `A step can show at most ${MAX_SHOWN_COLUMNS} earlier columns`],
    ]);
  });
});
