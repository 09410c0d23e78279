import { describe, expect, it } from 'vitest';
import { dueWindowSelectData, parseDueWindow } from './dueWindow';

describe('the follow-ups window', () => {
  it('reads 7, 14 or 30 days from the URL, two weeks otherwise', () => {
    const read = (query: string) => parseDueWindow(new URLSearchParams(query));
    expect(read('within=7')).toBe(7);
    expect(read('within=30')).toBe(30);
    expect(read('')).toBe(14);
    expect(read('within=90')).toBe(14);
    expect(read('within=soon')).toBe(14);
  });

  it('offers the choices in days', () => {
    expect(dueWindowSelectData.map((option) => option.label)).toEqual([
      '7 days',
      '14 days',
      '30 days',
    ]);
  });
});
