import { describe, expect, it } from 'vitest';
import { describeChange, describeValue } from './changeText';

describe('change text', () => {
  it('describes values as short plain text', () => {
    expect(describeValue('title', null)).toBe('(empty)');
    expect(describeValue('owner', '')).toBe('(empty)');
    expect(describeValue('model', 'consent')).toBe('Consent (no objections)');
    expect(describeValue('status', 'in-progress')).toBe('In progress');
    expect(describeValue('focusAffects', 'unknown')).toBe('Not sure yet');
    expect(describeValue('focusStudentIds', ['a', 'b'])).toBe('2 students');
    expect(describeValue('title', '<b>Bold</b>')).toBe('“<b>Bold</b>”');
    expect(describeValue('focusHow', 'x'.repeat(200))).toHaveLength(82);
    expect(describeValue('other', { a: 1 })).toBe('{"a":1}');
  });

  it('names evidence, follow-ups and the closed vote', () => {
    expect(
      describeValue('evidence', [
        { kind: 'url', url: 'https://example.org', label: 'Benchmark' },
        { kind: 'run-card', runId: 'r', cardId: 'c', text: 'Below 60%' },
      ]),
    ).toBe('Benchmark; Below 60%');
    expect(describeValue('evidence', [])).toBe('(none)');
    expect(
      describeValue('followUps', [{ task: 'Pick the texts' }, { task: 'Tell families' }]),
    ).toBe('Pick the texts; Tell families');
    expect(
      describeValue('vote', {
        model: 'fist-to-five',
        result: 'Everyone showed three or more',
        passes: true,
      }),
    ).toBe('Fist to five, passed: Everyone showed three or more');
  });

  it('names the people and decisions that ids stand for', () => {
    const names = {
      member: (id: string) => (id === 'u1' ? 'Ana Ruiz' : undefined),
      decision: (id: string) => (id === 'd2' ? 'Weekly read-aloud' : undefined),
    };
    expect(describeValue('decidedBy', 'u1', names)).toBe('Ana Ruiz');
    expect(describeValue('decidedBy', 'u9', names)).toBe('a former member');
    expect(describeValue('supersededBy', 'd2', names)).toBe('“Weekly read-aloud”');
  });

  it('puts a change in one line', () => {
    expect(describeChange({ field: 'title', before: 'Old', after: 'New' })).toBe(
      'Title: “Old” → “New”',
    );
    expect(describeChange({ field: 'model', before: null, after: 'majority-vote' })).toBe(
      'How we decide: (empty) → Majority vote',
    );
  });
});
