import { describe, expect, it } from 'vitest';
import {
  logSearchOf,
  planCyclePath,
  reviewDecisionPath,
  reviewPlanPath,
  reviewPrintPath,
} from './reviewPaths';

describe('review paths', () => {
  it('builds the review addresses', () => {
    expect(reviewDecisionPath('t1', 'd1')).toBe('/teams/t1/review/decisions/d1');
    expect(reviewPrintPath('t1')).toBe('/teams/t1/review/print');
    expect(reviewPlanPath('t1')).toBe('/teams/t1/review/plan');
    expect(reviewPlanPath('t1', 'p1')).toBe('/teams/t1/review/plan/p1');
    expect(planCyclePath('t1', 'p1', 'c1')).toBe('/teams/t1/plan/p1/cycles/c1');
  });

  it('reads the log query to go back to, from a link state only when it is one', () => {
    expect(logSearchOf({ logSearch: '?status=done' })).toBe('?status=done');
    expect(logSearchOf({ logSearch: 'https://elsewhere.example' })).toBe('');
    expect(logSearchOf({ logSearch: 3 })).toBe('');
    expect(logSearchOf(null)).toBe('');
    expect(logSearchOf('?q=x')).toBe('');
  });
});
