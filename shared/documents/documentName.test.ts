import { describe, expect, it } from 'vitest';
import { buildDocumentName, parseDocumentName, purposeDocumentName } from './documentName';

const teamId = '3f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f';

describe('document names', () => {
  it('round-trips the purpose document', () => {
    const name = purposeDocumentName(teamId);
    expect(name).toBe(`team/${teamId}/purpose`);
    expect(parseDocumentName(name)).toEqual({ kind: 'purpose', teamId });
  });

  it.each([
    '',
    'team',
    'team/',
    `team/${teamId}`,
    `team/${teamId}/`,
    `team/${teamId}/purpose/`,
    `team/${teamId}/purpose/extra`,
    `team/${teamId}/unknown`,
    `team/${teamId.toUpperCase()}/purpose`,
    `team/../${teamId}/purpose`,
    `team/${teamId}/../purpose`,
    `team/${teamId}\u0000/purpose`,
    `team/${teamId}/purpose\u0000`,
    `team/'; drop table documents; --/purpose`,
    `/team/${teamId}/purpose`,
    `Team/${teamId}/purpose`,
    `team/${teamId}/purpose`.padEnd(5000, 'x'),
    'team/not-a-uuid/purpose',
  ])('refuses %j', (name) => {
    expect(parseDocumentName(name)).toBeNull();
  });

  it('refuses to build a name from a malformed id', () => {
    expect(() => buildDocumentName({ kind: 'purpose', teamId: '../x' })).toThrow(/Invalid team id/);
  });
});
