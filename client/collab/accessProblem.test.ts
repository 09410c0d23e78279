import { describe, expect, it } from 'vitest';
import { closeCodes } from '../../shared/collab/closeCodes';
import { refusalReasons } from '../../shared/collab/serverNotices';
import { problemFromCloseCode, problemFromCloseReason, problemFromReason } from './accessProblem';

describe('access problems', () => {
  it('tells a database outage apart from a lost membership', () => {
    expect(problemFromReason(refusalReasons.databaseUnavailable).kind).toBe('unavailable');
    expect(problemFromCloseReason(refusalReasons.databaseUnavailable)?.kind).toBe('unavailable');
    expect(problemFromReason('permission-denied').kind).toBe('forbidden');
  });

  it('maps refusals by code and by word', () => {
    expect(problemFromCloseCode(closeCodes.unauthorized)?.kind).toBe('signed-out');
    // A socket closed for signing in too late just reconnects: nothing to show.
    expect(problemFromCloseCode(closeCodes.authenticationTimeout)).toBeNull();
    expect(problemFromReason('session expired').kind).toBe('signed-out');
    expect(problemFromReason(`closed ${closeCodes.unknownDocument}`).kind).toBe('unknown-document');
    expect(problemFromCloseCode(1006)).toBeNull();
  });

  it('shows a change refused for the document size limit, by code and by close reason', () => {
    // Hocuspocus closes a document connection with a reason only (the provider reports 1000).
    const byReason = problemFromCloseReason(refusalReasons.documentTooLarge);
    expect(byReason?.kind).toBe('too-large');
    expect(byReason?.message).toMatch(/last change was not saved/);
    expect(problemFromCloseCode(closeCodes.documentTooLarge)).toBe(byReason);
    expect(problemFromCloseCode(1000)).toBeNull();
  });
});
