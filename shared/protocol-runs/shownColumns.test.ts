import { describe, expect, it } from 'vitest';
import { findLibraryProtocol } from './protocolLibrary';
import { testStep as step } from './stepFixture';
import { shownColumns } from './shownColumns';

describe('shownColumns', () => {
  it('lists the earlier columns a step shows, with the step that collected them', () => {
    const protocol = {
      steps: [
        step('a', ['Warm', 'Cool']),
        step('b', ['Ideas']),
        step(
          'c',
          [],
          [
            { stepId: 'b', column: 'Ideas' },
            { stepId: 'a', column: 'Cool' },
          ],
        ),
      ],
    };
    expect(shownColumns(protocol, 2)).toEqual([
      { stepId: 'b', stepTitle: 'Title of b', column: 'Ideas' },
      { stepId: 'a', stepTitle: 'Title of a', column: 'Cool' },
    ]);
    expect(shownColumns(protocol, 0)).toEqual([]);
    expect(shownColumns(protocol, 1)).toEqual([]);
    expect(shownColumns(protocol, 9)).toEqual([]);
  });

  it('reads a step stored before steps could show columns as showing none', () => {
    expect(shownColumns({ steps: [step('a', ['X']), step('b', ['Y'])] }, 1)).toEqual([]);
  });

  it('leaves out names that no longer match an earlier column, and repeats', () => {
    const protocol = {
      steps: [
        step('a', ['Warm']),
        step(
          'b',
          [],
          [
            { stepId: 'a', column: 'Gone' },
            { stepId: 'c', column: 'Later' },
            { stepId: 'b', column: 'Self' },
            { stepId: 'a', column: 'Warm' },
            { stepId: 'a', column: 'Warm' },
          ],
        ),
        step('c', ['Later']),
      ],
    };
    expect(shownColumns(protocol, 1)).toEqual([
      { stepId: 'a', stepTitle: 'Title of a', column: 'Warm' },
    ]);
  });

  it('shows the noticings when Notice and Wonder shares them', () => {
    const notice = findLibraryProtocol('notice-and-wonder')!;
    const index = notice.steps.findIndex((s) => s.title === 'Share what we noticed');
    expect(shownColumns(notice, index)).toEqual([
      { stepId: 'step-1', stepTitle: 'Silent noticing', column: 'I notice' },
    ]);
  });
});
