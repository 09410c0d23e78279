import { describe, expect, it } from 'vitest';
import {
  editorsText,
  joinNames,
  versionAuthor,
  versionOptionLabel,
  versionTitle,
} from './versionLabels';

describe('version labels', () => {
  it('calls each kind of version by its name or its reason', () => {
    expect(versionTitle({ name: 'Before the retreat', reason: 'named' })).toBe(
      'Before the retreat',
    );
    expect(versionTitle({ name: null, reason: 'auto' })).toBe('Automatic version');
    expect(versionTitle({ name: '  ', reason: 'auto' })).toBe('Automatic version');
    expect(versionTitle({ name: null, reason: 'meeting-close' })).toBe('When the meeting closed');
    expect(
      versionTitle({ name: 'Meeting closed: Weekly ILT (2026-03-03)', reason: 'meeting-close' }),
    ).toBe('Meeting closed: Weekly ILT (2026-03-03)');
  });

  it('says a restore version holds the text from before the restore', () => {
    expect(versionTitle({ name: null, reason: 'restore' })).toBe(
      'Before restoring an earlier version',
    );
    expect(versionTitle({ name: 'Before the retreat', reason: 'restore' })).toBe(
      'Before restoring “Before the retreat”',
    );
    expect(versionTitle({ name: 'Before restoring “Draft”', reason: 'restore' })).toBe(
      'Before restoring “Draft”',
    );
  });

  it('names who edited since the previous version', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Ana'])).toBe('Ana');
    expect(joinNames(['Ana', 'Ben'])).toBe('Ana and Ben');
    expect(joinNames(['Ana', 'Ben', 'Cy'])).toBe('Ana, Ben and Cy');
    expect(editorsText([])).toBe('No edits since the previous version');
    expect(editorsText(['Ana Ruiz', 'Ana Ruiz', ' ', 'Ben Ode'])).toBe(
      'Edited by Ana Ruiz and Ben Ode',
    );
  });

  it('says who kept a version when a person did', () => {
    expect(versionAuthor({ createdByName: 'Ana', reason: 'auto' })).toBeNull();
    expect(versionAuthor({ createdByName: 'Ana', reason: 'named' })).toBe('saved by Ana');
    expect(versionAuthor({ createdByName: 'Ana', reason: 'meeting-close' })).toBe('saved by Ana');
    expect(versionAuthor({ createdByName: 'Ana', reason: 'restore' })).toBe('restored by Ana');
    expect(versionAuthor({ createdByName: null, reason: 'named' })).toBeNull();
  });

  it('gives a version as one line, with the moment in the team time zone', () => {
    const at = '2026-03-03T19:05:00.000Z';
    const chicago = 'America/Chicago';
    const when = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: chicago,
    }).format(new Date(at));
    expect(when).toMatch(/1:05/);
    expect(versionOptionLabel({ name: 'Draft', reason: 'named', createdAt: at }, chicago)).toBe(
      `Draft (${when})`,
    );
  });
});
