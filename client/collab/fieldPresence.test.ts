import { describe, expect, it } from 'vitest';
import { editorsOf } from './fieldPresence';

const user = (id: string, name: string) => ({ id, name, color: '#123456' });

describe('who is in a field', () => {
  it('lists the others editing it, once per person, never this device', () => {
    const states: [number, Record<string, unknown>][] = [
      [1, { user: user('me', 'Pat'), editing: 'goals/g1/why' }],
      [2, { user: user('u2', 'Max'), editing: 'goals/g1/why' }],
      [3, { user: user('u2', 'Max'), editing: 'goals/g1/why' }],
      [4, { user: user('u3', 'Ana'), editing: 'goals/g1/why' }],
      [5, { user: user('u4', 'Lee'), editing: 'goals/g1/measure' }],
      [6, { editing: 'goals/g1/why' }],
    ];
    expect(editorsOf(states, 1, 'goals/g1/why').map((u) => u.name)).toEqual(['Ana', 'Max']);
    expect(editorsOf(states, 1, 'goals/g2/why')).toEqual([]);
  });
});
