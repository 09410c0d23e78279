import { describe, expect, it } from 'vitest';
import { logSearchOf, reviewDecisionPath, reviewPrintPath } from './reviewPaths';

describe('review paths', () => {
  it('builds the review addresses', () => {
    expect(reviewDecisionPath('t1', 'd1')).toBe('/teams/t1/review/decisions/d1');
    expect(reviewPrintPath('t1')).toBe('/teams/t1/review/print');
  });

  it('reads the log query to go back to, from a link state only when it is one', () => {
    expect(logSearchOf({ logSearch: '?status=done' })).toBe('?status=done');
    expect(logSearchOf({ logSearch: 'https://elsewhere.example' })).toBe('');
    expect(logSearchOf({ logSearch: 3 })).toBe('');
    expect(logSearchOf(null)).toBe('');
    expect(logSearchOf('?q=x')).toBe('');
  });
});
