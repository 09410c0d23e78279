import { describe, expect, it } from 'vitest';
import { findLibraryProtocol, protocolLibrary } from './protocolLibrary';
import { plannedMinutes, protocolSchema } from './protocolSchema';
import { shownColumns } from './shownColumns';

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

  it('shows the earlier cards each sharing or discussion step talks about', () => {
    const shown = (protocolId: string, title: string) => {
      const protocol = findLibraryProtocol(protocolId)!;
      const index = protocol.steps.findIndex((s) => s.title === title);
      expect(index, title).toBeGreaterThan(0);
      return shownColumns(protocol, index).map((c) => `${c.stepTitle}: ${c.column}`);
    };
    expect(shown('notice-and-wonder', 'Share what we noticed')).toEqual([
      'Silent noticing: I notice',
    ]);
    expect(shown('notice-and-wonder', 'Share what we wonder')).toEqual([
      'Silent wondering: I wonder',
    ]);
    expect(shown('notice-and-wonder', 'Discuss causes and next data')).toEqual([
      'Silent noticing: I notice',
      'Silent wondering: I wonder',
    ]);
    expect(shown('tuning', 'Warm and cool feedback')).toEqual([
      'Pause to reflect: Warm feedback',
      'Pause to reflect: Cool feedback',
    ]);
    expect(shown('consultancy', 'Presenter reflects')).toEqual([
      'Group discussion: Ideas',
      'Group discussion: Questions to consider',
    ]);
    // Every name in the library resolves: nothing is dropped as stale.
    for (const protocol of protocolLibrary) {
      protocol.steps.forEach((step, index) => {
        expect(shownColumns(protocol, index), `${protocol.id} ${step.title}`).toHaveLength(
          step.shows?.length ?? 0,
        );
      });
    }
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
