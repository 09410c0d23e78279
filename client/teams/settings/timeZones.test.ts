import { describe, expect, it } from 'vitest';
import { timeZoneOptions } from './timeZones';

describe('time zone options', () => {
  it('offers the zones the runtime knows', () => {
    expect(timeZoneOptions('America/Chicago')).toContain('America/Chicago');
  });

  it('keeps the current zone when the list leaves it out', () => {
    expect(timeZoneOptions('UTC', ['Europe/Paris'])).toEqual(['UTC', 'Europe/Paris']);
    expect(timeZoneOptions('Europe/Paris', ['Europe/Paris'])).toEqual(['Europe/Paris']);
  });
});
