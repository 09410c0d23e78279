import { describe, expect, it } from 'vitest';
import { findLibraryProtocol, protocolLibrary } from './protocolLibrary';
import { plannedMinutes, protocolSchema } from './protocolSchema';

describe('protocol library', () => {
  it('ships the five required protocols, each valid', () => {
    for (const id of [
      'notice-and-wonder',
      'atlas-looking-at-data',
      'collaborative-assessment-conference',
      'tuning',
      'consultancy',
    ]) {
      expect(findLibraryProtocol(id), id).toBeDefined();
    }
    for (const { id, source: _source, ...protocol } of protocolLibrary) {
      expect(protocolSchema.safeParse(protocol).error, id).toBeUndefined();
    }
  });

  it('keeps the published structure', () => {
    const notice = findLibraryProtocol('notice-and-wonder');
    expect(notice?.steps.map((s) => s.minutes)).toEqual([5, 5, 5, 10, 15]);
    expect(notice?.roles).toEqual(['Facilitator', 'Scribe', 'Participants']);
    const atlas = findLibraryProtocol('atlas-looking-at-data');
    expect(atlas?.steps.slice(1).map((s) => s.minutes)).toEqual([10, 10, 10, 10]);
    const cac = findLibraryProtocol('collaborative-assessment-conference');
    expect(plannedMinutes(cac!)).toBeGreaterThanOrEqual(45);
    expect(plannedMinutes(cac!)).toBeLessThanOrEqual(75);
    const tuning = findLibraryProtocol('tuning');
    expect(plannedMinutes(tuning!)).toBeGreaterThanOrEqual(45);
    expect(plannedMinutes(tuning!)).toBeLessThanOrEqual(75);
    expect(tuning?.steps.find((s) => s.title === 'Warm and cool feedback')?.speaking).toBe(
      'presenter-listens',
    );
    expect(plannedMinutes(findLibraryProtocol('consultancy-short')!)).toBe(20);
  });

  it('refuses a step without a positive duration, a title or a prompt', () => {
    const base = findLibraryProtocol('consultancy-short')!;
    const broken = (patch: object) => ({
      ...base,
      steps: [{ ...base.steps[0]!, ...patch }],
    });
    const { id: _id, source: _source, ...protocol } = base;
    expect(protocolSchema.safeParse(protocol).success).toBe(true);
    for (const patch of [{ minutes: 0 }, { minutes: -5 }, { title: '' }, { prompt: '  ' }]) {
      const { id: _i, source: _s, ...candidate } = broken(patch) as typeof base;
      expect(protocolSchema.safeParse(candidate).success, JSON.stringify(patch)).toBe(false);
    }
  });
});
