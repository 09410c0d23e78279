import { describe, expect, it } from 'vitest';
import {
  buildDocumentName,
  commentsDocumentName,
  commentTargetDocumentName,
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

  it('round-trips the comments on purpose, meeting and decision documents', () => {
    const id = '5b1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const cases = [
      {
        target: { kind: 'purpose', teamId } as const,
        name: `team/${teamId}/purpose/comments`,
        ref: { kind: 'comments', teamId, target: 'purpose', targetId: null },
        targetName: purposeDocumentName(teamId),
      },
      {
        target: { kind: 'meeting', teamId, meetingId: id } as const,
        name: `team/${teamId}/meeting/${id}/comments`,
        ref: { kind: 'comments', teamId, target: 'meeting', targetId: id },
        targetName: meetingDocumentName(teamId, id),
      },
      {
        target: { kind: 'decision', teamId, decisionId: id } as const,
        name: `team/${teamId}/decision/${id}/comments`,
        ref: { kind: 'comments', teamId, target: 'decision', targetId: id },
        targetName: decisionDocumentName(teamId, id),
      },
    ];
    for (const { target, name, ref, targetName } of cases) {
      expect(commentsDocumentName(target)).toBe(name);
      const parsed = parseDocumentName(name);
      expect(parsed).toEqual(ref);
      if (parsed?.kind !== 'comments') throw new Error('not a comments document');
      expect(commentTargetDocumentName(parsed)).toBe(targetName);
    }
  });

  it('refuses comments names on anything but a purpose, meeting or decision', () => {
    const id = '5b1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    for (const bad of [
      `team/${teamId}/comments`,
      `team/${teamId}/purpose/comments/x`,
      `team/${teamId}/purpose/Comments`,
      `team/${teamId}/purpose/${id}/comments`,
      `team/${teamId}/run/${id}/comments`,
      `team/${teamId}/decision/${id}/status/comments`,
      `team/${teamId}/decision/${id}/comments/comments`,
      `team/${teamId}/meeting/${id}/control/comments`,
      `team/${teamId}/meeting/not-a-uuid/comments`,
      `team/${teamId}/decision/comments`,
      `team/${teamId}/meeting/${id}/comments/`,
    ]) {
      expect(parseDocumentName(bad), bad).toBeNull();
    }
    expect(() =>
      buildDocumentName({ kind: 'comments', teamId, target: 'meeting', targetId: null }),
    ).toThrow(/Invalid meeting id/);
    expect(() =>
      buildDocumentName({ kind: 'comments', teamId, target: 'purpose', targetId: id }),
    ).toThrow(/no target id/);
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
