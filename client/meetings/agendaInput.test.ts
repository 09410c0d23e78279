import { describe, expect, it } from 'vitest';
import { parseMinutes } from './agendaInput';

describe('agenda minutes', () => {
  it('accepts whole minutes from 1 to 240', () => {
    expect(parseMinutes(1)).toEqual({ minutes: 1 });
    expect(parseMinutes(240)).toEqual({ minutes: 240 });
  });

  it('explains what is wrong otherwise', () => {
    expect(parseMinutes('')).toEqual({ error: 'Enter the minutes, from 1 to 240' });
    expect(parseMinutes(0)).toEqual({ error: 'At least one minute' });
    expect(parseMinutes(241)).toEqual({ error: 'At most 240 minutes' });
    expect(parseMinutes(2.5)).toHaveProperty('error');
  });
});
