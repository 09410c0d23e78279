import { describe, expect, it } from 'vitest';
import {
  buildDocumentName,
  decisionDocumentName,
  decisionStatusDocumentName,
  meetingControlDocumentName,
  meetingDocumentName,
  parseDocumentName,
  purposeDocumentName,
  runBoardDocumentName,
  runControlDocumentName,
} from './documentName';

const teamId = '3f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f';

describe('document names', () => {
  it('round-trips the purpose document', () => {
    const name = purposeDocumentName(teamId);
    expect(name).toBe(`team/${teamId}/purpose`);
    expect(parseDocumentName(name)).toEqual({ kind: 'purpose', teamId });
  });

  it('round-trips the run documents', () => {
    const runId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    expect(parseDocumentName(runBoardDocumentName(teamId, runId))).toEqual({
      kind: 'run-board',
      teamId,
      runId,
    });
    expect(runControlDocumentName(teamId, runId)).toBe(`team/${teamId}/run/${runId}/control`);
    expect(parseDocumentName(`team/${teamId}/run/${runId}/control`)).toEqual({
      kind: 'run-control',
      teamId,
      runId,
    });
    for (const bad of [
      `team/${teamId}/run/${runId}`,
      `team/${teamId}/run/${runId}/votes`,
      `team/${teamId}/run/not-a-uuid/board`,
      `team/${teamId}/run/${runId}/board/x`,
    ]) {
      expect(parseDocumentName(bad)).toBeNull();
    }
  });

  it('round-trips decision drafts', () => {
    const decisionId = '5b1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    expect(decisionDocumentName(teamId, decisionId)).toBe(`team/${teamId}/decision/${decisionId}`);
    expect(parseDocumentName(decisionDocumentName(teamId, decisionId))).toEqual({
      kind: 'decision',
      teamId,
      decisionId,
    });
    expect(parseDocumentName(`team/${teamId}/decision/x`)).toBeNull();
    expect(parseDocumentName(`team/${teamId}/decision/${decisionId}/more`)).toBeNull();
  });

  it('round-trips decision status and meeting documents', () => {
    const id = '5b1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    expect(decisionStatusDocumentName(teamId, id)).toBe(`team/${teamId}/decision/${id}/status`);
    expect(parseDocumentName(decisionStatusDocumentName(teamId, id))).toEqual({
      kind: 'decision-status',
      teamId,
      decisionId: id,
    });
    expect(parseDocumentName(meetingDocumentName(teamId, id))).toEqual({
      kind: 'meeting',
      teamId,
      meetingId: id,
    });
    expect(meetingControlDocumentName(teamId, id)).toBe(`team/${teamId}/meeting/${id}/control`);
    expect(parseDocumentName(meetingControlDocumentName(teamId, id))).toEqual({
      kind: 'meeting-control',
      teamId,
      meetingId: id,
    });
    expect(parseDocumentName(`team/${teamId}/meeting/${id}/status`)).toBeNull();
    expect(parseDocumentName(`team/${teamId}/decision/${id}/control`)).toBeNull();
    expect(parseDocumentName(`team/${teamId}/meeting/${id}/control/x`)).toBeNull();
    expect(parseDocumentName(`team/${teamId}/meeting/not-a-uuid`)).toBeNull();
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
