import { describe, expect, it } from 'vitest';
import {
  filtersProblem,
  hasFilters,
  noFilters,
  parseReviewSearch,
  sameFilters,
  toQueryString,
  toSearchParams,
  type ReviewSearch,
} from './reviewSearch';

const meetingId = '3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f';
const parse = (query: string) => parseReviewSearch(new URLSearchParams(query));

describe('the decision log view in the URL', () => {
  it('reads every filter, the sort and the page', () => {
    const search = parse(
      `q=+math+&from=2026-01-05&to=2026-03-31&status=decided&model=fist-to-five` +
        `&owner=Ana&student=s1&meetingId=${meetingId}&sort=title&order=asc&page=3`,
    );
    expect(search).toEqual({
      filters: {
        q: 'math',
        from: '2026-01-05',
        to: '2026-03-31',
        status: 'decided',
        model: 'fist-to-five',
        owner: 'Ana',
        student: 's1',
        meetingId,
      },
      sort: 'title',
      page: 3,
    });
  });

  it('falls back to the defaults for anything the API would refuse', () => {
    expect(
      parse('status=maybe&model=coin&from=2026-13-01&to=yesterday&meetingId=42&page=0&sort=x'),
    ).toEqual({ filters: noFilters, sort: 'newest', page: 1 });
    expect(parse(`q=${'x'.repeat(201)}&page=abc`)).toEqual({
      filters: noFilters,
      sort: 'newest',
      page: 1,
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(toSearchParams({ filters: noFilters, sort: 'newest', page: 1 }).toString()).toBe('');
    const search: ReviewSearch = {
      filters: { ...noFilters, q: ' reading ', status: 'done', owner: 'Lee' },
      sort: 'decided',
      page: 2,
    };
    expect(toSearchParams(search).toString()).toBe(
      'q=reading&status=done&owner=Lee&sort=decided&order=desc&page=2',
    );
    expect(toSearchParams(search, { page: false }).toString()).toBe(
      'q=reading&status=done&owner=Lee&sort=decided&order=desc',
    );
    expect(toSearchParams(search, { sort: false, page: false }).toString()).toBe(
      'q=reading&status=done&owner=Lee',
    );
  });

  it('round-trips through the URL', () => {
    const search: ReviewSearch = {
      filters: { ...noFilters, from: '2026-09-01', model: 'consent', meetingId, student: 'a b' },
      sort: 'oldest',
      page: 4,
    };
    expect(parse(toSearchParams(search).toString())).toEqual(search);
  });

  it('builds query strings for links', () => {
    expect(toQueryString(new URLSearchParams())).toBe('');
    expect(toQueryString(new URLSearchParams({ q: 'a&b' }))).toBe('?q=a%26b');
  });

  it('knows when filters narrow the log and when two ask the same', () => {
    expect(hasFilters(noFilters)).toBe(false);
    expect(hasFilters({ ...noFilters, owner: '  ' })).toBe(false);
    expect(hasFilters({ ...noFilters, status: 'proposed' })).toBe(true);
    expect(sameFilters({ ...noFilters, q: 'math ' }, { ...noFilters, q: 'math' })).toBe(true);
    expect(sameFilters(noFilters, { ...noFilters, to: '2026-01-01' })).toBe(false);
  });

  it('refuses a date range that ends before it starts', () => {
    expect(filtersProblem({ ...noFilters, from: '2026-03-01', to: '2026-02-28' })).toEqual({
      to: 'Choose a date on or after the From date',
    });
    expect(filtersProblem({ ...noFilters, from: '2026-03-01', to: '2026-03-01' })).toBeNull();
    expect(filtersProblem({ ...noFilters, to: '2026-03-01' })).toBeNull();
  });
});
